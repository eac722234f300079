import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InstallError } from "../../../src/terraform/install/install-error.js";
import { type InstallOptions, installTool } from "../../../src/terraform/install/install-tool.js";
import { keepEnv } from "../../support/env.js";
import { missing, toolchain } from "../../support/toolchain.js";
import { publish, releasePaths, zipAs } from "./support/publish.js";
import { cutOffAfter, type ReleaseServer, stallAfter, startReleaseServer } from "./support/release-server.js";
import { createSigner, type TestSigner } from "./support/signing.js";
import { findZip, ZIP_MISSING } from "./support/zip.js";

// The real terraform 1.8.5 built by scripts/toolchain.sh, zipped once for this file (~30 MB) and
// served from loopback as a mirror would. Without the build (or zip) these tests are skipped,
// saying why, unless NODEPOOL_REQUIRE_TOOLCHAIN=1 makes that a failure.

/** The version scripts/toolchain.sh builds. */
const VERSION = "1.8.5";
const zip = findZip();
const skip = missing(`terraform-${VERSION}`) || (zip ? false : zipMissing());
const restoreEnv = keepEnv("RUNNER_TOOL_CACHE", "RUNNER_TEMP");
const paths = releasePaths("terraform", VERSION);

let work: string;
let terraform: string;
let server: ReleaseServer;
let publisher: TestSigner;
let archive: Uint8Array;
let lines: string[];

function install(overrides: Partial<InstallOptions> = {}) {
  return installTool({
    tool: "terraform",
    version: VERSION,
    downloadUrl: server.url,
    platform: { os: "linux", arch: "amd64" },
    searchPath: "",
    trustedKeys: [publisher.trusted],
    limits: { stallTimeoutMs: 2_000, totalTimeoutMs: 8_000 },
    retry: { attempts: 1, delayMs: 10 },
    log: (line) => lines.push(line),
    ...overrides,
  });
}

/** Like test/support/toolchain.ts `missing`: a reason to skip, or a failure when the toolchain is required. */
function zipMissing(): string {
  if (process.env.NODEPOOL_REQUIRE_TOOLCHAIN === "1")
    throw new Error(`${ZIP_MISSING}; NODEPOOL_REQUIRE_TOOLCHAIN=1 requires it`);
  console.warn(`skipped: ${ZIP_MISSING}`);
  return ZIP_MISSING;
}

function reportedVersion(path: string): unknown {
  // Our own empty CLI config: the environment may name one that does not exist.
  const env = { ...process.env, CHECKPOINT_DISABLE: "1", TF_CLI_CONFIG_FILE: join(work, "empty.tfrc") };
  const out = execFileSync(path, ["version", "-json"], { encoding: "utf8", env });
  return (JSON.parse(out) as { terraform_version?: unknown }).terraform_version;
}

describe.skipIf(skip)(
  `installTool with the real terraform ${VERSION}${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    beforeAll(async () => {
      terraform = toolchain().bin(`terraform-${VERSION}`) ?? "";
      // Both are present when the suite runs: `skip` holds the reason otherwise.
      if (!zip || !terraform) throw new Error(`terraform-${VERSION} or zip vanished`);
      work = await mkdtemp(join(tmpdir(), "install-terraform-"));
      archive = await zipAs(zip, terraform, "terraform", work);
      publisher = await createSigner("Test Publisher");
      server = await startReleaseServer();
      process.env.RUNNER_TEMP = join(work, "temp");
      await mkdir(process.env.RUNNER_TEMP);
      await writeFile(join(work, "empty.tfrc"), "");
    });

    afterAll(async () => {
      await server?.close();
      restoreEnv();
      if (work) await rm(work, { recursive: true, force: true });
    });

    beforeEach(async () => {
      process.env.RUNNER_TOOL_CACHE = await mkdtemp(join(work, "cache-"));
      server.routes.clear();
      server.requests.length = 0;
      lines = [];
      await publish(server, { tool: "terraform", version: VERSION, archive, signer: publisher });
    });

    it("downloads, verifies and caches a binary that runs, then installs again from the cache alone", async () => {
      const installed = await install();
      expect(installed).toMatchObject({ tool: "terraform", version: VERSION, source: "download" });
      expect(reportedVersion(installed.path)).toBe(VERSION);
      expect(server.requests).toEqual([paths.sums, paths.signature, paths.archive]);
      expect(lines.find((line) => line.startsWith("terraform_1.8.5_linux_amd64.zip:"))).toMatch(
        /^terraform_1\.8\.5_linux_amd64\.zip: \d+ bytes, sha256 matches terraform_1\.8\.5_SHA256SUMS$/,
      );

      const again = await install();
      expect(again).toMatchObject({ source: "cache", path: installed.path });
      expect(server.requests).toHaveLength(3);
      expect(reportedVersion(again.path)).toBe(VERSION);
    });

    it("reuses the same version already on PATH without any request", async () => {
      const bin = join(work, "on-path");
      await mkdir(bin, { recursive: true });
      await symlink(terraform, join(bin, "terraform"));
      const installed = await install({ searchPath: bin });
      expect(installed).toMatchObject({ source: "path", path: join(bin, "terraform") });
      expect(server.requests).toEqual([]);
    });

    it("fails with a timeout when the server stalls halfway through the archive", async () => {
      server.routes.set(paths.archive, stallAfter(archive, Math.floor(archive.byteLength / 2)));
      const started = Date.now();
      const error = await install({ limits: { stallTimeoutMs: 500, totalTimeoutMs: 8_000 } }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InstallError);
      expect(error).toMatchObject({ reason: "timeout", url: `${server.url}${paths.archive}` });
      expect(Date.now() - started).toBeLessThan(3_000);
    });

    it("fails as truncated when the connection drops before the announced length", async () => {
      server.routes.set(paths.archive, cutOffAfter(archive, Math.floor(archive.byteLength / 3)));
      const error = await install().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InstallError);
      expect(error).toMatchObject({ reason: "truncated" });
      expect((error as Error).message).toMatch(
        /broke off after \d+ of \d+ bytes|ended after \d+ of \d+ bytes/,
      );
    });
  },
);
