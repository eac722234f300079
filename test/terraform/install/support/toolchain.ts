import { execFileSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join, resolve } from "node:path";

/** The version scripts/toolchain.sh builds. */
export const TOOLCHAIN_TERRAFORM_VERSION = "1.8.5";

/** NODEPOOL_REQUIRE_TOOLCHAIN=1 (CI) turns "toolchain missing" from a skip into a failure. */
export const REQUIRE_TOOLCHAIN = process.env.NODEPOOL_REQUIRE_TOOLCHAIN === "1";

export type Toolchain = { available: true; terraform: string } | { available: false; reason: string };

const SCRIPT = resolve(import.meta.dirname, "../../../../scripts/toolchain.sh");

/**
 * The terraform built by scripts/toolchain.sh: $NODEPOOL_TOOLCHAIN_DIR/bin/terraform-1.8.5, the
 * folder taken from the script's `--print-env` (which builds nothing) when the variable is unset.
 */
export function findToolchain(): Toolchain {
  let dir = process.env.NODEPOOL_TOOLCHAIN_DIR;
  if (!dir) {
    try {
      const env = execFileSync("bash", [SCRIPT, "--print-env"], { encoding: "utf8", timeout: 10_000 });
      dir = /^export NODEPOOL_TOOLCHAIN_DIR=(.+)$/m.exec(env)?.[1]?.replace(/^'(.*)'$/, "$1");
    } catch (error) {
      return { available: false, reason: `${SCRIPT} --print-env failed: ${(error as Error).message}` };
    }
  }
  if (!dir) return { available: false, reason: "scripts/toolchain.sh --print-env named no NODEPOOL_TOOLCHAIN_DIR" };
  const terraform = join(dir, "bin", `terraform-${TOOLCHAIN_TERRAFORM_VERSION}`);
  if (!isExecutable(terraform)) {
    return { available: false, reason: `${terraform} is not built yet (run scripts/toolchain.sh terraform)` };
  }
  return { available: true, terraform };
}

/** `zip`, which the tests use to pack archives as the publishers do. */
export function findZip(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && isExecutable(join(dir, "zip"))) return join(dir, "zip");
  }
  return undefined;
}

export const ZIP_MISSING = "the zip command is not installed (apt-get install -y zip)";

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
