import { createHash } from "node:crypto";
import packageJson from "../../package.json" with { type: "json" };
import type { WorkspaceFile } from "./workspace.js";

/**
 * Which modules a workspace was rendered from, kept in its state as the output `nodepool_modules`:
 * the release for people, the digest of the module files for comparisons. A pool whose state holds
 * another record was last applied with other modules (the action was upgraded since).
 */
export interface ModulesRecord {
  release: string;
  digest: string;
}

export const MODULES_OUTPUT = "nodepool_modules";

/** The record of the module files a workspace carries (paths below `modules/`). */
export function modulesRecord(files: readonly WorkspaceFile[]): ModulesRecord {
  const hash = createHash("sha256");
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`${file.path}\0${createHash("sha256").update(file.contents).digest("hex")}\n`);
  }
  return { release: packageJson.version, digest: `sha256:${hash.digest("hex")}` };
}
