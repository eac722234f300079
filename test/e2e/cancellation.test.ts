import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { List, Secret } from "../../src/kube/kube-types.js";
import {
  type gitIn,
  mergePullRequest,
  OWNER,
  pullRequestEvent,
  REPO,
  runAction,
} from "../support/action-run.js";
import { findSecret, secretIn, shownLog } from "../support/canary.js";
import { type ControlPlane, controlPlaneMissing } from "../support/control-plane/control-plane.js";
import type { GitHubServer } from "../support/github-server/index.js";
import { type KamajiStage, startKamajiStage } from "../support/kamaji-stage.js";
import { missing } from "../support/toolchain.js";
import { type Vcsim, vcsimPool } from "../support/vcsim.js";

/**
 * A job cancelled in the middle of an apply, as GitHub cancels it: SIGINT to the action while the
 * real terraform is cloning machines on vcsim (each clone slowed to seconds) for a real tenant
 * control plane. Nothing may outlive the run: not terraform, its state lock, the saved plan, the
 * minted token, nor a comment that says "applying".
 */
const GH_TOKEN = "ghs_canceltoken0123456789abcdefghijklmno";
const skip = missing("terraform", "vcsim") || controlPlaneMissing();

describe.skipIf(skip)("a cancelled apply", () => {
  let stage: KamajiStage;
  let cp: ControlPlane;
  let vcsim: Vcsim;
  let github: GitHubServer;
  let repo: string;
  let action: string;
  let git: ReturnType<typeof gitIn>;

  beforeAll(async () => {
    stage = await startKamajiStage({ githubToken: GH_TOKEN, vcsimMethodDelay: { CloneVM_Task: 6_000 } });
    ({ cp, vcsim, github, action, repo, git } = stage);
  }, 180_000);
  afterAll(() => stage?.stop());

  const tokens = async () =>
    (await cp.admin.get<List<Secret>>("/api/v1/namespaces/kube-system/secrets")).items
      .filter((s) => s.type === "bootstrap.kubernetes.io/token")
      .map((s) => {
        const field = (name: string) => Buffer.from(s.data?.[name] ?? "", "base64").toString();
        return `${field("token-id")}.${field("token-secret")}`;
      });

  it("interrupts terraform once, deletes the token and the saved plan, releases the lock and says so", async () => {
    const base = git("rev-parse", "HEAD");
    git("checkout", "-q", "-b", "workers");
    writeFileSync(
      join(repo, "pools/workers.yaml"),
      vcsimPool({ name: "workers", controlPlane: "tcp-e2e", replicas: 2 }),
    );
    git("add", ".");
    git("commit", "-qm", "workers");
    github.github.addPullRequest(OWNER, REPO, { number: 1, headSha: git("rev-parse", "HEAD") });
    const inputs = { "management-kubeconfig": cp.adminKubeconfig, "ready-timeout": "20s" };
    const planned = await runAction({
      action,
      repo,
      github,
      githubToken: GH_TOKEN,
      eventName: "pull_request",
      payload: pullRequestEvent(1, git("rev-parse", "HEAD"), base),
      inputs,
      env: vcsim.env,
    });
    expect(planned.code, planned.log).toBe(0);

    // The minted token, seen from the tenant while the run holds it.
    const minted = new Set<string>();
    let watching = true;
    const watch = (async () => {
      while (watching) {
        for (const token of await tokens()) minted.add(token);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const started = Date.now();
    const cancelled = await runAction({
      action,
      repo,
      github,
      githubToken: GH_TOKEN,
      eventName: "push",
      payload: mergePullRequest(github, git, 1, "workers"),
      inputs,
      env: vcsim.env,
      // Two seconds into the apply: terraform is waiting on the first slow clone.
      interrupt: { when: /workers: apply\n/, signal: "SIGINT", afterMs: 2_000 },
    });
    watching = false;
    await watch;

    expect(cancelled.code, cancelled.log).toBe(1);
    expect(cancelled.outputs["failure-reason"]).toBe("cancelled");
    expect(cancelled.log).toContain("SIGINT received: cancelling");
    // GitHub kills the job ten seconds after the signal; a clone in flight takes six.
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(minted.size).toBe(1);
    expect(await tokens()).toEqual([]);
    const body =
      github.github.commentsOn(OWNER, REPO, 1).find((c) => c.body.startsWith("<!-- nodepool-action"))?.body ??
      "";
    expect(body).toContain('"status":"apply-cancelled"');
    expect(readdirSync(cancelled.runnerTemp).filter((name) => name.startsWith("nodepool-plans-"))).toEqual(
      [],
    );
    // terraform ended and released the state lock: no lock file next to the state.
    const stateDir = join(repo, "state/acme/tcp-e2e");
    expect(existsSync(stateDir) ? readdirSync(stateDir).filter((n) => n.includes("lock")) : []).toEqual([]);

    // No form of the token anywhere the run wrote or sent.
    const [token = ""] = [...minted];
    // Terraform state keeps the user data, token included (SECURITY.md): a dead token by now.
    expect(findSecret(token, [join(repo, ".nodepool"), join(repo, "pools"), cancelled.runnerTemp])).toEqual(
      [],
    );
    expect(
      secretIn(token, {
        log: shownLog(cancelled.log),
        summary: cancelled.summary,
        outputs: JSON.stringify(cancelled.outputs),
        github: github.requests.map((r) => `${r.url}\n${r.body}`).join("\n"),
      }),
    ).toEqual([]);
  }, 240_000);
});
