// Shared pieces of the benchmark: bundling project source, finding the toolchain, running
// processes, printing figures.
import { execFile, spawn } from "node:child_process";
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import * as net from "node:net";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as zlib from "node:zlib";
import { build } from "esbuild";
import { esbuildOptions } from "../scripts/esbuild-options.mjs";

/** The repository root (bench/..). */
export const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Bundles one TypeScript entry point of the project into a folder of `work`, split into chunks as
 * `npm run build` splits the CLI; returns the entry's path.
 */
export async function bundle(work, entry) {
  const name = entry.replaceAll("/", "_").replace(/\.ts$/, "");
  const outdir = join(work, name);
  await build({
    ...esbuildOptions,
    entryPoints: { [name]: join(root, entry) },
    outdir,
    splitting: true,
    outExtension: { ".js": ".mjs" },
  });
  return join(outdir, `${name}.mjs`);
}

/**
 * Bundles the named exports of project modules into one file and imports it: one copy of each
 * module (one compiled schema, one runner) for every section. `exports` maps a source file under
 * src/ to the names it exports.
 */
export async function bundleExports(work, name, exports) {
  const contents = Object.entries(exports)
    .map(([file, names]) => `export { ${names.join(", ")} } from "./src/${file}";`)
    .join("\n");
  const outfile = join(work, `${name}.mjs`);
  await build({
    ...esbuildOptions,
    stdin: { contents, resolveDir: root, sourcefile: `bench-${name}.ts`, loader: "ts" },
    outfile,
  });
  return { path: outfile, module: await import(pathToFileURL(outfile).href) };
}

/**
 * The pinned toolchain, found the way developers find it: `bash scripts/toolchain.sh --print-env`,
 * whose `export NAME=VALUE` lines are applied on top of this process's environment.
 */
export async function findToolchain() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  const problems = [];
  const printed = await run("bash", [join(root, "scripts/toolchain.sh"), "--print-env"], { cwd: root, env });
  if (printed.code !== 0) {
    problems.push(`scripts/toolchain.sh --print-env failed: ${printed.stderr.trim().split("\n")[0]}`);
  } else {
    for (const line of printed.stdout.split("\n")) {
      const match = /^export ([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
      if (!match) continue;
      // Values are plain or double-quoted words, and may refer to variables such as "$PATH".
      const raw = (match[2] ?? "").replaceAll('"', "");
      env[match[1]] = raw.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name) => env[name] ?? "");
    }
  }
  // Providers of the pinned builds: the filesystem mirror named by the toolchain's CLI config.
  let mirror;
  const config = env.TF_CLI_CONFIG_FILE;
  if (config && existsSync(config)) mirror = /path\s*=\s*"([^"]+)"/.exec(readFileSync(config, "utf8"))?.[1];
  mirror ??= env.NODEPOOL_TOOLCHAIN_DIR && join(env.NODEPOOL_TOOLCHAIN_DIR, "mirror");
  const terraform = await findTool("terraform", env);
  const tofu = await findTool("tofu", env);
  const proxmox = mirror ? findProvider(mirror, "registry.terraform.io", "bpg", "proxmox") : undefined;
  // The fleet section's: our vSphere module's provider (source vmware/vsphere) and the simulator.
  // Neither is a problem for the other sections when missing.
  const vsphere = mirror ? findProvider(mirror, "registry.terraform.io", "vmware", "vsphere") : undefined;
  const vcsim = findExecutable("vcsim", env);
  if (!terraform)
    problems.push(
      `terraform is missing from ${env.NODEPOOL_TOOLCHAIN_DIR ? join(env.NODEPOOL_TOOLCHAIN_DIR, "bin") : "PATH"} (bash scripts/toolchain.sh builds it)`,
    );
  if (!proxmox)
    problems.push(
      `bpg/proxmox is not in the provider mirror ${mirror ?? "(none found)"} (scripts/toolchain.sh)`,
    );
  // The benchmark writes its own CLI config; an inherited cache would hide the installation cost.
  delete env.TF_CLI_CONFIG_FILE;
  delete env.TF_PLUGIN_CACHE_DIR;
  delete env.TF_DATA_DIR;
  return { env, terraform, tofu, proxmox, vsphere, vcsim, problems };
}

/** The path of an executable of the pinned toolchain's bin/ folder (else on PATH), not run. */
function findExecutable(name, env) {
  const dirs = env.NODEPOOL_TOOLCHAIN_DIR
    ? [join(env.NODEPOOL_TOOLCHAIN_DIR, "bin")]
    : (env.PATH ?? "").split(delimiter);
  for (const dir of dirs) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {}
  }
  return undefined;
}

