import { getExecOutput } from "@actions/exec";

export interface TerraformBinary {
  tool: "terraform" | "tofu";
  /** Absolute path of the executable. */
  path: string;
  /** Exact version, when known (the action installs one); part of the reviewed plan's hash. */
  version?: string;
}

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Environment every run gets: no prompts, no version checks, output meant for machines. */
const AUTOMATION_ENV = { TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };

/**
 * For commands that end within seconds (init, plan, show), terraform and the providers it starts
 * need not collect garbage before they exit: that is about a quarter of their CPU here. A soft limit
 * still collects in a process that grows past it. Not for apply, whose providers may run long,
 * nor when the environment sets GOGC or GOMEMLIMIT itself.
 */
export const SHORT_LIVED_GO_ENV = { GOGC: "off", GOMEMLIMIT: "512MiB" };

/**
 * Runs one terraform/tofu command, capturing its output. The exit code is data (plan's
 * -detailed-exitcode uses 2 for "changes"), so a non-zero exit is not an exception.
 */
export async function runCommand(
  binary: TerraformBinary,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>>,
  { shortLived = false }: { shortLived?: boolean } = {},
): Promise<CommandResult> {
  const goTuned = process.env.GOGC !== undefined || process.env.GOMEMLIMIT !== undefined;
  const merged: Record<string, string> = shortLived && !goTuned ? { ...SHORT_LIVED_GO_ENV } : {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) merged[key] = value;
  const result = await getExecOutput(binary.path, [...args], {
    cwd,
    env: { ...merged, ...AUTOMATION_ENV, ...env },
    ignoreReturnCode: true,
    silent: true,
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
