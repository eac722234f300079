import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * `npm install -g` of the package as npm packs it: the CLI runs from the bundle alone, so the
 * install needs no registry (here: --offline) and brings no dependencies.
 */
describe("the npm package", () => {
  let prefix: string;
  const run = (command: string, args: string[], cwd: string) => {
    const result = spawnSync(command, args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, GITHUB_ACTIONS: "" },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "nodepool-package-"));
    const packed = run("npm", ["pack", "--silent", "--pack-destination", dir], process.cwd());
    expect(packed.code, packed.stderr).toBe(0);
    prefix = join(dir, "prefix");
    const tarball = join(dir, packed.stdout.trim().split("\n").pop() ?? "");
    const installed = run(
      "npm",
      ["install", "--global", "--prefix", prefix, "--offline", "--no-audit", "--no-fund", tarball],
      dir,
    );
    expect(installed.code, installed.stderr).toBe(0);
  }, 120_000);

  it("installs with no dependency to download", () => {
    const root = join(prefix, "lib", "node_modules", "nodepool-action");
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(existsSync(join(root, "node_modules"))).toBe(false);
  });

  it("puts nodepool on PATH, which validates and renders a pools folder with its own modules", () => {
    const bin = join(prefix, "bin", "nodepool");
    const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;
    expect(run(bin, ["--version"], tmpdir()).stdout).toBe(`nodepool ${version}\n`);
    const work = mkdtempSync(join(tmpdir(), "nodepool-package-pools-"));
    cpSync("pools", join(work, "pools"), { recursive: true });
    const validated = run(bin, ["validate"], work);
    expect(validated.code, validated.stderr).toBe(0);
    const rendered = run(bin, ["render"], work);
    expect(rendered.code, rendered.stderr).toBe(0);
    const first = /^rendered (\S+)$/m.exec(rendered.stdout)?.[1] ?? "";
    // The workspace carries the modules shipped in the package, beside dist/.
    expect(existsSync(join(work, first, "modules", "pool", "main.tf"))).toBe(true);
  });
});
