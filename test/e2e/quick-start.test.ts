import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { List, Node, Secret } from "../../src/kube/kube-types.js";
import {
  type gitIn,
  mergePullRequest,
  OWNER,
  pullRequestEvent,
  REPO,
  REPOSITORY,
} from "../support/action-run.js";
import { findSecret, secretIn, shownLog } from "../support/canary.js";
import { type ControlPlane, controlPlaneMissing } from "../support/control-plane/control-plane.js";
import { joinMachinesWhileRunning, reportReady } from "../support/control-plane/kubelet-stand-in.js";
import { stateServiceAccount } from "../support/control-plane/state-access.js";
import type { GitHubServer } from "../support/github-server/index.js";
import { type KamajiStage, startKamajiStage } from "../support/kamaji-stage.js";
import { missing } from "../support/toolchain.js";
import type { Vcsim } from "../support/vcsim.js";
import { vcsimPool } from "../support/vcsim.js";
import {
  actionRunOf,
  evaluateExpressions,
  type JobRun,
  publishPullRequestRefs,
  type Runner,
  runWorkflow,
  runWorkflowJob,
  type StepRecord,
} from "../support/workflow-steps.js";

/**
 * The README's quick start, followed in a new pools repository: the three example workflows copied
 * as they are, this repository's pools/settings.yaml (state in the management cluster, backend
 * kubernetes) and one vSphere pool on vcsim, given the secrets and variables the README lists. Each
 * workflow's job runs step by step as a runner would (test/support/workflow-steps.ts) for the event
 * that triggers it, against a real control plane that is both the Kamaji management cluster and the
 * tenant; a kubelet stand-in plays the new machine's join.
 */
const GH_TOKEN = "ghs_quickstarttoken0123456789abcdefghijk";
/** vcsim takes any user and password; a long one, so that the canary search can see it. */
const VSPHERE_PASSWORD = "vcsim-canary-password-5d2f8a61c9e4";
const EXAMPLES = ".github/workflows/examples";
const STATE_NAMESPACE = "nodepool-state";
const NODE = "tcp-e2e-workers-node-00";
const skip = missing("terraform", "vcsim") || controlPlaneMissing();