/**
 * A tool of the pinned toolchain: from its bin/ folder when the toolchain names one (a newer
 * terraform elsewhere on PATH, such as /usr/local/bin, is not the pinned build), else on PATH.
 */
async function findTool(name, env) {
  const dirs = env.NODEPOOL_TOOLCHAIN_DIR
    ? [join(env.NODEPOOL_TOOLCHAIN_DIR, "bin")]
    : (env.PATH ?? "").split(delimiter);
  for (const dir of dirs) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
    } catch {
      continue;
    }
    const version = await run(path, ["version", "-json"], { cwd: root, env });
    const parsed = version.code === 0 ? JSON.parse(version.stdout) : {};
    return { path, version: parsed.terraform_version ?? "unknown" };
  }
  return undefined;
}

/** The newest build of a provider in an unpacked mirror (HOST/NAMESPACE/TYPE/VERSION/OS_ARCH/). */
function findProvider(mirror, host, namespace, type) {
  const dir = join(mirror, host, namespace, type);
  if (!existsSync(dir)) return undefined;
  const versions = readdirSync(dir).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const version of versions.reverse()) {
    const binary = join(dir, version, "linux_amd64", `terraform-provider-${type}_v${version}`);
    if (existsSync(binary)) return { namespace, type, version, binary };
  }
  return undefined;
}

/**
 * A packed filesystem mirror (HOST/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip)
 * holding `provider`, and a CLI config using only it. Registries serve zips: with the packed
 * layout `init` unzips the provider as it does from a registry, where the unpacked mirror of the
 * toolchain would only be symlinked.
 */
export function packedMirror(work, provider) {
  const dir = join(work, "mirror", "registry.terraform.io", provider.namespace, provider.type);
  const zip = join(dir, `terraform-provider-${provider.type}_${provider.version}_linux_amd64.zip`);
  writeZip(zip, `terraform-provider-${provider.type}_v${provider.version}`, readFileSync(provider.binary));
  const config = join(work, "packed-mirror.tfrc");
  writeFileSync(
    config,
    `disable_checkpoint = true
provider_installation {
  filesystem_mirror {
    path    = "${join(work, "mirror")}"
    include = ["registry.terraform.io/${provider.namespace}/${provider.type}"]
  }
}
`,
  );
  return config;
}

/** A zip archive of one executable file, deflated as registries serve providers. */
function writeZip(path, name, data) {
  const nameBytes = Buffer.from(name);
  const compressed = zlib.deflateRawSync(data);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(0, 6); // flags
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt16LE(0, 10); // time
  local.writeUInt16LE(0x21, 12); // date: 1980-01-01
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(compressed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix: the external attributes hold the mode
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt16LE(0, 12);
  central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE((0o100755 << 16) >>> 0, 38);
  central.writeUInt32LE(0, 42); // offset of the local header
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + compressed.length, 16);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, Buffer.concat([local, nameBytes, compressed, central, nameBytes, end]));
}

let crcTable;
function crc32(data) {
  if (typeof zlib.crc32 === "function") return zlib.crc32(data) >>> 0;
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Runs a process without blocking the event loop; the exit code is data. */
export function run(file, args, { cwd, env }) {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      resolve({
        code,
        stdout,
        stderr: stderr || (error && !stderr ? String(error) : ""),
        ms: performance.now() - started,
      });
    });
  });
}

/**
 * Runs a shell command line under bash's `time`, its output discarded: the exit code and the
 * CPU (user + system, children included) and wall milliseconds.
 */
export async function runTimed(command, { cwd, env }) {
  const result = await run("bash", ["-c", `TIMEFORMAT='%U %S %R'; time ${command} >/dev/null`], { cwd, env });
  const [user, sys, real] = result.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  return { code: result.code, stderr: result.stderr, cpuMs: (user + sys) * 1000, wallMs: real * 1000 };
}

/** Wall time of `task` in milliseconds, with its result. */
export async function timed(task) {
  const started = performance.now();
  const value = await task();
  return { ms: performance.now() - started, value };
}

/** One printed figure: what it is, its value, its unit. */
export function figure(label, value, unit) {
  const digits = unit === "ms" || unit === "MiB" || unit === "calls" ? 0 : unit === "s" ? 2 : 1;
  console.log(`  ${label.padEnd(72)} ${value.toFixed(digits).padStart(9)} ${unit}`);
}

export function heading(text) {
  console.log(`\n${text}`);
}

export function note(text) {
  console.log(`    ${text}`);
}

export function skip(section, why) {
  console.log(`\n${section}\n  SKIPPED: ${why}`);
}

