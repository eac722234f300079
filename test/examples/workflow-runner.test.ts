import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitIn } from "../support/action-run.js";
import { type GitHubServer, startGitHubServer } from "../support/github-server/index.js";
import { type Runner, runWorkflow, runWorkflowJob, type WorkflowEvent } from "../support/workflow-steps.js";

/**
 * The workflow runner of test/support/workflow-steps.ts itself, on small workflows of `run:` steps,
 * checkout and the artifact actions: jobs in `needs` order, matrices from job outputs, artifacts
 * as the only way files pass between jobs, GitHub's skipping rules, and loud failures on what it
 * does not know.
 */
const TOKEN = "ghs_workflowrunnertoken0123456789abcdef";

describe("the workflow runner", () => {
  let github: GitHubServer;
  let dir: string;
  let event: WorkflowEvent;
  let origin: string;

  beforeAll(async () => {
    github = await startGitHubServer({ token: TOKEN });
    dir = mkdtempSync(join(tmpdir(), "nodepool-workflow-runner-"));
    origin = join(dir, "origin");
    mkdirSync(origin);
    const git = gitIn(origin);
    git("init", "-q", "-b", "main");
    writeFileSync(join(origin, "README.md"), "a repository to check out\n");
    git("add", ".");
    git("commit", "-qm", "first");
    event = {
      name: "push",
      payload: { ref: "refs/heads/main" },
      ref: "refs/heads/main",
      sha: git("rev-parse", "HEAD"),
    };
  });
  afterAll(() => github?.close());

  /** A new runner machine: its own workspace; no step here runs the nodepool action. */
  const newRunner = (): Runner => ({
    origin,
    workspace: join(mkdtempSync(join(dir, "runner-")), "work", "fleet", "fleet"),
    action: join(dir, "no-action.mjs"),
    github,
    githubToken: TOKEN,
    secrets: {},
    vars: {},
    env: {},
  });
  let workflows = 0;
  const workflow = (text: string) => {
    const file = join(dir, `workflow-${++workflows}.yml`);
    writeFileSync(file, text);
    return file;
  };

  it("runs a matrix from a job's output once per value; files reach a later job only as artifacts", async () => {
    const runner = newRunner();
    const run = await runWorkflow(
      workflow(`
name: fan out
on:
  push:
concurrency:
  group: fan-out-\${{ github.event.ref }}
  cancel-in-progress: true
jobs:
  split:
    runs-on: ubuntu-24.04
    outputs:
      shards: \${{ steps.split.outputs.shards }}
    steps:
      - uses: actions/checkout@v4
      - id: split
        run: echo 'shards=["a","b","c"]' >> "$GITHUB_OUTPUT"
  work:
    needs: split
    runs-on: ubuntu-24.04
    strategy:
      fail-fast: false
      matrix:
        shard: \${{ fromJSON(needs.split.outputs.shards) }}
    steps:
      - name: The workspace of a new runner is empty
        run: test -z "$(ls -A)"
      - run: |
          mkdir out
          echo "\${{ matrix.shard }} \${{ strategy.job-index }}" > out/shard-\${{ strategy.job-index }}.txt
          echo "not uploaded" > out/.hidden
      - uses: actions/upload-artifact@v4
        with:
          name: shard-\${{ strategy.job-index }}
          path: out/
  gather:
    needs: [split, work]
    runs-on: ubuntu-24.04
    outputs:
      files: \${{ steps.list.outputs.files }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/download-artifact@v4
        with:
          pattern: shard-*
          path: gathered/
          merge-multiple: true
      - uses: actions/download-artifact@v4
        with:
          pattern: shard-?
          path: apart
      - id: list
        run: |
          test ! -e out
          { echo "files<<END"; cat gathered/*; echo END; } >> "$GITHUB_OUTPUT"
`),
      event,
      runner,
    );

    const all = Object.values(run.jobs).flat();
    for (const job of all) expect(job.ok, job.log).toBe(true);
    expect(run.concurrencyGroup).toBe("fan-out-refs/heads/main");
    expect(run.jobs.split?.[0]?.outputs).toEqual({ shards: '["a","b","c"]' });
    expect(run.jobs.work?.map((j) => j.matrix)).toEqual([{ shard: "a" }, { shard: "b" }, { shard: "c" }]);
    expect(new Set(all.map((j) => j.runnerTemp)).size).toBe(5);
    expect(run.jobs.gather?.[0]?.outputs).toEqual({ files: "a 0\nb 1\nc 2" });
    // The last job's workspace: the artifacts merged, and each in a folder of its name.
    const files = (folder: string) =>
      readdirSync(join(runner.workspace, folder), { recursive: true, encoding: "utf8" }).sort();
    expect(files("gathered")).toEqual(["shard-0.txt", "shard-1.txt", "shard-2.txt"]);
    expect(files("apart")).toEqual([
      "shard-0",
      "shard-0/shard-0.txt",
      "shard-1",
      "shard-1/shard-1.txt",
      "shard-2",
      "shard-2/shard-2.txt",
    ]);
    expect(relative(runner.workspace, run.artifacts)).toMatch(/^\.\./);
  });

  it("fails an upload of a name the run already has; uploads nothing, with a warning, when no files", async () => {
    const run = await runWorkflow(
      workflow(`
on:
  push:
jobs:
  upload:
    runs-on: ubuntu-24.04
    steps:
      - run: mkdir out .hidden && echo one > out/a.txt && echo h > .hidden/h.txt
      - uses: actions/upload-artifact@v4
        with: { name: result, path: out }
      - uses: actions/upload-artifact@v4
        with: { name: nothing, path: missing/ }
      - uses: actions/upload-artifact@v4
        with: { name: hidden, path: .hidden/ }
      - uses: actions/upload-artifact@v4
        with: { name: hidden-included, path: .hidden/h.txt, include-hidden-files: true }
      - uses: actions/upload-artifact@v4
        with: { name: result, path: out/a.txt }
      - run: echo not after a failure
      - if: \${{ failure() }}
        run: echo after a failure
`),
      event,
      newRunner(),
    );
    const job = run.jobs.upload?.[0];
    expect(job?.ok).toBe(false);
    const steps = job?.steps ?? [];
    expect(
      steps.map((s) => (s.kind === "skipped" ? "skipped" : s.kind === "artifact" ? s.code : "ran")),
    ).toEqual(["ran", 0, 0, 0, 0, 1, "skipped", "ran"]);
    expect(job?.log).toContain("Warning: No files were found with the provided path: missing/.");
    expect(job?.log).toContain("Warning: No files were found with the provided path: .hidden/.");
    expect(job?.log).toContain("an artifact with this name already exists on the workflow run: result");
    expect(readdirSync(run.artifacts).sort()).toEqual(["hidden-included", "result"]);
    expect(readFileSync(join(run.artifacts, "result", "a.txt"), "utf8")).toBe("one\n");
    expect(existsSync(join(run.artifacts, "hidden-included", "h.txt"))).toBe(true);
  });

  it("skips the jobs after a failed one unless their if: says otherwise (!cancelled(), always(), failure())", async () => {
    const job = (needs: string, condition?: string) =>
      `    needs: ${needs}\n${condition ? `    if: ${condition}\n` : ""}    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ran\n`;
    const run = await runWorkflow(
      workflow(`
on:
  push:
jobs:
  fails:
    runs-on: ubuntu-24.04
    steps:
      - run: exit 3
  report:
${job("fails", "${{ !cancelled() }}")}
  follows:
${job("fails")}
  after-report:
${job("report")}
  after-report-on-failure:
${job("report", "failure()")}
  after-skipped:
${job("follows", "${{ always() }}")}
`),
      event,
      newRunner(),
    );
    const outcome = Object.fromEntries(
      Object.entries(run.jobs).map(([id, [only]]) => [id, only?.skipped ? "skipped" : only?.ok]),
    );
    // GitHub's success(), the default if:, wants every job before to have succeeded, not only the needed one.
    expect(outcome).toEqual({
      fails: false,
      report: true,
      follows: "skipped",
      "after-report": "skipped",
      "after-report-on-failure": true,
      "after-skipped": true,
    });
  });

  it("fails a matrix job, as GitHub does, when the vector it is given is empty", async () => {
    const run = await runWorkflow(
      workflow(`
on:
  push:
jobs:
  split:
    runs-on: ubuntu-24.04
    outputs:
      shards: \${{ steps.split.outputs.shards }}
    steps:
      - id: split
        run: echo "shards=[]" >> "$GITHUB_OUTPUT"
  work:
    needs: split
    runs-on: ubuntu-24.04
    strategy:
      fail-fast: false
      matrix:
        shard: \${{ fromJSON(needs.split.outputs.shards) }}
    steps:
      - run: echo never
  report:
    needs: work
    if: \${{ !cancelled() }}
    runs-on: ubuntu-24.04
    steps:
      - run: echo reported
`),
      event,
      newRunner(),
    );
    expect(run.jobs.work?.map((j) => [j.ok, j.log])).toEqual([
      [false, "Matrix vector 'shard' does not contain any values"],
    ]);
    expect(run.jobs.report?.[0]?.ok).toBe(true);
  });

  const loneJob = (steps: string, extra = "") =>
    `on:\n  push:\njobs:\n  lone:\n    runs-on: ubuntu-24.04\n${extra}    steps:\n${steps}`;
  it.each([
    [
      "an unknown step key",
      loneJob("      - run: echo\n        continue-on-error: true\n"),
      "continue-on-error not run",
    ],
    [
      "an unknown artifact input",
      loneJob("      - uses: actions/download-artifact@v4\n        with: { name: x }\n"),
      "name not run",
    ],
    ["another action", loneJob("      - uses: actions/cache@v4\n"), "this runner runs only"],
    [
      "an unknown expression",
      loneJob("      - run: echo ${{ github.sha }}\n"),
      "this runner does not evaluate it",
    ],
    [
      "a matrix outside a matrix job",
      loneJob("      - run: echo ${{ matrix.shard }}\n"),
      "matrix is not available here",
    ],
    [
      "a step id no step has",
      loneJob("      - run: echo ${{ steps.nope.outputs.x }}\n"),
      "no step has id nope",
    ],
    ["a status function outside if:", loneJob("      - run: echo ${{ always() }}\n"), "only in if:"],
    [
      "fromJSON inside a text",
      loneJob("      - run: echo ${{ fromJSON('[1]') }}\n"),
      "fromJSON only as a whole value",
    ],
    [
      "an if: that is not a status function",
      loneJob("      - if: ${{ github.ref == 'refs/heads/main' }}\n        run: echo\n"),
      "only a status function in if:",
    ],
    [
      "a fail-fast matrix",
      loneJob("      - run: echo\n", "    strategy:\n      matrix:\n        shard: [1, 2]\n"),
      "fail-fast cancels the other combinations",
    ],
    [
      "a need's output it does not declare",
      `on:\n  push:\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n  b:\n    needs: a\n    runs-on: x\n    steps:\n      - run: echo \${{ needs.a.outputs.nope }}\n`,
      "job a declares no output nope",
    ],
  ])("fails loudly on %s", async (_, text, why) => {
    await expect(runWorkflow(workflow(text), event, newRunner())).rejects.toThrow(why);
  });

  it("runWorkflowJob still runs a lone job, and sends a job that needs another to runWorkflow", async () => {
    const job = await runWorkflowJob(
      workflow(
        loneJob(
          "      - id: out\n        run: echo 'x=1' >> \"$GITHUB_OUTPUT\"\n",
          "    outputs:\n      x: ${{ steps.out.outputs.x }}\n",
        ),
      ),
      event,
      newRunner(),
    );
    expect([job.ok, job.outputs]).toEqual([true, { x: "1" }]);
    const text = `on:\n  push:\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n  b:\n    needs: a\n    runs-on: x\n    steps:\n      - run: echo\n`;
    await expect(runWorkflowJob(workflow(text), event, newRunner(), "b")).rejects.toThrow(
      "run it with runWorkflow",
    );
  });
});
