import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/render/write-workspaces.ts
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var RENDERED = ["modules", "main.tf.json", "backend.tf.json"];
async function writeWorkspaces(outDir, workspaces, options) {
  const written = [];
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
  const pruned = [];
  if (options.prune) {
    for (const dir of stale) {
      await rm(join(outDir, dir), { recursive: true, force: true });
      pruned.push(dir);
    }
  }
  return { written, stale: options.prune ? [] : stale, pruned };
}
async function findWorkspaces(outDir) {
  const found = [];
  const walk = async (relative, depth) => {
    const entries = await readdir(join(outDir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (depth === 2) {
        if (await stat(join(outDir, child, "main.tf.json")).catch(() => void 0)) found.push(child);
      } else {
        await walk(child, depth + 1);
      }
    }
  };
  await walk("", 0);
  return found.sort();
}

export {
  writeWorkspaces
};
