import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActionRun,
  bundleAction,
  createPoolsRepo,
  gitIn as gitAt,
  type gitIn,
  mergePullRequest,
  OWNER,
  pullRequestEvent,
  REPO,
  runAction,
} from "../support/action-run.js";
import { findSecret, secretIn, shownLog } from "../support/canary.js";
import { type GitHubServer, startGitHubServer } from "../support/github-server/index.js";
import { type Postgres, postgresBinDir, startPostgres } from "../support/postgres.js";
import { missing, toolchain } from "../support/toolchain.js";
import { startVcsim, type Vcsim, vcsimPool } from "../support/vcsim.js";

/**
 * A plan and an apply split across jobs, each job a separate process in its own fresh clone, as on
 * its own runner: the shards job names the shares, each share's job plans (or applies) its pools
 * and leaves a results file, the report job reads the files handed to it (as artifacts are) and
 * posts the one comment. State is shared the way jobs share it, in a real PostgreSQL; machines are
 * made on vcsim; GitHub is the OpenAPI-checked server.
 */
const GH_TOKEN = "ghs_shardstoken0123456789abcdefghijklmn";
const JOIN_TOKEN = "s4rd3d.q8w3e4r5t6y7u8i9";
const POOLS = ["alpha", "bravo", "charlie"];

