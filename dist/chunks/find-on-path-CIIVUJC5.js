import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  getExecOutput
} from "./chunk-QNPYPC56.js";
import "./chunk-ORUZ7EY6.js";

// src/terraform/install/find-on-path.ts
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, isAbsolute, join } from "node:path";
async function findOnPath(exe, searchPath) {
  for (const dir of searchPath.split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, exe);
    const info = await stat(candidate).catch(() => void 0);
    if (!info?.isFile()) continue;
    const executable = await access(candidate, constants.X_OK).then(
      () => true,
      () => false
    );
    if (executable) return candidate;
  }
  return void 0;
}
async function readBinaryVersion(path) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== void 0) env[key] = value;
  env.CHECKPOINT_DISABLE = "1";
  let output;
  try {
    output = await getExecOutput(path, ["version", "-json"], { ignoreReturnCode: true, silent: true, env });
  } catch (error) {
    return { ok: false, problem: `cannot run ${path}: ${error.message}` };
  }
  if (output.exitCode !== 0) {
    return { ok: false, problem: `${path} version -json exited ${output.exitCode}: ${output.stderr.trim()}` };
  }
  try {
    const parsed = JSON.parse(output.stdout);
    if (typeof parsed.terraform_version === "string") return { ok: true, version: parsed.terraform_version };
  } catch {
  }
  return { ok: false, problem: `${path} version -json printed no version: ${output.stdout.slice(0, 200)}` };
}
export {
  findOnPath,
  readBinaryVersion
};
