import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/**
 * The real binaries built by scripts/toolchain.sh. Tests that need one skip with the reason
 * when it is absent, and fail instead when NODEPOOL_REQUIRE_TOOLCHAIN=1 (as in .ci/run).
 */
export interface Toolchain {
  dir: string;
  /** PATH with the toolchain first and TF_CLI_CONFIG_FILE naming its provider mirror. */
  env: Record<string, string>;
  bin(name: string): string | undefined;
}

let cached: Toolchain | undefined;

export function toolchain(): Toolchain {
  if (cached) return cached;
  const printed = execFileSync("bash", ["scripts/toolchain.sh", "--print-env"], { encoding: "utf8" });
  const env: Record<string, string> = {};
  for (const line of printed.split("\n")) {
    const match = /^export ([A-Z_]+)=(.*)$/.exec(line.trim());
    if (!match?.[1] || match[2] === undefined) continue;
    env[match[1]] = match[2].replace(/"\$PATH"|\$PATH/, process.env.PATH ?? "").replace(/^"|"$/g, "");
  }
  const dir = env.NODEPOOL_TOOLCHAIN_DIR ?? "";
  cached = {
    dir,
    env,
    bin: (name) => {
      const path = join(dir, "bin", name);
      return existsSync(path) ? path : undefined;
    },
  };
  return cached;
}

/** `describe.skipIf(missing(...))`: the reason when a binary is absent; throws when it is required. */
export function missing(...names: string[]): string | false {
  const absent = names.filter((name) => !toolchain().bin(name));
  if (absent.length === 0) return false;
  const reason = `toolchain binaries not built: ${absent.join(", ")} (run scripts/toolchain.sh)`;
  if (process.env.NODEPOOL_REQUIRE_TOOLCHAIN === "1")
    throw new Error(`${reason}; NODEPOOL_REQUIRE_TOOLCHAIN=1 requires them`);
  console.warn(`skipped: ${reason}`);
  return reason;
}

/** The tools every end-to-end run of the runner goes through: the one we pin, and the current OpenTofu. */
export const RUNNER_TOOLS = [
  { name: "Terraform 1.8.5", tool: "terraform", bin: "terraform" },
  { name: "OpenTofu 1.12.6", tool: "tofu", bin: "tofu-current" },
] as const;
