import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionRun,
  bundleAction,
  createPoolsRepo,
  type gitIn,
  mergePullRequest,
  OWNER,
  pullRequestEvent,
  pushToPullRequest,
  REPO,
  REPOSITORY,
  runAction,
} from "../support/action-run.js";
import { findSecret, secretIn, shownLog } from "../support/canary.js";
import { type GitHubServer, startGitHubServer } from "../support/github-server/index.js";
import { OCTOCAT } from "../support/github-server/state.js";
import { missing, toolchain } from "../support/toolchain.js";
import { startVcsim, type Vcsim, vcsimPool } from "../support/vcsim.js";

/**
 * The action as GitHub runs it: the bundle under node with INPUT_* variables, an event payload,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, against the OpenAPI-checked GitHub server, real
 * terraform and the real vSphere provider on vcsim. One pull request goes through plan, a
 * second push, merge and apply; a tampered merge is refused; a drift run opens and closes an issue.
 */
const GH_TOKEN = "ghs_e2etoken0123456789abcdefghijklmnopq";
const JOIN_TOKEN = "k7x2qa.q8w3e4r5t6y7u8i9";

describe.skipIf(missing("terraform", "vcsim"))("the action, end to end", () => {
  let vcsim: Vcsim;
  let github: GitHubServer;
  let repo: string;
  let action: string;
  let git: ReturnType<typeof gitIn>;

  beforeAll(async () => {
    vcsim = await startVcsim(toolchain().bin("vcsim") as string);
    github = await startGitHubServer({ token: GH_TOKEN });
    github.github.addRepo(OWNER, REPO);
    action = await bundleAction();
    ({ repo, git } = createPoolsRepo());
  });
  afterAll(async () => {
    await vcsim?.stop();
    await github?.close();
  });

  function writePool(replicas: number, cpus = 1): void {
    writeFileSync(
      join(repo, "pools/workers.yaml"),
      vcsimPool({ name: "workers", controlPlane: "tcp-e2e", replicas, cpus, version: "v1.36.3" }),
    );
  }

  const runs: ActionRun[] = [];
  /**
   * The action in a pools repository (the shared one unless named), with join data; `bundle`:
   * another release's build. Every run is kept for the secret searches.
   */
  const runIn = (
    where: string,
    eventName: string,
    payload: object,
    { inputs = {}, bundle = action }: { inputs?: Record<string, string>; bundle?: string } = {},
  ) =>
    runAction({
      action: bundle,
      repo: where,
      github,
      githubToken: GH_TOKEN,
      eventName,
      payload,
      inputs: {
        "join-url": "tcp-e2e.example.com:6443",
        "join-token": JOIN_TOKEN,
        "join-ca-cert-hash": `sha256:${"d".repeat(64)}`,
        ...inputs,
      },
      env: vcsim.env,
    }).then((result) => {
      runs.push(result);
      return result;
    });
  const run = (eventName: string, payload: object, inputs: Record<string, string> = {}) =>
    runIn(repo, eventName, payload, { inputs });

  const repository = REPOSITORY;
  const ourComments = (number: number) =>
    github.github.commentsOn(OWNER, REPO, number).filter((c) => c.body.startsWith("<!-- nodepool-action"));

  it("plans a pull request into one comment, updates it on the next push, and applies it on merge", async () => {
    const base = git("rev-parse", "HEAD");
    git("checkout", "-q", "-b", "add-workers");
    writePool(2);
    git("add", ".");
    git("commit", "-qm", "add workers");
    github.github.addPullRequest(OWNER, REPO, {
      number: 1,
      headSha: git("rev-parse", "HEAD"),
      headRef: "add-workers",
    });

    const planned = await run("pull_request", pullRequestEvent(1, git("rev-parse", "HEAD"), base));
    expect(planned.code, planned.log).toBe(0);
    expect(planned.outputs).toMatchObject({ changes: "true", "to-add": "2", "to-destroy": "0" });
    expect(ourComments(1)).toHaveLength(1);
    expect(ourComments(1)[0]?.body).toContain("## nodepool plan: 1 pool: +2 nodes");
    expect(planned.summary).toContain("| `acme/tcp-e2e/workers` | vsphere | 0 → 2 | `node-00` `node-01` |");

    writePool(2, 2);
    git("commit", "-qam", "bigger workers");
    pushToPullRequest(github, 1, git("rev-parse", "HEAD"));
    const replanned = await run("pull_request", pullRequestEvent(1, git("rev-parse", "HEAD"), base));
    expect(replanned.code, replanned.log).toBe(0);
    expect(ourComments(1)).toHaveLength(1);
    expect(ourComments(1)[0]?.body).toContain(`Planned for ${git("rev-parse", "HEAD").slice(0, 7)}`);

    const applied = await run("push", mergePullRequest(github, git, 1, "add-workers"));
    expect(applied.code, applied.log).toBe(0);
    expect(applied.outputs).toMatchObject({ "to-add": "2" });
    expect(ourComments(1)[0]?.body).toMatch(
      /✅ `acme\/tcp-e2e\/workers`: applied in [\d.]+ s; created tcp-e2e-workers-node-00, tcp-e2e-workers-node-01/,
    );
    expect(ourComments(1)[0]?.body).toContain('"status":"applied"');
  });

  it("refuses to apply a pool that changed between the reviewed plan and the merge", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "scale-up");
    writePool(3, 2);
    git("commit", "-qam", "three workers");
    github.github.addPullRequest(OWNER, REPO, {
      number: 2,
      headSha: git("rev-parse", "HEAD"),
      headRef: "scale-up",
    });
    expect((await run("pull_request", pullRequestEvent(2, git("rev-parse", "HEAD"), base))).code).toBe(0);
    // Someone pushes a different pool after the review, and it is merged without a new plan.
    writePool(4, 2);
    git("commit", "-qam", "four workers, unreviewed");
    pushToPullRequest(github, 2, git("rev-parse", "HEAD"));
    const refused = await run("push", mergePullRequest(github, git, 2, "scale-up"));
    expect(refused.code).toBe(1);
    expect(refused.outputs["failure-reason"]).toBe("plan-changed");
    expect(refused.summary).toMatch(
      /the reviewed plan was made for commit \w{7}, but the pull request's last head is \w{7}/,
    );
  });

  it("refuses a merge that differs from the reviewed plan only in sensitive user data", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "more-cpus");
    writePool(4, 3);
    git("commit", "-qam", "three cpus");
    github.github.addPullRequest(OWNER, REPO, { number: 3, headSha: git("rev-parse", "HEAD") });
    expect((await run("pull_request", pullRequestEvent(3, git("rev-parse", "HEAD"), base))).code).toBe(0);
    // Meanwhile main gets an SSH key for every pool: it lands in the user data, which is sensitive,
    // so the plan text shows nothing of it. The pull request's head is still the reviewed commit.
    git("checkout", "-q", "main");
    writeFileSync(
      join(repo, "pools/defaults.yaml"),
      "apiVersion: nodepool.kamaji.io/v1alpha1\nkind: NodePoolDefaults\nmetadata: { name: acme }\nspec:\n  selector: { tenant: acme }\n  values:\n    sshAuthorizedKeys: [ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHcpmXHd2NGb4Ztc4GQOpb8EnFCAG4dDuXy3yGSdYdGD intruder@example.com]\n",
    );
    git("add", ".");
    git("commit", "-qm", "an SSH key for every pool");
    const refused = await run("push", mergePullRequest(github, git, 3, "more-cpus"));
    expect(refused.code, refused.log).toBe(1);
    expect(refused.outputs["failure-reason"]).toBe("plan-changed");
    expect(ourComments(3)[0]?.body).toContain("⛔ `acme/tcp-e2e/workers`: the plan changed since review");
  });

  it("refuses a plan comment that someone other than the bot edited", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "edited");
    writePool(4, 2);
    git("commit", "-qam", "two cpus again");
    github.github.addPullRequest(OWNER, REPO, { number: 4, headSha: git("rev-parse", "HEAD") });
    expect((await run("pull_request", pullRequestEvent(4, git("rev-parse", "HEAD"), base))).code).toBe(0);
    const comment = ourComments(4)[0];
    if (!comment) throw new Error("no plan comment");
    // A person with write access rewrites the hashes; GitHub keeps the bot as the author.
    github.github.editComment(comment, comment.body.replace(/"sha256:[0-9a-f]{4}/g, '"sha256:0000'), OCTOCAT);
    const refused = await run("push", mergePullRequest(github, git, 4, "edited"));
    expect(refused.code, refused.log).toBe(1);
    expect(refused.outputs["failure-reason"]).toBe("plan-changed");
    expect(refused.summary).toContain("the comment was edited by octocat");
  });

  it("opens a drift issue when a machine disappears, and closes it once the drift is gone", async () => {
    const workspace = join(repo, ".nodepool/workspaces/acme/tcp-e2e/workers");
    const terraform = toolchain().bin("terraform") as string;
    const env = {
      ...process.env,
      ...toolchain().env,
      ...vcsim.env,
      TF_VAR_join_url: "x.invalid:6443",
      TF_VAR_join_token: "000000.0000000000000000",
      TF_VAR_join_ca_cert_hash: `sha256:${"0".repeat(64)}`,
    };
    // A machine destroyed outside the pull-request flow.
    execFileSync(
      terraform,
      [
        "apply",
        "-destroy",
        "-auto-approve",
        "-input=false",
        '-target=module.nodes.vsphere_virtual_machine.this["tcp-e2e-workers-node-01"]',
      ],
      { cwd: workspace, env, stdio: "pipe" },
    );
    const drifted = await run("schedule", { schedule: "0 3 * * *", repository });
    expect(drifted.code, drifted.log).toBe(0);
    expect(drifted.outputs.drift).toBe("true");
    const issues = [...(github.github.repo(OWNER, REPO)?.issues.values() ?? [])].filter((i) =>
      i.labels.includes("nodepool/drift"),
    );
    expect(issues.map((i) => [i.title, i.state])).toEqual([["Node pool drift: acme/tcp-e2e", "open"]]);

    execFileSync(terraform, ["apply", "-auto-approve", "-input=false"], {
      cwd: workspace,
      env,
      stdio: "pipe",
    });
    const clean = await run("schedule", { schedule: "0 3 * * *", repository });
    expect(clean.code, clean.log).toBe(0);
    expect(clean.outputs.drift).toBe("false");
    expect(issues[0]?.state).toBe("closed");
  });

  it("refuses to destroy machines without allow-destroy or the label", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "shrink");
    writePool(1, 2);
    git("commit", "-qam", "one worker");
    github.github.addPullRequest(OWNER, REPO, { number: 10, headSha: git("rev-parse", "HEAD") });
    const planned = await run("pull_request", pullRequestEvent(10, git("rev-parse", "HEAD"), base));
    // The drift fix above applied main's pool (4 machines): shrinking to 1 removes the other three.
    expect(planned.outputs).toMatchObject({ "to-destroy": "3" });
    expect(ourComments(10)[0]?.body).toContain("> [!WARNING]");
    const refused = await run("push", mergePullRequest(github, git, 10, "shrink"));
    expect(refused.code).toBe(1);
    expect(refused.outputs["failure-reason"]).toBe("destroy-not-allowed");
    expect(ourComments(10)[0]?.body).toContain(
      "⛔ `acme/tcp-e2e/workers`: destroys tcp-e2e-workers-node-01, tcp-e2e-workers-node-02, tcp-e2e-workers-node-03; refused without `allow-destroy`",
    );
  });

  it("writes its outputs and summary on a fresh checkout when there is nothing to apply", async () => {
    const fresh = createPoolsRepo();
    writeFileSync(
      join(fresh.repo, "pools/workers.yaml"),
      vcsimPool({ name: "workers", controlPlane: "tcp-fresh", replicas: 1, version: "v1.36.3" }),
    );
    fresh.git("add", ".");
    fresh.git("commit", "-qm", "direct push");
    const before = fresh.git("rev-parse", "HEAD~1");
    const after = fresh.git("rev-parse", "HEAD");
    const direct = await runAction({
      action,
      repo: fresh.repo,
      github,
      githubToken: GH_TOKEN,
      eventName: "push",
      payload: { ref: "refs/heads/main", after, before, repository },
      inputs: {},
      env: vcsim.env,
    });
    expect(direct.code, direct.log).toBe(0);
    expect(direct.summary).toContain("nothing to do");
    expect(direct.log).toContain("belongs to no pull request (a direct push?)");
    expect(direct.outputs).toMatchObject({ changes: "false", "to-add": "0" });
    expect(direct.outputs["plan-json"]).toBeTruthy();
  });

  it("refuses to apply or check drift when the state would stay on a runner thrown away after the job", async () => {
    const hosted = createPoolsRepo({ persistentState: false });
    const base = hosted.git("rev-parse", "main");
    hosted.git("checkout", "-q", "-b", "first-pool");
    writeFileSync(
      join(hosted.repo, "pools/workers.yaml"),
      vcsimPool({ name: "workers", controlPlane: "tcp-hosted", replicas: 1, version: "v1.36.3" }),
    );
    hosted.git("add", ".");
    hosted.git("commit", "-qm", "first pool");
    github.github.addPullRequest(OWNER, REPO, {
      number: 20,
      headSha: hosted.git("rev-parse", "HEAD"),
      headRef: "first-pool",
    });
    const inRepo = (eventName: string, payload: object) => runIn(hosted.repo, eventName, payload);
    const planned = await inRepo("pull_request", pullRequestEvent(20, hosted.git("rev-parse", "HEAD"), base));
    expect(planned.code, planned.log).toBe(0);
    expect(planned.log).toContain("apply and drift will refuse");
    const applied = await inRepo("push", mergePullRequest(github, hosted.git, 20, "first-pool"));
    expect(applied.code).toBe(1);
    expect(applied.outputs["failure-reason"]).toBe("invalid-pools");
    expect(applied.summary).toContain("which is thrown away after the job");
    const states = existsSync(join(hosted.repo, "state"))
      ? readdirSync(join(hosted.repo, "state"), { recursive: true, encoding: "utf8" })
      : [];
    for (const file of states.filter((f) => f.endsWith(".tfstate")))
      expect(readFileSync(join(hosted.repo, "state", file), "utf8")).not.toContain("vsphere_virtual_machine");
    const drift = await inRepo("schedule", { schedule: "0 6 * * *", repository });
    expect(drift.code).toBe(1);
    expect(drift.summary).toContain("nodepool drift: refused");
  });

  it("names the other open pull requests that change the same pools in the plan comment", async () => {
    github.github.addPullRequest(OWNER, REPO, { number: 40, files: ["pools/workers.yaml", "README.md"] });
    github.github.addPullRequest(OWNER, REPO, { number: 41, files: ["docs/other.md"] });
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "overlap");
    writePool(2, 2);
    git("commit", "-qam", "workers get two CPUs");
    github.github.addPullRequest(OWNER, REPO, {
      number: 42,
      headSha: git("rev-parse", "HEAD"),
      headRef: "overlap",
    });
    const planned = await run("pull_request", pullRequestEvent(42, git("rev-parse", "HEAD"), base));
    expect(planned.code, planned.log).toBe(0);
    const [comment] = ourComments(42);
    expect(comment?.body).toContain("whichever merges second is refused until it is planned again");
    expect(comment?.body).toContain("- #40: `pools/workers.yaml`");
    expect(comment?.body).not.toContain("#41");
    git("checkout", "-q", "main");
  });

  it("after an upgrade of the action's modules: the drift check says module upgrade, not drift, and a plan-all pull request applies it", async () => {
    const upgrade = createPoolsRepo();
    const release = mkdtempSync(join(tmpdir(), "nodepool-next-release-"));
    cpSync("modules", join(release, "modules"), { recursive: true });
    appendFileSync(join(release, "modules/vsphere/main.tf"), "\n# the next release\n");
    const next = await bundleAction(release);
    const inRepo = (bundle: string, eventName: string, payload: object) =>
      runIn(upgrade.repo, eventName, payload, { bundle });
    const pullRequest = async (bundle: string, number: number, branch: string, labels: string[] = []) => {
      const base = upgrade.git("rev-parse", "main");
      upgrade.git("checkout", "-q", "-b", branch);
      writeFileSync(join(upgrade.repo, `${branch}.md`), "a change\n");
      upgrade.git("add", ".");
      upgrade.git("commit", "-qm", branch);
      github.github.addPullRequest(OWNER, REPO, {
        number,
        headSha: upgrade.git("rev-parse", "HEAD"),
        headRef: branch,
        labels,
      });
      const planned = await inRepo(
        bundle,
        "pull_request",
        pullRequestEvent(number, upgrade.git("rev-parse", "HEAD"), base),
      );
      expect(planned.code, planned.log).toBe(0);
      return {
        planned,
        applied: await inRepo(bundle, "push", mergePullRequest(github, upgrade.git, number, branch)),
      };
    };
    writeFileSync(
      join(upgrade.repo, "pools/workers.yaml"),
      vcsimPool({ name: "workers", controlPlane: "tcp-upgrade", replicas: 1, version: "v1.36.3" }),
    );
    const created = await pullRequest(action, 60, "create");
    expect(created.applied.code, created.applied.log).toBe(0);

    const checked = await inRepo(next, "schedule", { schedule: "0 3 * * *", repository });
    expect(checked.code, checked.log).toBe(0);
    expect(checked.outputs.drift, checked.summary).toBe("false");
    expect(checked.summary).toContain("Module upgrade pending in acme/tcp-upgrade (not drift)");
    expect(checked.summary).toMatch(/module upgrade \S+ [0-9a-f]{12} → \S+ [0-9a-f]{12}/);
    const driftIssues = [...(github.github.repo(OWNER, REPO)?.issues.values() ?? [])].filter((i) =>
      i.title.includes("acme/tcp-upgrade"),
    );
    expect(driftIssues).toEqual([]);

    // Another pull request plans only what it changes; one labelled plan-all takes every pool along.
    const unrelated = await pullRequest(next, 61, "docs");
    expect(unrelated.planned.log).toContain("0 changed, 0 removed, 1 unchanged");
    const upgraded = await pullRequest(next, 62, "upgrade", ["nodepool/plan-all"]);
    expect(upgraded.planned.log).toContain("planning all 1 pools (the nodepool/plan-all label)");
    expect(ourComments(62)[0]?.body).toContain("1 with a module upgrade");
    expect(upgraded.applied.code, upgraded.applied.log).toBe(0);
    const after = await inRepo(next, "schedule", { schedule: "0 3 * * *", repository });
    expect(after.summary).toContain("No drift.");
    expect(after.summary).not.toContain("module upgrade");
  });

  it("with comment: changes-only, a pull request that changes no machine gets no comment and its merge applies nothing", async () => {
    const quiet = createPoolsRepo();
    const inRepo = (eventName: string, payload: object) =>
      runIn(quiet.repo, eventName, payload, { inputs: { comment: "changes-only" } });
    const pool = (version: string) =>
      writeFileSync(
        join(quiet.repo, "pools/quiet.yaml"),
        vcsimPool({ name: "quiet", controlPlane: "tcp-quiet", replicas: 1, version }),
      );
    // A first pull request creates the machine: it has changes, so it gets its comment as usual.
    let base = quiet.git("rev-parse", "main");
    quiet.git("checkout", "-q", "-b", "create");
    pool("v1.36.3");
    quiet.git("add", ".");
    quiet.git("commit", "-qm", "one machine");
    github.github.addPullRequest(OWNER, REPO, {
      number: 50,
      headSha: quiet.git("rev-parse", "HEAD"),
      headRef: "create",
    });
    expect(
      (await inRepo("pull_request", pullRequestEvent(50, quiet.git("rev-parse", "HEAD"), base))).code,
    ).toBe(0);
    expect(ourComments(50)).toHaveLength(1);
    expect((await inRepo("push", mergePullRequest(github, quiet.git, 50, "create"))).code).toBe(0);
    // A new Kubernetes version reaches new machines only: nothing to change, nothing to say.
    base = quiet.git("rev-parse", "main");
    quiet.git("checkout", "-q", "-b", "version");
    pool("v1.36.2");
    quiet.git("commit", "-qam", "next nodes get v1.36.2");
    github.github.addPullRequest(OWNER, REPO, {
      number: 51,
      headSha: quiet.git("rev-parse", "HEAD"),
      headRef: "version",
    });
    const planned = await inRepo("pull_request", pullRequestEvent(51, quiet.git("rev-parse", "HEAD"), base));
    expect(planned.code, planned.log).toBe(0);
    expect(planned.outputs.changes).toBe("false");
    expect(ourComments(51)).toEqual([]);
    const applied = await inRepo("push", mergePullRequest(github, quiet.git, 51, "version"));
    expect(applied.code, applied.log).toBe(0);
    expect(applied.summary).toContain("no changes");
    expect(ourComments(51)).toEqual([]);
    // The attack on that leniency: a change merged without any plan having run is refused.
    base = quiet.git("rev-parse", "main");
    quiet.git("checkout", "-q", "-b", "unplanned");
    writeFileSync(
      join(quiet.repo, "pools/quiet.yaml"),
      vcsimPool({ name: "quiet", controlPlane: "tcp-quiet", replicas: 2, version: "v1.36.2" }),
    );
    quiet.git("commit", "-qam", "a second machine, never planned");
    github.github.addPullRequest(OWNER, REPO, {
      number: 52,
      headSha: quiet.git("rev-parse", "HEAD"),
      headRef: "unplanned",
    });
    const unplanned = await inRepo("push", mergePullRequest(github, quiet.git, 52, "unplanned"));
    expect(unplanned.code).toBe(1);
    expect(unplanned.outputs["failure-reason"]).toBe("plan-changed");
    expect(unplanned.summary).toContain("has no nodepool plan comment");
    expect(unplanned.summary).not.toContain("applied in");
  });

  it("sent GitHub only requests its OpenAPI description allows, and never the join token", () => {
    expect(github.violations).toEqual([]);
    const sent = github.requests.map((r) => `${r.url}\n${r.body}`).join("\n");
    expect(secretIn(JOIN_TOKEN, { github: sent })).toEqual([]);
    expect(github.requests.length).toBeGreaterThan(5);
  });

  it("left no form of the join token in a log, summary, output, comment or file of any run", () => {
    expect(runs.length).toBeGreaterThan(8);
    for (const [i, r] of runs.entries()) {
      expect(
        secretIn(JOIN_TOKEN, {
          [`run ${i} log`]: shownLog(r.log),
          summary: r.summary,
          outputs: JSON.stringify(r.outputs),
        }),
      ).toEqual([]);
      // The token is in the repository's state, as Terraform keeps user data there; nowhere else.
      expect(findSecret(JOIN_TOKEN, [r.runnerTemp])).toEqual([]);
    }
    expect(findSecret(JOIN_TOKEN, [join(repo, ".nodepool"), join(repo, "pools")])).toEqual([]);
    const bodies = [...(github.github.repo(OWNER, REPO)?.issues.values() ?? [])]
      .flatMap((issue) => [
        issue.body ?? "",
        ...github.github.commentsOn(OWNER, REPO, issue.number).map((c) => c.body),
      ])
      .join("\n");
    expect(secretIn(JOIN_TOKEN, { "comments and issues": bodies })).toEqual([]);
  });
});
