import { type ChildProcess, execFile, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { connect, createServer } from "node:net";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/**
 * Long-running test processes, each in its own process group so that stopping one also stops
 * anything it started. A process exit hook kills whatever is still running, so that a crashed or
 * interrupted test run leaves no etcd or API server behind.
 */

const running = new Set<number>();
process.once("exit", () => {
  for (const pid of running) killGroup(pid, "SIGKILL");
});

export interface Managed {
  name: string;
  child: ChildProcess;
  log: string;
  exited: Promise<number | null>;
}

export function startProcess(name: string, bin: string, args: string[], dir: string): Managed {
  const log = join(dir, `${name}.log`);
  const fd = openSync(log, "a");
  const child = spawn(bin, args, { detached: true, stdio: ["ignore", fd, fd], cwd: dir });
  closeSync(fd);
  if (child.pid === undefined) throw new Error(`${name}: could not start ${bin}`);
  const pid = child.pid;
  running.add(pid);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      running.delete(pid);
      resolve(code);
    }),
  );
  return { name, child, log, exited };
}

/** SIGTERM to the group, SIGKILL after `graceMs`. */
export async function stopProcess(managed: Managed, graceMs = 5_000): Promise<void> {
  const pid = managed.child.pid;
  if (pid === undefined || managed.child.exitCode !== null || managed.child.signalCode !== null) return;
  killGroup(pid, "SIGTERM");
  const done = await Promise.race([managed.exited.then(() => true), sleep(graceMs).then(() => false)]);
  if (!done) {
    killGroup(pid, "SIGKILL");
    await managed.exited;
  }
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export function logTail(managed: Managed, lines = 30): string {
  try {
    return readFileSync(managed.log, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Ports that were free a moment ago, distinct. */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
          const server = createServer();
          server.once("error", reject);
          server.listen(0, "127.0.0.1", () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Waits until `child` accepts connections on 127.0.0.1:`port`; kills it and throws if it never does. */
export async function untilListening(child: ChildProcess, port: number, name: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await isListening(port))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`${name} did not listen on 127.0.0.1:${port}`);
    }
    await sleep(50);
  }
}

/** Whether something accepts connections on 127.0.0.1:`port`. */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Polls `check` until true; on timeout throws with the process's log tail. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; process?: Managed },
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (options.process && options.process.child.exitCode !== null) {
      throw new Error(
        `${what}: ${options.process.name} exited (${options.process.child.exitCode}):\n${logTail(options.process)}`,
      );
    }
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > options.timeoutMs) {
      const tail = options.process ? `\n${logTail(options.process)}` : "";
      throw new Error(`${what}: not within ${options.timeoutMs} ms${tail}`);
    }
    await sleep(options.intervalMs ?? 100);
  }
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a command to completion (killed after `timeoutMs`); never throws on a non-zero exit. */
export function run(
  bin: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs?: number; cwd?: string } = {},
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      bin,
      args,
      {
        env: options.env ?? process.env,
        timeout: options.timeoutMs ?? 60_000,
        killSignal: "SIGKILL",
        maxBuffer: 16 << 20,
        ...(options.cwd ? { cwd: options.cwd } : {}),
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - started });
      },
    );
  });
}
