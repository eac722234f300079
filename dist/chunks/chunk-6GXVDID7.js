import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/terraform/plan-folder.ts
import { createHash } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
async function createPlanFolder(parent = tmpdir()) {
  const dir = await mkdtemp(join(parent, "nodepool-plans-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
function savedPlanPath(planDir, workspace) {
  const id = createHash("sha256").update(resolve(workspace)).digest("hex").slice(0, 24);
  return join(planDir, `${id}.tfplan`);
}
async function restrictToOwner(path) {
  await chmod(path, 384);
}

export {
  createPlanFolder,
  savedPlanPath,
  restrictToOwner
};
