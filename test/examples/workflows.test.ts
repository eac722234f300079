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
const examples = readdirSync(FOLDER)
  .filter((f) => f.endsWith(".yml"))
  .map((file) => ({ file, workflow: parse(readFileSync(join(FOLDER, file), "utf8")) as Workflow }));
const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown> };
const readme = readFileSync("README.md", "utf8");
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);
const ourStep = (w: Workflow) => steps(w).find((s) => s.uses?.startsWith("kamaji/nodepool-action@"));

describe("the example workflows", () => {
  it("are the three modes", () => {
    expect(examples.map((e) => e.file).sort()).toEqual([
      "nodepool-apply.yml",
      "nodepool-drift.yml",
      "nodepool-plan.yml",
    ]);
  });

  it.each(examples)("$file gives the action only inputs action.yml declares", ({ workflow }) => {
    const step = ourStep(workflow);
    expect(step).toBeDefined();
    for (const input of Object.keys(step?.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
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
      const index = all.findIndex((s) => s.uses?.startsWith("kamaji/nodepool-action@"));
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
    const needs = file === "nodepool-drift.yml" ? "issues" : "pull-requests";
    expect(workflow.permissions[needs]).toBe("write");
    expect(workflow.permissions.contents).toBe("read");
  });
});
