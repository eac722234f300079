import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { delimiter, isAbsolute, join } from "node:path";
import { getExecOutput } from "@actions/exec";

export type BinaryVersion = { ok: true; version: string } | { ok: false; problem: string };

/** The first executable named `exe` in a PATH-style list of folders, as a shell would find it. */
export async function findOnPath(exe: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(delimiter)) {
    // An empty or relative entry would mean the current directory: never trusted here.
    if (!dir || !isAbsolute(dir)) continue;
    const candidate = join(dir, exe);
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile()) continue;
    const executable = await access(candidate, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (executable) return candidate;
  }
  return undefined;
}

/** What `<binary> version -json` reports (`terraform_version`, also printed by tofu). */
export async function readBinaryVersion(path: string): Promise<BinaryVersion> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Without this, `version` asks checkpoint-api.hashicorp.com whether it is outdated.
  env.CHECKPOINT_DISABLE = "1";
  let output: { exitCode: number; stdout: string; stderr: string };
  try {
    output = await getExecOutput(path, ["version", "-json"], { ignoreReturnCode: true, silent: true, env });
  } catch (error) {
    return { ok: false, problem: `cannot run ${path}: ${(error as Error).message}` };
  }
  if (output.exitCode !== 0) {
    return { ok: false, problem: `${path} version -json exited ${output.exitCode}: ${output.stderr.trim()}` };
  }
  try {
    const parsed = JSON.parse(output.stdout) as { terraform_version?: unknown };
    if (typeof parsed.terraform_version === "string") return { ok: true, version: parsed.terraform_version };
  } catch {
    // reported below with the output itself
  }
  return { ok: false, problem: `${path} version -json printed no version: ${output.stdout.slice(0, 200)}` };
}
