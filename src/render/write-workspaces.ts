import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Workspace } from "./workspace.js";

export interface WriteResult {
  written: string[];
  /** Workspaces of pools that no longer exist, left in place (their state may still hold machines). */
  stale: string[];
  pruned: string[];
}

/** What rendering owns in a workspace folder; `.terraform/`, lock files and plans stay. */
const RENDERED = ["modules", "main.tf.json", "backend.tf.json"];

/** Writes each workspace under `outDir`, replacing what an earlier render wrote there. */
export async function writeWorkspaces(
  outDir: string,
  workspaces: readonly Workspace[],
  options: { prune: boolean },
): Promise<WriteResult> {
  const written: string[] = [];
  for (const workspace of workspaces) {
    const dir = join(outDir, workspace.dir);
    for (const name of RENDERED) await rm(join(dir, name), { recursive: true, force: true });
    for (const file of workspace.files) {
      const path = join(dir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
    written.push(workspace.dir);
  }
  const current = new Set(written);
  const stale = (await findWorkspaces(outDir)).filter((dir) => !current.has(dir));
  const pruned: string[] = [];
  if (options.prune) {
    for (const dir of stale) {
      await rm(join(outDir, dir), { recursive: true, force: true });
      pruned.push(dir);
    }
  }
  return { written, stale: options.prune ? [] : stale, pruned };
}

/** `<tenant>/<controlPlane>/<pool>` folders that hold a rendered `main.tf.json`. */
async function findWorkspaces(outDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string, depth: number) => {
    const entries = await readdir(join(outDir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (depth === 2) {
        if (await stat(join(outDir, child, "main.tf.json")).catch(() => undefined)) found.push(child);
      } else {
        await walk(child, depth + 1);
      }
    }
  };
  await walk("", 0);
  return found.sort();
}
