import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { ModuleFiles, WorkspaceFile } from "./workspace.js";

/** What a workspace needs of a module: its Terraform files and templates, not its tests, examples or docs. */
function isModuleFile(path: string): boolean {
  return (path.endsWith(".tf") && !path.includes("/")) || path.startsWith("templates/");
}

/** Reads every module folder under `root` (the repository's `modules/`). */
export async function readModuleFiles(root: string): Promise<ModuleFiles> {
  const modules: Record<string, WorkspaceFile[]> = {};
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(root, entry.name);
    const files: WorkspaceFile[] = [];
    for (const file of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const path = relative(folder, join(file.parentPath, file.name)).split("\\").join("/");
      if (isModuleFile(path)) files.push({ path, contents: await readFile(join(folder, path), "utf8") });
    }
    modules[entry.name] = files.sort((a, b) => a.path.localeCompare(b.path));
  }
  return modules;
}