describe.skipIf(skip)("the README's quick start, end to end", () => {
  let stage: KamajiStage;
  let cp: ControlPlane;
  let vcsim: Vcsim;
  let github: GitHubServer;
  let origin: string;
  let git: ReturnType<typeof gitIn>;
  let runner: Runner;
  let stateToken: string;
  const jobs: JobRun[] = [];
  const mintedTokens = new Set<string>();
  const joined: string[] = [];

  beforeAll(async () => {
    stage = await startKamajiStage({ githubToken: GH_TOKEN });
    ({ cp, vcsim, github, git } = stage);
    origin = stage.repo;
    // Quick start, steps 1 and 2: the settings and the workflows, as this repository has them.
    mkdirSync(join(origin, ".github/workflows"), { recursive: true });
    for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith(".yml")))
      copyFileSync(join(EXAMPLES, file), join(origin, ".github/workflows", file));
    copyFileSync("pools/settings.yaml", join(origin, "pools/settings.yaml"));
    git("add", ".");
    git("commit", "-qm", "nodepool quick start");

    // Step 3: the secrets. State is kept by a ServiceAccount that may only keep state.
    const state = await stateServiceAccount(cp, STATE_NAMESPACE);
    stateToken = state.token;
    runner = {
      origin,
      workspace: join(mkdtempSync(join(tmpdir(), "nodepool-runner-")), "work", REPO, REPO),
      action: stage.action,
      github,
      githubToken: GH_TOKEN,
      secrets: {
        KAMAJI_MANAGEMENT_KUBECONFIG: cp.adminKubeconfig,
        NODEPOOL_STATE_KUBECONFIG: state.kubeconfig,
        VSPHERE_USER: vcsim.env.VSPHERE_USER ?? "",
        VSPHERE_PASSWORD,
        // Providers the example pools use and ours does not.
        VCD_API_TOKEN: "",
        PROXMOX_VE_API_TOKEN: "",
        PROXMOX_VE_SSH_PRIVATE_KEY: "",
        MAAS_API_KEY: "",
      },
      vars: {
        VSPHERE_SERVER: vcsim.env.VSPHERE_SERVER ?? "",
        VCD_URL: "",
        VCD_ORG: "",
        PROXMOX_VE_ENDPOINT: "",
        PROXMOX_VE_SSH_USERNAME: "",
        MAAS_API_URL: "",
      },
      // The runner machine's own setting (not the workflow's): vcsim's certificate is self-signed.
      env: { VSPHERE_ALLOW_UNVERIFIED_SSL: "true" },
    };
  }, 180_000);
  afterAll(() => stage?.stop());

  const workflow = (file: string) => join(origin, ".github/workflows", file);
  const runJob = async (file: string, event: Parameters<typeof runWorkflowJob>[1]) => {
    const job = await runWorkflowJob(workflow(file), event, runner);
    jobs.push(job);
    return job;
  };
  const checkoutOf = (job: JobRun) =>
    job.steps.find((s): s is Extract<StepRecord, { kind: "checkout" }> => s.kind === "checkout");
  const comment = (number: number) =>
    github.github.commentsOn(OWNER, REPO, number).find((c) => c.body.startsWith("<!-- nodepool-action"))
      ?.body ?? "";
  const bootstrapTokens = async () =>
    (await cp.admin.get<List<Secret>>("/api/v1/namespaces/kube-system/secrets")).items.filter(
      (s) => s.type === "bootstrap.kubernetes.io/token",
    );

  /** Plays the new machines' cloud-init: each joins with the bootstrap token the run minted. */
  const joinWhileRunning = <T>(nodes: string[], running: Promise<T>) =>
    joinMachinesWhileRunning(cp, nodes, running, (name, token) => {
      mintedTokens.add(token);
      joined.push(name);
    });

  it("plans the pull request that adds a pool: the plan workflow's job posts the plan comment", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "add-workers");
    writeFileSync(
      join(origin, "pools/workers.yaml"),
      vcsimPool({ name: "workers", controlPlane: "tcp-e2e", replicas: 1 }),
    );
    git("add", "pools/workers.yaml");
    git("commit", "-qm", "Add the workers pool");
    const head = git("rev-parse", "HEAD");
    github.github.addPullRequest(OWNER, REPO, {
      number: 1,
      headSha: head,
      headRef: "add-workers",
      files: ["pools/workers.yaml"],
    });
    const merge = publishPullRequestRefs(git, 1, "main", "add-workers");

    const job = await runJob("nodepool-plan.yml", {
      name: "pull_request",
      payload: { ...pullRequestEvent(1, head, base), action: "opened" },
      ref: "refs/pull/1/merge",
      sha: merge,
    });
    expect(job.ok, job.log).toBe(true);
    expect(job.steps.map((s) => s.kind)).toEqual(["checkout", "run", "action"]);
    expect(checkoutOf(job)?.fetchDepth).toBe(0); // the base commit tells which pools changed
    expect(job.concurrencyGroup).toBe("nodepool-plan-1");
    const planned = actionRunOf(job);
    expect(planned.outputs.changes).toBe("true");
    expect(comment(1)).toContain("acme/tcp-e2e/workers");
    expect(comment(1)).toContain(NODE);
    expect(comment(1)).toContain(`Planned for ${head.slice(0, 7)}`);
    expect(await bootstrapTokens()).toEqual([]); // a reviewed plan mints nothing
  }, 300_000);

  it("applies the merge: the apply workflow's job creates the machine on vcsim, which joins and is reported Ready; state is a Secret in the state namespace", async () => {
    const push = mergePullRequest(github, git, 1, "add-workers");
    const job = await joinWhileRunning(
      [NODE],
      runJob("nodepool-apply.yml", { name: "push", payload: push, ref: "refs/heads/main", sha: push.after }),
    );
    expect(job.ok, job.log).toBe(true);
    expect(checkoutOf(job)?.fetchDepth).toBe(0);
    expect(job.concurrencyGroup).toBe("nodepool-apply");
    expect(joined).toEqual([NODE]);
    expect(mintedTokens.size).toBe(1);
    expect(comment(1)).toContain(`  - ${NODE}: Ready`);
    expect(await bootstrapTokens()).toEqual([]); // deleted when the run ended

    expect(await vcsimHasVm(vcsim, `DC0/vm/${NODE}`)).toBe(true);
    const state = await cp.admin.get<Secret>(
      `/api/v1/namespaces/${STATE_NAMESPACE}/secrets/tfstate-default-acme-tcp-e2e-workers`,
    );
    const tfstate = JSON.parse(gunzipSync(Buffer.from(state.data?.tfstate ?? "", "base64")).toString()) as {
      resources: { mode: string; type: string; instances: { attributes: { name?: string } }[] }[];
    };
    const machines = tfstate.resources.filter(
      (r) => r.mode === "managed" && r.type === "vsphere_virtual_machine",
    );
    expect(machines.flatMap((r) => r.instances.map((i) => i.attributes.name))).toEqual([NODE]);
    // The runner's RUNNER_TEMP and checkout hold no join token once the job is over.
    expect(findSecret([...mintedTokens][0] ?? "", [runner.workspace, job.runnerTemp])).toEqual([]);
  }, 300_000);

  it("checks for drift at night: the drift workflow's job, from a shallow checkout, finds none", async () => {
    const job = await runJob("nodepool-drift.yml", {
      name: "schedule",
      payload: { schedule: "17 3 * * *", repository: REPOSITORY },
      ref: "refs/heads/main",
      sha: git("rev-parse", "main"),
    });
    expect(job.ok, job.log).toBe(true);
    expect(checkoutOf(job)?.fetchDepth).toBe(1); // the example checks out only the last commit
    expect(actionRunOf(job).outputs.drift).toBe("false");
    const issues = [...(github.github.repo(OWNER, REPO)?.issues.values() ?? [])];
    expect(issues.filter((i) => i.labels.includes("nodepool/drift"))).toEqual([]);
  }, 300_000);

  /** Every job of a whole workflow run, kept for the secret search. */
  const runWhole = async (file: string, event: Parameters<typeof runWorkflow>[1]) => {
    const run = await runWorkflow(workflow(file), event, runner);
    for (const runs of Object.values(run.jobs)) jobs.push(...runs);
    artifacts.push(run.artifacts);
    return run;
  };
  const artifacts: string[] = [];
  const FLEET = ["tcp-e2e-batch-a-node-00", "tcp-e2e-batch-b-node-00"];

  it("grows into a large fleet: with the large-fleets workflows, a pull request is planned in shares by separate jobs and reported in one comment", async () => {
    // The README's "Large fleets": the two workflows replaced, one pool a share so that two pools split.
    for (const file of ["nodepool-plan.yml", "nodepool-apply.yml"])
      writeFileSync(
        workflow(file),
        readFileSync(join(EXAMPLES, "large-fleets", file), "utf8").replace(
          /max-shards: 4.*$/m,
          "max-shards: 4\n          pools-per-shard: 1",
        ),
      );
    git("commit", "-qam", "Split plans and applies across jobs");
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "add-batches");
    for (const name of ["batch-a", "batch-b"])
      writeFileSync(
        join(origin, `pools/${name}.yaml`),
        vcsimPool({ name, controlPlane: "tcp-e2e", replicas: 1 }),
      );
    git("add", "pools");
    git("commit", "-qm", "Add two batch pools");
    const head = git("rev-parse", "HEAD");
    github.github.addPullRequest(OWNER, REPO, {
      number: 2,
      headSha: head,
      headRef: "add-batches",
      files: ["pools/batch-a.yaml", "pools/batch-b.yaml"],
    });
    const merge = publishPullRequestRefs(git, 2, "main", "add-batches");

    const run = await runWhole("nodepool-plan.yml", {
      name: "pull_request",
      payload: { ...pullRequestEvent(2, head, base), action: "opened" },
      ref: "refs/pull/2/merge",
      sha: merge,
    });
    expect(run.concurrencyGroup).toBe("nodepool-plan-2");
    const all = Object.values(run.jobs).flat();
    expect(
      all.every((j) => j.ok),
      all.map((j) => j.log).join("\n"),
    ).toBe(true);
    expect(Object.fromEntries(Object.entries(run.jobs).map(([name, runs]) => [name, runs.length]))).toEqual({
      shards: 1,
      plan: 2,
      report: 1,
    });
    expect(actionRunOf(run.jobs.shards?.[0] as JobRun).outputs.matrix).toBe('["1/2","2/2"]');
    // Each share planned one pool and posted nothing; the report job posted the one comment.
    for (const share of run.jobs.plan ?? [])
      expect(actionRunOf(share).log).toMatch(/share [12]\/2: 1 of them/);
    expect(comment(2)).toContain("## nodepool plan: 2 pools: +2 nodes");
    for (const node of FLEET)
      expect(comment(2)).toContain(node.replace("tcp-e2e-", "").replace("-node-00", ""));
    expect(comment(2)).toContain(`Planned for ${head.slice(0, 7)}`);
    expect(await bootstrapTokens()).toEqual([]);
  }, 600_000);

  it("applies the large fleet's merge in shares: each share's job creates and joins its machine, the report job shows both Ready", async () => {
    const push = mergePullRequest(github, git, 2, "add-batches");
    const run = await joinWhileRunning(
      FLEET,
      runWhole("nodepool-apply.yml", {
        name: "push",
        payload: push,
        ref: "refs/heads/main",
        sha: push.after,
      }),
    );
    expect(run.concurrencyGroup).toBe("nodepool-apply");
    const all = Object.values(run.jobs).flat();
    expect(
      all.every((j) => j.ok),
      all.map((j) => j.log).join("\n"),
    ).toBe(true);
    expect(run.jobs.apply).toHaveLength(2);
    expect([...joined].sort()).toEqual([NODE, ...FLEET].sort());
    for (const node of FLEET) expect(comment(2)).toContain(`  - ${node}: Ready`);
    expect(await bootstrapTokens()).toEqual([]);
    for (const node of FLEET) expect(await vcsimHasVm(vcsim, `DC0/vm/${node}`)).toBe(true);
  }, 600_000);

  it("the nightly drift check names the workers behind an upgraded control plane and a machine whose Node is gone, without calling either drift", async () => {
    // As if batch-a's machine had joined while the control plane was still on 1.35.
    await reportReady(cp.admin, "tcp-e2e-batch-a-node-00", "v1.35.2");
    // batch-b's machine is still there (vcsim, state), its Node is not.
    await cp.admin.request("DELETE", "/api/v1/nodes/tcp-e2e-batch-b-node-00");
    const job = await runJob("nodepool-drift.yml", {
      name: "schedule",
      payload: { schedule: "17 3 * * *", repository: REPOSITORY },
      ref: "refs/heads/main",
      sha: git("rev-parse", "main"),
    });
    expect(job.ok, job.log).toBe(true);
    const run = actionRunOf(job);
    expect(run.outputs.drift).toBe("false");
    const line =
      "acme/tcp-e2e/batch-a: workers behind the control plane: tcp-e2e-batch-a-node-00 (v1.35.2 -> v1.36.3); new machines install v1.36.3, existing ones keep theirs until replaced";
    expect(run.summary).toContain(line);
    expect(run.log).toContain(line);
    // Only that node: the others report the control plane's version.
    expect(run.summary).not.toContain("acme/tcp-e2e/workers: workers behind");
    expect(run.summary).toContain(
      "acme/tcp-e2e/batch-b: unhealthy: tcp-e2e-batch-b-node-00: never registered: see /var/log/nodepool-join.log on the machine",
    );
    const issues = [...(github.github.repo(OWNER, REPO)?.issues.values() ?? [])];
    expect(issues.filter((i) => i.labels.includes("nodepool/drift"))).toEqual([]);
  }, 300_000);

  it("workers follow their control plane: a plan-all pull request rebuilds the worker behind it, planned in the comment and awaited until Ready", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "roll");
    writeFileSync(
      join(origin, "pools/batch-a.yaml"),
      `${readFileSync(join(origin, "pools/batch-a.yaml"), "utf8")}# rolled to the control plane's version\n`,
    );
    git("commit", "-qam", "Roll the workers behind the control plane");
    const head = git("rev-parse", "HEAD");
    github.github.addPullRequest(OWNER, REPO, {
      number: 3,
      headSha: head,
      headRef: "roll",
      files: ["pools/batch-a.yaml"],
      labels: ["nodepool/plan-all", "nodepool/allow-destroy"],
    });
    const merge = publishPullRequestRefs(git, 3, "main", "roll");
    const planned = await runWhole("nodepool-plan.yml", {
      name: "pull_request",
      payload: { ...pullRequestEvent(3, head, base), action: "opened" },
      ref: "refs/pull/3/merge",
      sha: merge,
    });
    const planJobs = Object.values(planned.jobs).flat();
    expect(
      planJobs.every((j) => j.ok),
      planJobs.map((j) => j.log).join("\n"),
    ).toBe(true);
    expect(comment(3)).toContain(
      'vsphere_virtual_machine.this["tcp-e2e-batch-a-node-00"] will be replaced, as requested',
    );
    expect(comment(3)).not.toContain('this["tcp-e2e-workers-node-00"] will be replaced');
    // Why, in the one comment the report job posts from the shares' results.
    expect(comment(3)).toContain(
      "- acme/tcp-e2e/batch-a: replaces tcp-e2e-batch-a-node-00 (v1.35.2 -> v1.36.3), behind the control plane",
    );

    const push = mergePullRequest(github, git, 3, "roll");
    const applied = await joinWhileRunning(
      ["tcp-e2e-batch-a-node-00"],
      runWhole("nodepool-apply.yml", {
        name: "push",
        payload: push,
        ref: "refs/heads/main",
        sha: push.after,
      }),
    );
    const applyJobs = Object.values(applied.jobs).flat();
    expect(
      applyJobs.every((j) => j.ok),
      applyJobs.map((j) => j.log).join("\n"),
    ).toBe(true);
    expect(comment(3)).toMatch(/applied in [\d.]+ s; replaced tcp-e2e-batch-a-node-00/);
    expect(comment(3)).toContain("  - tcp-e2e-batch-a-node-00: Ready");
    const node = await cp.admin.get<Node>("/api/v1/nodes/tcp-e2e-batch-a-node-00");
    expect(node.status?.nodeInfo?.kubeletVersion).toBe("v1.36.3");
    expect(node.spec?.unschedulable ?? false).toBe(false);
    expect(await bootstrapTokens()).toEqual([]);
  }, 600_000);

  it("shows no secret in any comment, issue, request to GitHub or log", () => {
    expect(jobs.every((j) => j.ok)).toBe(true);
    expect(jobs).toHaveLength(22);
    const management = parse(cp.adminKubeconfig) as { users: { user: Record<string, string> }[] };
    const secrets = [
      ...mintedTokens,
      cp.adminKubeconfig,
      management.users[0]?.user["client-key-data"] ?? "",
      runner.secrets.NODEPOOL_STATE_KUBECONFIG ?? "",
      stateToken,
      VSPHERE_PASSWORD,
    ];
    expect(secrets.every((s) => s.length >= 16)).toBe(true);
    const fake = github.github.repo(OWNER, REPO);
    const texts: Record<string, string> = {
      comments: [...github.github.comments.values()].map((c) => c.body).join("\n"),
      issues: [...(fake?.issues.values() ?? [])].map((i) => `${i.title}\n${i.body ?? ""}`).join("\n"),
      "requests to GitHub": github.requests.map((r) => r.body).join("\n"),
    };
    for (const [index, job] of jobs.entries()) {
      texts[`job ${index} log`] = shownLog(job.log);
      const run = actionRunOf(job);
      texts[`job ${index} summary`] = run.summary;
      texts[`job ${index} outputs`] = JSON.stringify(run.outputs);
    }
    for (const secret of secrets) expect(secretIn(secret, texts)).toEqual([]);
    // What the split runs' jobs handed on as artifacts.
    expect(artifacts).toHaveLength(4);
    for (const secret of secrets) expect(findSecret(secret, artifacts)).toEqual([]);
    expect(github.violations).toEqual([]);
  });
});

