import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPools } from "../../src/pool-format/load-pools.js";
import { readModuleFiles } from "../../src/render/module-files.js";
import { renderWorkspaces } from "../../src/render/workspace.js";
import { writeWorkspaces } from "../../src/render/write-workspaces.js";
import { missing, toolchain } from "../support/toolchain.js";

/** Renders the example pools and asks the real binary, with the real providers, whether they are valid. */
async function validateExamples(
  tool: "terraform" | "tofu" | "tofu-current",
): Promise<Record<string, unknown>> {
  const result = await loadPools(["pools"], process.cwd());
  if (!result.ok) throw new Error("examples invalid");
  const out = mkdtempSync(join(tmpdir(), `nodepool-validate-${tool}-`));
  const workspaces = renderWorkspaces(result.value, await readModuleFiles("modules"), out);
  await writeWorkspaces(out, workspaces, { prune: false });
  const binary = toolchain().bin(tool) as string;
  const env = { ...process.env, ...toolchain().env, TF_PLUGIN_CACHE_DIR: "" };
  const verdicts: Record<string, unknown> = {};
  for (const workspace of workspaces) {
    const cwd = join(out, workspace.dir);
    execFileSync(binary, ["init", "-backend=false", "-input=false", "-no-color"], {
      cwd,
      env,
      stdio: "pipe",
    });
    const report = JSON.parse(
      execFileSync(binary, ["validate", "-json", "-no-color"], { cwd, env, encoding: "utf8" }).toString(),
    ) as {
      valid: boolean;
      diagnostics: { summary: string }[];
    };
    verdicts[`${workspace.pool.spec.provider} ${workspace.dir}`] = report.valid
      ? "valid"
      : report.diagnostics.map((d) => d.summary);
  }
  return verdicts;
}

const EXPECTED = {
  "proxmox kamaji-tenant/tcp-alpha/default-pool": "valid",
  "maas kamaji-tenant/tcp-beta/default-pool": "valid",
  "vcd kamaji-tenant/tcp-charlie/application-pool": "valid",
  "vsphere kamaji-tenant/tcp-charlie/default-pool": "valid",
  "vsphere kamaji-tenant/tcp-charlie/system-pool": "valid",
};

describe.skipIf(missing("terraform"))(
  "rendered example workspaces, with terraform and the real providers",
  () => {
    it("all validate", async () => {
      expect(await validateExamples("terraform")).toEqual(EXPECTED);
    });
  },
);

describe.skipIf(missing("tofu"))("rendered example workspaces, with OpenTofu and the real providers", () => {
  it("all validate", async () => {
    expect(await validateExamples("tofu")).toEqual(EXPECTED);
  });
});

describe.skipIf(missing("tofu-current"))(
  "rendered example workspaces, with the current OpenTofu and the real providers",
  () => {
    it("all validate", async () => {
      expect(await validateExamples("tofu-current")).toEqual(EXPECTED);
    });
  },
);
