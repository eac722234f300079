import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readModuleFiles } from "../../src/render/module-files.js";
import { renderWorkspace } from "../../src/render/workspace.js";
import { writeWorkspaces } from "../../src/render/write-workspaces.js";
import { HEADER, parseValid } from "../pool-format/helpers.js";
import { missing, toolchain } from "../support/toolchain.js";
import { vcsimPool } from "../support/vcsim.js";

/**
 * Settings values reach `backend.tfbackend`, which `init -backend-config` reads as HCL, where quoted
 * strings are templates too: a value must arrive as the text it is, never evaluated, and never
 * end its line to add a setting of its own.
 */
describe.skipIf(missing("terraform"))("backend settings are data in backend.tfbackend", () => {
  it("keeps ${...} and a quote-newline in a state folder literal, through a real terraform init", async () => {
    const directory = 'state/${path.cwd}/%{ if true }x%{ endif }/"\nworkspace_dir = "elsewhere';
    const settings = `${HEADER}kind: NodePoolSettings\nmetadata: { name: settings }\nspec:\n  backend:\n    local: { directory: ${JSON.stringify(directory)}, persistent: true }\n`;
    const { value: set } = parseValid(
      settings,
      vcsimPool({ name: "workers", controlPlane: "tcp-x", replicas: 1 }),
    );
    const [pool] = set.pools;
    if (!pool) throw new Error("no pool");
    const root = mkdtempSync(join(tmpdir(), "nodepool-backend-data-"));
    const workspace = renderWorkspace(pool, set.settings, await readModuleFiles("modules"), {
      outDir: ".nodepool",
    });
    await writeWorkspaces(join(root, ".nodepool"), [workspace], { prune: false });
    const dir = join(root, ".nodepool", workspace.dir);
    execFileSync(
      toolchain().bin("terraform") as string,
      ["init", "-input=false", "-no-color", "-backend-config=backend.tfbackend"],
      { cwd: dir, env: { ...process.env, ...toolchain().env, TF_PLUGIN_CACHE_DIR: "" }, stdio: "pipe" },
    );
    const record = JSON.parse(readFileSync(join(dir, ".terraform", "terraform.tfstate"), "utf8")) as {
      backend: { config: { path: string; workspace_dir: string | null } };
    };
    // What terraform stored is what render meant: the runner gives other workspaces exactly this.
    expect(record.backend.config.path).toBe(workspace.backendConfig?.path);
    expect(record.backend.config.path).toContain(
      'state/${path.cwd}/%{ if true }x%{ endif }/"\nworkspace_dir = "elsewhere/',
    );
    expect(record.backend.config.workspace_dir).toBeNull();
  }, 120_000);
});