describe("the workflow step runner's expressions", () => {
  const context = {
    secrets: { TOKEN: "s3cr3t" },
    vars: { SERVER: "vc.example.com" },
    runnerTemp: "/runner/_temp",
    githubToken: "ghs_job",
    event: { pull_request: { number: 7 } },
    where: "test.yml: jobs.plan.steps[1].env.X",
  };

  it("evaluates the expressions the example workflows and action.yml contain", () => {
    expect(
      evaluateExpressions(
        "${{ secrets.TOKEN }} ${{vars.SERVER}} ${{ runner.temp }}/state ${{ github.token }} plan-${{ github.event.pull_request.number }}",
        context,
      ),
    ).toBe("s3cr3t vc.example.com /runner/_temp/state ghs_job plan-7");
  });

  it.each([
    ["${{ github.sha }}", "this runner does not evaluate it"],
    ["${{ secrets.TOKEN || 'x' }}", "this runner does not evaluate it"],
    ["${{ secrets.OTHER }}", "the test gives no secrets.OTHER"],
    ["${{ vars.OTHER }}", "the test gives no vars.OTHER"],
    ["${{ github.event.pull_request.title }}", "the event has no such value"],
    ["${{ github.event.pull_request }}", "the event has no such value"],
  ])("fails loudly on %s", (text, why) => {
    expect(() => evaluateExpressions(text, context)).toThrow(
      `test.yml: jobs.plan.steps[1].env.X: ${text}: ${why}`,
    );
  });
});

