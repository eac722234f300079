import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadPools } from "../../src/pool-format/load-pools.js";
import { PROVIDER_MODULES } from "../../src/render/providers.js";

// The example workflows are copied as they are: each must be a complete, working job.

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const FOLDER = ".github/workflows/examples";
const examples = [
  ...readdirSync(FOLDER),
  ...readdirSync(join(FOLDER, "large-fleets")).map((f) => `large-fleets/${f}`),
]
  .filter((f) => f.endsWith(".yml"))
  .map((file) => ({ file, workflow: parse(readFileSync(join(FOLDER, file), "utf8")) as Workflow }));
const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown> };
const readme = readFileSync("README.md", "utf8");
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
/** The step of ours that runs terraform: not the ones that split a run or report on it. */
const ourStep = (w: Workflow) =>
  steps(w).find(
    (s) =>
      s.uses?.startsWith("kamaji/nodepool-action@") && !["shards", "report"].includes(s.with?.mode ?? ""),
  );

describe("the example workflows", () => {
  it("are the three modes, and plan and apply split across jobs for large fleets", () => {
    expect(examples.map((e) => e.file).sort()).toEqual([
      "large-fleets/nodepool-apply.yml",
      "large-fleets/nodepool-plan.yml",
      "nodepool-apply.yml",
      "nodepool-drift.yml",
      "nodepool-plan.yml",
    ]);
  });

  it.each(examples)("$file gives the action only inputs action.yml declares", ({ workflow }) => {
    expect(ourStep(workflow)).toBeDefined();
    for (const step of steps(workflow).filter((s) => s.uses?.startsWith("kamaji/nodepool-action@")))
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
  });

  it.each(examples)(
    "$file gives the credentials of every provider the example pools use",
    async ({ workflow }) => {
      const loaded = await loadPools(["pools"], process.cwd());
      if (!loaded.ok) throw new Error("the example pools do not load");
      const env = Object.keys(ourStep(workflow)?.env ?? {});
      for (const provider of new Set(loaded.value.pools.map((p) => p.spec.provider)))
        for (const name of PROVIDER_MODULES[provider].credentials) expect(env, provider).toContain(name);
    },
  );

  it.each(examples)(
    "$file writes every file it points the action at, before the action runs",
    ({ workflow }) => {
      const all = steps(workflow);
      const ours = ourStep(workflow);
      const index = ours ? all.indexOf(ours) : -1;
      const written = all
        .slice(0, index)
        .flatMap((s) => [...(s.run ?? "").matchAll(/"\$RUNNER_TEMP\/([\w.-]+)"/g)].map((m) => m[1]));
      const files = Object.values(ourStep(workflow)?.env ?? {}).flatMap((value) =>
        [...value.matchAll(/\$\{\{ runner\.temp \}\}\/([\w.-]+)/g)].map((m) => m[1]),
      );
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(written).toContain(file);
    },
  );

  it.each(examples)("$file uses only secrets and variables the README names", ({ file }) => {
    const text = readFileSync(join(FOLDER, file), "utf8");
    for (const [, kind, name] of text.matchAll(/\$\{\{ (secrets|vars)\.(\w+) \}\}/g)) {
      if (name === "GITHUB_TOKEN") continue;
      expect(readme, `${kind}.${name}`).toContain(`\`${name}\``);
    }
  });

  it.each(examples)("$file grants what its mode writes to", ({ file, workflow }) => {
    const needs = file.endsWith("nodepool-drift.yml") ? "issues" : "pull-requests";
    expect(workflow.permissions[needs]).toBe("write");
    expect(workflow.permissions.contents).toBe("read");
  });
});
