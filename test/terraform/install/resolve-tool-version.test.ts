import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InstallError, VersionError } from "../../../src/terraform/install/install-error.js";
import {
  type ResolveOptions,
  resolveToolVersion,
} from "../../../src/terraform/install/resolve-tool-version.js";
import { type ReleaseServer, startReleaseServer } from "./support/release-server.js";

// Version resolution end to end: files in a temporary working directory, release lists served
// from loopback in the publishers' JSON shapes.

const HASHICORP_INDEX = {
  name: "terraform",
  versions: Object.fromEntries(
    ["1.5.7", "1.8.4", "1.8.5", "1.9.0-rc1", "1.9.8", "1.10.0-alpha20240606"].map((v) => [
      v,
      { name: "terraform", version: v, shasums: `terraform_${v}_SHA256SUMS`, builds: [] },
    ]),
  ),
};
const OPENTOFU_API = {
  versions: ["1.9.0-beta1", "1.8.5", "1.7.3", "1.6.3"].map((id) => ({
    id,
    files: [`tofu_${id}_linux_amd64.zip`],
  })),
};

let server: ReleaseServer;
let dir: string;
let lines: string[];

async function files(tree: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(tree)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}

function resolve(overrides: Partial<ResolveOptions> = {}) {
  return resolveToolVersion({
    tool: "terraform",
    workingDir: dir,
    downloadUrl: server.url,
    limits: { stallTimeoutMs: 2_000, totalTimeoutMs: 5_000 },
    retry: { attempts: 1, delayMs: 10 },
    log: (line) => lines.push(line),
    ...overrides,
  });
}

beforeAll(async () => {
  server = await startReleaseServer();
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = await mkdtemp(join(tmpdir(), "resolve-version-"));
  server.routes.clear();
  server.routes.set("/terraform/index.json", new TextEncoder().encode(JSON.stringify(HASHICORP_INDEX)));
  server.routes.set("/api.json", new TextEncoder().encode(JSON.stringify(OPENTOFU_API)));
  server.requests.length = 0;
  lines = [];
});

describe("resolveToolVersion", () => {
  it("reads .terraform-version without asking for the release list", async () => {
    await files({ ".terraform-version": "1.8.4\n", ".tool-versions": "terraform 1.5.7\n" });
    expect(await resolve()).toEqual({ version: "1.8.4", source: ".terraform-version", warnings: [] });
    expect(server.requests).toEqual([]);
    expect(lines).toEqual(["Terraform 1.8.4 (.terraform-version)"]);
  });

  it("reads .opentofu-version for tofu", async () => {
    await files({ ".opentofu-version": "v1.6.3\n", ".terraform-version": "1.8.4\n" });
    expect(await resolve({ tool: "tofu" })).toMatchObject({ version: "1.6.3", source: ".opentofu-version" });
  });

  it("reads .tool-versions for either tool", async () => {
    await files({ ".tool-versions": "terraform 1.8.5\nopentofu 1.7.3\n" });
    expect(await resolve()).toMatchObject({ version: "1.8.5", source: ".tool-versions" });
    expect(await resolve({ tool: "tofu" })).toMatchObject({ version: "1.7.3", source: ".tool-versions" });
    expect(server.requests).toEqual([]);
  });

  it("prefers the input to every file", async () => {
    await files({ ".terraform-version": "1.8.4\n" });
    expect(await resolve({ input: "1.5.7" })).toMatchObject({ version: "1.5.7", source: "input" });
  });

  it("picks the newest release meeting required_version of the modules (.tf and .tf.json)", async () => {
    await files({
      "modules/vsphere/versions.tf": 'terraform {\n  required_version = ">= 1.5.0"\n}\n',
      "workspaces/pool-a/main.tf.json": JSON.stringify({ terraform: { required_version: "< 1.9.0" } }),
    });
    const resolved = await resolve({ moduleDirs: ["modules/vsphere", "workspaces/pool-a"] });
    expect(resolved).toEqual({
      version: "1.8.5",
      source: "required_version in modules/vsphere/versions.tf, workspaces/pool-a/main.tf.json",
      warnings: [],
    });
    expect(server.requests).toEqual(["/terraform/index.json"]);
  });

  it("reads OpenTofu's api.json and skips its pre-releases", async () => {
    await files({ "versions.tf": 'terraform {\n  required_version = "~> 1.6"\n}\n' });
    expect(await resolve({ tool: "tofu" })).toMatchObject({ version: "1.8.5" });
    expect(server.requests).toEqual(["/api.json"]);
  });

  it("gathers what is wrong, per file", async () => {
    await files({ ".terraform-version": "latest:^1.8\n" });
    const error = await resolve().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionError);
    expect((error as VersionError).issues).toEqual([
      '.terraform-version: "latest:^1.8" is not a version; expected an exact version (1.8.5) or "latest"',
    ]);
  });

  it("says when no release meets the constraints", async () => {
    await files({ "versions.tf": 'terraform {\n  required_version = ">= 2.0.0"\n}\n' });
    const error = await resolve().catch((e: unknown) => e);
    expect((error as VersionError).issues).toEqual([
      "no Terraform release satisfies >= 2.0.0 (required_version in versions.tf); the newest release is 1.9.8",
    ]);
  });

  it("refuses a release list that is not the publisher's shape", async () => {
    server.routes.set("/terraform/index.json", new TextEncoder().encode('{"versions": []}'));
    const error = await resolve().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InstallError);
    expect(error).toMatchObject({
      reason: "bad-release-list",
      message: `${server.url}/terraform/index.json: expected {"versions": {"<version>": {...}}}`,
    });
    server.routes.set("/terraform/index.json", new TextEncoder().encode("<html>"));
    expect(await resolve().catch((e: unknown) => e)).toMatchObject({ reason: "bad-release-list" });
  });
});