/** Whether vcsim has a VM at `path` (vSphere's SearchIndex.FindByInventoryPath, over SOAP). */
async function vcsimHasVm(vcsim: Vcsim, path: string): Promise<boolean> {
  const soap = (body: string, cookie?: string) =>
    new Promise<{ text: string; cookie: string | undefined }>((resolve, reject) => {
      const call = request(
        `https://${vcsim.env.VSPHERE_SERVER}/sdk`,
        {
          method: "POST",
          rejectUnauthorized: false, // vcsim's self-signed certificate
          headers: {
            "content-type": "text/xml; charset=utf-8",
            soapaction: "urn:vim25/7.0",
            ...(cookie ? { cookie } : {}),
          },
        },
        (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on("end", () =>
            resolve({ text, cookie: response.headers["set-cookie"]?.[0]?.split(";")[0] }),
          );
        },
      );
      call.on("error", reject);
      call.end(
        `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns="urn:vim25"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`,
      );
    });
  const login = await soap(
    `<Login><_this type="SessionManager">SessionManager</_this><userName>user</userName><password>${VSPHERE_PASSWORD}</password></Login>`,
  );
  if (!login.cookie) throw new Error(`vcsim login failed: ${login.text}`);
  const found = await soap(
    `<FindByInventoryPath><_this type="SearchIndex">SearchIndex</_this><inventoryPath>${path}</inventoryPath></FindByInventoryPath>`,
    login.cookie,
  );
  return /<returnval type="VirtualMachine">vm-\d+<\/returnval>/.test(found.text);
}