describe.skipIf(missing("terraform", "vcsim") || !postgresBinDir())(
  "a plan and an apply split across jobs",
  () => {
    let vcsim: Vcsim;
    let github: GitHubServer;
    let postgres: Postgres;
    let origin: string;
    let git: ReturnType<typeof gitIn>;
    let action: string;
    const runs: ActionRun[] = [];
    const shardFiles: string[] = [];
    /** Every job's workspace and the artifact stores: searched for the token at the end. */
    const folders: string[] = [];

    beforeAll(async () => {
      vcsim = await startVcsim(toolchain().bin("vcsim") as string);
      github = await startGitHubServer({ token: GH_TOKEN });
      github.github.addRepo(OWNER, REPO);
      postgres = await startPostgres();
      action = await bundleAction();
      ({ repo: origin, git } = createPoolsRepo());
      writeFileSync(
        join(origin, "pools/settings.yaml"),
        "apiVersion: nodepool.kamaji.io/v1alpha1\nkind: NodePoolSettings\nmetadata: { name: settings }\nspec:\n  backend:\n    pg: {}\n  terraform: { tool: terraform, version: 1.8.5 }\n",
      );
      git("commit", "-qam", "state in PostgreSQL");
    });
    afterAll(async () => {
      await vcsim?.stop();
      await github?.close();
      postgres?.stop();
    });

    /** A job: a fresh clone of the repository at `sha`, with `artifacts` (files) put into `.nodepool/shards/`. */
    async function job(
      sha: string,
      eventName: string,
      payload: object,
      inputs: Record<string, string>,
      artifacts: readonly string[] = [],
    ): Promise<ActionRun> {
      const workspace = mkdtempSync(join(tmpdir(), "nodepool-shard-job-"));
      folders.push(workspace);
      const clone = gitAt(workspace);
      clone("clone", "-q", origin, ".");
      clone("checkout", "-q", "--detach", sha);
      if (artifacts.length > 0) mkdirSync(join(workspace, ".nodepool/shards"), { recursive: true });
      for (const file of artifacts) cpSync(file, join(workspace, ".nodepool/shards", basename(file)));
      const run = await runAction({
        action,
        repo: workspace,
        github,
        githubToken: GH_TOKEN,
        eventName,
        payload,
        inputs: {
          "join-url": "tcp-e2e.example.com:6443",
          "join-token": JOIN_TOKEN,
          "join-ca-cert-hash": `sha256:${"d".repeat(64)}`,
          "lock-timeout": "2m",
          ...inputs,
        },
        env: { ...vcsim.env, PG_CONN_STR: postgres.connectionString },
      });
      runs.push(run);
      return run;
    }

    /** The shards job, then one job per share; returns each share's results file, kept outside every job. */
    async function fanOut(sha: string, eventName: string, payload: object): Promise<string[]> {
      const shards = await job(sha, eventName, payload, { mode: "shards", "pools-per-shard": "1" });
      expect(shards.code, shards.log).toBe(0);
      const matrix = JSON.parse(shards.outputs.matrix ?? "null") as string[];
      expect(matrix).toEqual(["1/3", "2/3", "3/3"]);
      const store = mkdtempSync(join(tmpdir(), "nodepool-artifacts-"));
      folders.push(store);
      const files: string[] = [];
      for (const shard of matrix) {
        const share = await job(sha, eventName, payload, { shard });
        expect(share.code, share.log).toBe(0);
        const written = share.outputs["shard-file"] ?? "";
        expect(existsSync(written), share.log).toBe(true);
        const kept = join(store, basename(written));
        cpSync(written, kept);
        files.push(kept);
      }
      shardFiles.push(...files);
      return files;
    }

    const ourComments = (number: number) =>
      github.github.commentsOn(OWNER, REPO, number).filter((c) => c.body.startsWith("<!-- nodepool-action"));

    it("plans each share in its own job and reports every pool in one comment, with the hashes an unsplit plan gives", async () => {
      const base = git("rev-parse", "HEAD");
      git("checkout", "-q", "-b", "three-pools");
      for (const name of POOLS)
        writeFileSync(
          join(origin, `pools/${name}.yaml`),
          vcsimPool({ name, controlPlane: `tcp-${name}`, replicas: 1, version: "v1.36.3" }),
        );
      git("add", ".");
      git("commit", "-qm", "three pools");
      const head = git("rev-parse", "HEAD");
      github.github.addPullRequest(OWNER, REPO, { number: 1, headSha: head, headRef: "three-pools" });
      const event = pullRequestEvent(1, head, base);

      const files = await fanOut(head, "pull_request", event);
      // Shares post nothing: the one comment is the report job's.
      expect(ourComments(1)).toHaveLength(0);
      for (const file of files) {
        const text = readFileSync(file, "utf8");
        expect(JSON.parse(text).results).toHaveLength(1);
        expect(text).not.toContain("planfile");
      }

      // A share whose results never arrived: its pool is shown as not planned, and gets no hash.
      const partial = await job(
        head,
        "pull_request",
        event,
        { mode: "report" },
        [files[0], files[2]].filter((f) => f !== undefined),
      );
      expect(partial.code).toBe(1);
      expect(partial.outputs["failure-reason"]).toBe("plan-failed");
      const gap = ourComments(1)[0]?.body ?? "";
      expect(gap).toContain("No result: share 2/3 sent one this report could use");
      expect(gap).not.toContain('"acme/tcp-bravo/bravo"');

      const report = await job(head, "pull_request", event, { mode: "report" }, files);
      expect(report.code, report.log).toBe(0);
      expect(ourComments(1)).toHaveLength(1);
      const body = ourComments(1)[0]?.body ?? "";
      expect(body).toContain("## nodepool plan: 3 pools: +3 nodes");
      expect(body).toContain(`Planned for ${head.slice(0, 7)}`);
      for (const name of POOLS) expect(body).toContain(`acme/tcp-${name}/${name}`);

      // The same pull request planned whole, without a comment: every pool's hash is the same.
      const whole = await job(head, "pull_request", event, { comment: "off" });
      expect(whole.code, whole.log).toBe(0);
      const hashes = (
        JSON.parse(readFileSync(whole.outputs["plan-json"] ?? "", "utf8")) as { hash: string }[]
      ).map((p) => p.hash);
      expect(hashes).toHaveLength(3);
      for (const hash of hashes) expect(body).toContain(hash);
    });

    it("applies each share in its own job against the reviewed hashes, and the report shows every pool applied", async () => {
      const push = mergePullRequest(github, git, 1, "three-pools");
      const files = await fanOut(push.after, "push", push);
      // The shares leave the comment to the report job.
      expect(ourComments(1)[0]?.body).not.toContain("applied in");
      const report = await job(push.after, "push", push, { mode: "report" }, files);
      expect(report.code, report.log).toBe(0);
      const body = ourComments(1)[0]?.body ?? "";
      for (const name of POOLS)
        expect(body).toMatch(
          new RegExp(
            `✅ \`acme/tcp-${name}/${name}\`: applied in [\\d.]+ s; created tcp-${name}-${name}-node-00`,
          ),
        );
      expect(body).toContain('"status":"applied"');
    });

    it("reads shares' results only from inside the working directory", async () => {
      const head = git("rev-parse", "HEAD");
      const outside = await job(head, "pull_request", pullRequestEvent(1, head, head), {
        mode: "report",
        "shard-results": "../../../etc",
      });
      expect(outside.code).toBe(1);
      expect(outside.log).toContain(
        'Input shard-results must be a folder inside working-directory, got "../../../etc"',
      );
    });

    it("never writes the join token into a share's results, a job's files, a log or a comment", () => {
      expect(shardFiles).toHaveLength(6);
      expect(findSecret(JOIN_TOKEN, [...folders, ...runs.map((r) => r.runnerTemp)])).toEqual([]);
      expect(
        secretIn(JOIN_TOKEN, {
          ...Object.fromEntries(runs.map((r, i) => [`run ${i} log`, shownLog(r.log)])),
          ...Object.fromEntries(
            github.github.commentsOn(OWNER, REPO, 1).map((c, i) => [`comment ${i}`, c.body]),
          ),
        }),
      ).toEqual([]);
    });
  },
);
