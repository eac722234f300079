import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePorts, untilListening } from "./control-plane/processes.js";

/** tinyproxy (Debian package), the kind of forward proxy self-hosted runners sit behind. */
export interface ForwardProxy {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** What it forwarded so far, one line per request: `CONNECT host:port` or `GET url`. */
  forwarded(): string[];
  stop(): Promise<void>;
}

const BINARY = "/usr/bin/tinyproxy";

/** `describe.skipIf(tinyproxyMissing())`: the reason when it is absent; throws when it is required. */
export function tinyproxyMissing(): string | false {
  if (existsSync(BINARY)) return false;
  const reason = "tinyproxy not installed (apt-get install tinyproxy; .ci/run does)";
  if (process.env.NODEPOOL_REQUIRE_TOOLCHAIN === "1")
    throw new Error(`${reason}; NODEPOOL_REQUIRE_TOOLCHAIN=1 requires it`);
  console.warn(`skipped: ${reason}`);
  return reason;
}

/** `basicAuth`: the proxy then refuses clients without these credentials (407). */
export async function startTinyproxy(basicAuth?: { user: string; password: string }): Promise<ForwardProxy> {
  const [port = 0] = await freePorts(1);
  const dir = mkdtempSync(join(tmpdir(), "nodepool-tinyproxy-"));
  const config = join(dir, "tinyproxy.conf");
  const log = join(dir, "tinyproxy.log");
  writeFileSync(
    config,
    `Port ${port}\nListen 127.0.0.1\nTimeout 30\nAllow 127.0.0.1\nLogFile "${log}"\nLogLevel Connect\n${
      basicAuth ? `BasicAuth ${basicAuth.user} ${basicAuth.password}\n` : ""
    }`,
  );
  const child: ChildProcess = spawn(BINARY, ["-d", "-c", config], { stdio: "ignore" });
  await untilListening(child, port, "tinyproxy");
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded: () =>
      (existsSync(log) ? readFileSync(log, "utf8") : "")
        .split("\n")
        .flatMap((line) => /Request \(file descriptor \d+\): (\S+ \S+)/.exec(line)?.[1] ?? []),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}
