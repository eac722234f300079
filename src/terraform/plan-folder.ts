import { createHash } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * Where saved plans live for one run. A saved plan holds every variable it was made with, the
 * real join token among them, so plans never go into the checkout (nor a workspace an artifact
 * step might upload): a private folder (mkdtemp makes it 0700) that the run removes when it ends,
 * whatever the outcome.
 */
export interface PlanFolder {
  dir: string;
  remove(): Promise<void>;
}

export async function createPlanFolder(parent: string = tmpdir()): Promise<PlanFolder> {
  const dir = await mkdtemp(join(parent, "nodepool-plans-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The saved plan of one workspace folder inside a plan folder. */
export function savedPlanPath(planDir: string, workspace: string): string {
  const id = createHash("sha256").update(resolve(workspace)).digest("hex").slice(0, 24);
  return join(planDir, `${id}.tfplan`);
}

/** Terraform writes plans with the process umask; ours are for the owner alone. */
export async function restrictToOwner(path: string): Promise<void> {
  await chmod(path, 0o600);
}
