import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import "./chunk-ORUZ7EY6.js";

// src/render/module-files.ts
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
function isModuleFile(path) {
  return path.endsWith(".tf") && !path.includes("/") || path.startsWith("templates/");
}
async function readModuleFiles(root) {
  const modules = {};
  for (const entry of await readdir(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const folder = join(root, entry.name);
    const files = [];
    for (const file of await readdir(folder, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const path = relative(folder, join(file.parentPath, file.name)).split("\\").join("/");
      if (isModuleFile(path)) files.push({ path, contents: await readFile(join(folder, path), "utf8") });
    }
    modules[entry.name] = files.sort((a, b) => a.path.localeCompare(b.path));
  }
  return modules;
}
export {
  readModuleFiles
};
