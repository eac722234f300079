import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ReleaseServer } from "./release-server.js";
import type { TestSigner } from "./signing.js";

/**
 * The publishers' layouts, written out here rather than taken from the code under test, so the
 * tests check them: HashiCorp `terraform/<v>/terraform_<v>_...`, OpenTofu `v<v>/tofu_<v>_...`.
 */
export function releasePaths(tool: "terraform" | "tofu", version: string) {
  const dir = tool === "terraform" ? `/terraform/${version}` : `/v${version}`;
  const sums = `${dir}/${tool}_${version}_SHA256SUMS`;
  return {
    archive: `${dir}/${tool}_${version}_linux_amd64.zip`,
    sums,
    signature: `${sums}${tool === "terraform" ? ".sig" : ".gpgsig"}`,
  };
}

export interface Release {
  tool: "terraform" | "tofu";
  version: string;
  archive: Uint8Array;
  /** Signs SHA256SUMS; null publishes none. */
  signer: TestSigner | null;
  /** SHA256SUMS as signed; by default a correct line for the archive and one for another platform. */
  sums?: string;
  /** Changes SHA256SUMS after signing. */
  tamper?: (sums: string) => string;
}

/** Serves SHA256SUMS, its signature and the archive of one release; returns their paths. */
export async function publish(server: ReleaseServer, release: Release) {
  const paths = releasePaths(release.tool, release.version);
  const name = (path: string) => path.slice(path.lastIndexOf("/") + 1);
  const sums =
    release.sums ??
    `${sha256(new TextEncoder().encode("darwin build"))}  ${name(paths.archive).replace("linux", "darwin")}\n` +
      `${sha256(release.archive)}  ${name(paths.archive)}\n`;
  const signed = new TextEncoder().encode(sums);
  if (release.signer) server.routes.set(paths.signature, await release.signer.sign(signed));
  server.routes.set(paths.sums, new TextEncoder().encode(release.tamper ? release.tamper(sums) : sums));
  server.routes.set(paths.archive, release.archive);
  return paths;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Zips `file` as `name` at the archive's top, as the publishers pack their binaries. */
export async function zipAs(zip: string, file: string, name: string, workDir: string): Promise<Uint8Array> {
  const stage = join(workDir, `stage-${name}`);
  await mkdir(stage, { recursive: true });
  await symlink(file, join(stage, name));
  const out = join(workDir, `${name}.zip`);
  // -1: fastest deflate; zip follows the symlink and stores the file with its mode.
  execFileSync(zip, ["-q", "-1", "-X", out, name], { cwd: stage });
  return readFile(out);
}

/** A stand-in executable that answers `version -json` like the real one. */
export async function writeFakeBinary(path: string, version: string): Promise<void> {
  await writeFile(path, `#!/bin/sh\necho '{"terraform_version":"${version}","platform":"linux_amd64"}'\n`, {
    mode: 0o755,
  });
}
