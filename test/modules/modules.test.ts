import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { missing, toolchain } from "../support/toolchain.js";

/**
 * modules/test.sh: fmt, validate (module and example), README tables and `terraform test`
 * (mock providers) for every module, against the real provider schemas. The two tools run one
 * after the other: they share the modules' .terraform folders.
 */
function moduleChecks(tool: "terraform" | "tofu" | "tofu-current") {
  const run = spawnSync("bash", ["modules/test.sh"], {
    env: { ...process.env, ...toolchain().env, TF: toolchain().bin(tool) as string },
    encoding: "utf8",
    timeout: 8 * 60_000,
  });
  return { code: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe.skipIf(missing("terraform", "tofu", "tofu-current"))("the Terraform modules", () => {
  it("pass fmt, validate and every terraform test run with Terraform 1.8.5", () => {
    const { code, output } = moduleChecks("terraform");
    expect(output).not.toMatch(/^FAIL: /m);
    expect(code, output.slice(-3000)).toBe(0);
    // 5 modules' test files ran, each reporting success.
    expect(output.match(/Success! \d+ passed, 0 failed\./g)).toHaveLength(5);
  }, 480_000);

  it("validate with OpenTofu 1.12.6", () => {
    const { code, output } = moduleChecks("tofu-current");
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).toContain("all checks passed with OpenTofu v1.12.6");
  }, 480_000);

  it("validate with OpenTofu 1.6.3", () => {
    const { code, output } = moduleChecks("tofu");
    expect(code, output.slice(-3000)).toBe(0);
    expect(output).toContain("all checks passed with OpenTofu v1.6.3");
  }, 480_000);
});
