import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

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
 *
 * Cancellation: terraform stops cleanly on one SIGINT (finishing what it started, saving state,
 * releasing its lock) and hard on a second. It runs in its own process group, so a signal sent to
 * our group (Ctrl-C in a terminal) does not reach it twice; `signal` passes exactly one SIGINT on.
 */
export async function runCommand(
  binary: TerraformBinary,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string>>,
  {
    shortLived = false,
    goMemoryLimitMiB = 512,
    signal,
    onLine,
  }: {
    shortLived?: boolean;
    /** GOMEMLIMIT of a short-lived command (see runBudget). */
    goMemoryLimitMiB?: number | undefined;
    signal?: AbortSignal | undefined;
    /** Each line of stdout as it comes, for progress; the whole output is still returned. */
    onLine?: ((line: string) => void) | undefined;
  } = {},
): Promise<CommandResult> {
  if (signal?.aborted) return { exitCode: 130, stdout: "", stderr: "cancelled before it started" };
  const goTuned = process.env.GOGC !== undefined || process.env.GOMEMLIMIT !== undefined;
  const merged: Record<string, string> =
    shortLived && !goTuned ? { ...SHORT_LIVED_GO_ENV, GOMEMLIMIT: `${goMemoryLimitMiB}MiB` } : {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) merged[key] = value;
  const child = spawn(binary.path, [...args], {
    cwd,
    env: { ...merged, ...AUTOMATION_ENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const interrupt = () => child.kill("SIGINT");
  signal?.addEventListener("abort", interrupt, { once: true });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  if (onLine)
    createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY }).on("line", onLine);
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  try {
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code, killedBy) => resolve(code ?? (killedBy ? 128 : 1)));
    });
    return {
      exitCode,
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8"),
    };
  } finally {
    signal?.removeEventListener("abort", interrupt);
  }
}
