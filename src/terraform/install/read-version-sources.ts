import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { TOOLS, type ToolName } from "./tools.js";
import type { VersionSources } from "./version-request.js";
import { findRequiredVersions, type RequiredVersion } from "./version-sources.js";

export interface SourceLocations {
  /** The version input; empty or absent when not given. */
  input?: string;
  /** The pool settings' version (exact) and where it is written. */
  settings?: { version: string; source: string };
  /** Where `.terraform-version` / `.opentofu-version` / `.tool-versions` are looked for. */
  workingDir: string;
  /** Folders whose `*.tf` and `*.tf.json` carry `required_version`; the working directory is always read. */
  moduleDirs?: readonly string[];
}

/** Reads the files `requestVersion` decides from. File names in the result are relative to `workingDir`. */
export async function readVersionSources(
  tool: ToolName,
  locations: SourceLocations,
): Promise<VersionSources> {
  const workingDir = resolve(locations.workingDir);
  const files: Record<string, string> = {};
  for (const name of [TOOLS[tool].versionFile, ".tool-versions"]) {
    const text = await readIfPresent(join(workingDir, name));
    if (text !== undefined) files[name] = text;
  }
  const requiredVersions: RequiredVersion[] = [];
  const problems: string[] = [];
  const dirs = new Set([workingDir, ...(locations.moduleDirs ?? []).map((dir) => resolve(workingDir, dir))]);
  for (const dir of dirs) {
    const names = (await readdir(dir))
      .filter((name) => name.endsWith(".tf") || name.endsWith(".tf.json"))
      .sort();
    for (const name of names) {
      const path = join(dir, name);
      const result = findRequiredVersions(relative(workingDir, path), await readFile(path, "utf8"));
      requiredVersions.push(...result.found);
      problems.push(...result.problems);
    }
  }
  const sources: VersionSources = { files, requiredVersions, problems };
  if (locations.input !== undefined) sources.input = locations.input;
  if (locations.settings) sources.settings = locations.settings;
  return sources;
}

/** A file's text, or undefined when it does not exist; any other read error is thrown. */
async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
