import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCommand } from "../../src/terraform/run-command.js";
import { keepEnv } from "../support/env.js";

/** An executable that prints the Go runtime settings it was started with. */
function goEnvPrinter(): { tool: "terraform"; path: string } {
  const path = join(mkdtempSync(join(tmpdir(), "nodepool-run-command-")), "terraform");
  writeFileSync(path, '#!/bin/sh\necho "GOGC=${GOGC:-unset} GOMEMLIMIT=${GOMEMLIMIT:-unset}"\n');
  chmodSync(path, 0o755);
  return { tool: "terraform", path };
}

describe("runCommand", () => {
  afterEach(keepEnv("GOGC", "GOMEMLIMIT"));

  it("starts short-lived commands without Go garbage collection below a soft memory limit", async () => {
    delete process.env.GOGC;
    delete process.env.GOMEMLIMIT;
    const binary = goEnvPrinter();
    const short = await runCommand(binary, [], tmpdir(), {}, { shortLived: true });
    expect(short.stdout.trim()).toBe("GOGC=off GOMEMLIMIT=512MiB");
    const long = await runCommand(binary, [], tmpdir(), {});
    expect(long.stdout.trim()).toBe("GOGC=unset GOMEMLIMIT=unset");
    // Many at once: each gets its share of the memory budget (runBudget).
    const shared = await runCommand(binary, [], tmpdir(), {}, { shortLived: true, goMemoryLimitMiB: 192 });
    expect(shared.stdout.trim()).toBe("GOGC=off GOMEMLIMIT=192MiB");
  });

  it("leaves Go runtime settings of the environment alone", async () => {
    process.env.GOGC = "150";
    delete process.env.GOMEMLIMIT;
    const result = await runCommand(goEnvPrinter(), [], tmpdir(), {}, { shortLived: true });
    expect(result.stdout.trim()).toBe("GOGC=150 GOMEMLIMIT=unset");
  });
});