/**
 * A TCP listener standing in for the Proxmox API: it counts connections and closes them at once,
 * so a provider that tried to reach its endpoint would fail and be seen.
 */
export async function endpointCounter() {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.destroy();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `https://127.0.0.1:${port}/`,
    connections: () => connections,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * `task`'s wall time and the peak resident memory of the whole run: this process plus every
 * terraform and provider process alive at once, summed, sampled every 100 ms from /proc.
 */
export async function timedWithPeakMemory(task) {
  const { readdirSync, readFileSync } = await import("node:fs");
  const rssOf = (pid) => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      return 0; // gone meanwhile
    }
  };
  const isTerraform = (pid) => {
    try {
      return /^(terraform|tofu)/.test(readFileSync(`/proc/${pid}/comm`, "utf8"));
    } catch {
      return false;
    }
  };
  let peak = 0;
  const sample = () => {
    const pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
    const total = rssOf(process.pid) + pids.filter(isTerraform).reduce((sum, pid) => sum + rssOf(pid), 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await timed(task);
    return { ...result, peakBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Runs a command as a whole process and measures all of it: wall time, CPU (user + system of the
 * command and every process it waited for, from bash's `time`) and the peak resident memory of its
 * process tree (the command and all its descendants alive at once, summed, sampled every 100 ms
 * from /proc). The same samples split the CPU by program name (the last figure seen of each
 * process: a process's final 100 ms, and one that lives less, are missed). Its output goes to
 * files, so that `time` alone writes to bash's stderr.
 */
export async function runTreeMeasured(file, args, { cwd, env, stdoutPath, stderrPath }) {
  const script = 'TIMEFORMAT="%U %S"; { time "$@" >"$BENCH_OUT" 2>"$BENCH_ERR"; } 2>&1';
  const started = performance.now();
  const child = spawn("bash", ["-c", script, "bash", file, ...args], {
    cwd,
    env: { ...env, BENCH_OUT: stdoutPath, BENCH_ERR: stderrPath },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let times = "";
  child.stdout.on("data", (chunk) => {
    times += chunk;
  });
  const rssOf = (pid) => {
    try {
      return (
        Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024
      );
    } catch {
      return 0;
    }
  };
  let peak = 0;
  let most = 0;
  /** Per process (pid and start time, as pids are reused): its name and CPU ms when last seen. */
  const seen = new Map();
  const sample = () => {
    const procs = new Map();
    for (const name of readdirSync("/proc")) {
      if (!/^\d+$/.test(name)) continue;
      const found = processStat(name);
      if (found) procs.set(Number(name), found);
    }
    const tree = new Set([child.pid]);
    // Parents may come after their children in /proc's order: repeat until nothing is added.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, { ppid }] of procs)
        if (!tree.has(pid) && tree.has(ppid)) {
          tree.add(pid);
          grew = true;
        }
    }
    let total = 0;
    for (const pid of tree) {
      total += rssOf(pid);
      const found = procs.get(pid);
      if (found) seen.set(`${pid}@${found.start}`, found);
    }
    peak = Math.max(peak, total);
    most = Math.max(most, tree.size);
  };
  const timer = setInterval(sample, 100);
  try {
    const code = await new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (exit) => resolve(exit ?? 1));
    });
    const [user, sys] = times.trim().split("\n").at(-1).split(" ").map(Number);
    const cpuByName = {};
    for (const { comm, cpuMs } of seen.values()) cpuByName[comm] = (cpuByName[comm] ?? 0) + cpuMs;
    return {
      code,
      ms: performance.now() - started,
      cpuMs: (user + sys) * 1000,
      cpuByName,
      peakBytes: peak,
      processes: most,
      stdout: readFileSync(stdoutPath, "utf8"),
      stderr: readFileSync(stderrPath, "utf8"),
    };
  } finally {
    clearInterval(timer);
  }
}

/**
 * A process's parent, name, start time and CPU milliseconds so far (user + system), from
 * /proc/PID/stat; undefined when it is gone. Clock ticks are 100 a second on Linux.
 */
function processStat(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined; // gone meanwhile
  }
  // "pid (comm) state ppid ...": comm may hold spaces and parentheses. fields[0] is field 3 of
  // stat(5): ppid is 4, utime 14, stime 15, starttime 22.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return {
    ppid: Number(fields[1]),
    comm: text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")),
    cpuMs: (Number(fields[11]) + Number(fields[12])) * 10,
    start: fields[19],
  };
}

/** CPU milliseconds (user + system) a running process has used so far, from /proc. */
export function processCpuMs(pid) {
  return processStat(pid)?.cpuMs;
}
