import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePorts } from "./control-plane/processes.js";

/** A real PostgreSQL server on loopback for the `pg` state backend, run as the postgres user. */
export interface Postgres {
  connectionString: string;
  stop(): void;
}

export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).sort().at(-1) : undefined;
  const dir = version ? join(root, version, "bin") : undefined;
  return dir && existsSync(join(dir, "initdb")) ? dir : undefined;
}

export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBinDir();
  if (!bin)
    throw new Error(
      "PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)",
    );
  const dir = mkdtempSync(join(tmpdir(), "nodepool-pg-"));
  chownSync(dir, uid("postgres"), gid("postgres"));
  const data = join(dir, "data");
  const asPostgres = (command: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], {
      stdio: "pipe",
      encoding: "utf8",
    });
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "nodepool", "--no-sync"]);
  const [port = 0] = await freePorts(1);
  asPostgres("pg_ctl", [
    "-D",
    data,
    "-w",
    "-l",
    join(dir, "log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "start",
  ]);
  asPostgres("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "nodepool", "states"]);
  return {
    connectionString: `postgres://nodepool@127.0.0.1:${port}/states?sslmode=disable`,
    stop() {
      spawnSync(
        "runuser",
        ["-u", "postgres", "--", join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"],
        { stdio: "ignore" },
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function uid(user: string): number {
  return Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
}

function gid(user: string): number {
  return Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
}
