import { chmod, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as toolCache from "@actions/tool-cache";
import { redactUrl } from "../../secrets/redact.js";
import type { TerraformBinary } from "../run-command.js";
import {
  type DownloadLimits,
  downloadBytes,
  downloadFile,
  downloadOptions,
  type RetryPolicy,
} from "./download.js";
import { findOnPath, readBinaryVersion } from "./find-on-path.js";
import { InstallError, VersionError } from "./install-error.js";
import type { TrustedKey } from "./publisher-keys.js";
import {
  buildReleaseFiles,
  executableName,
  mirrorBase,
  type ReleaseFiles,
  type ReleasePlatform,
  releasePlatform,
} from "./release-urls.js";
import { parseSha256Sums } from "./sha256sums.js";
import { TOOLS, type ToolName } from "./tools.js";
import { verifyDetachedSignature } from "./verify-signature.js";
import { formatVersion, parseReleaseVersion } from "./version.js";

/** SHA256SUMS lists a few dozen files and a signature is under 1 KiB; anything bigger is not one. */
const SMALL_FILE_MAX_BYTES = 1024 * 1024;

export interface InstallOptions {
  tool: ToolName;
  /** Exact version, as resolveToolVersion returns it. */
  version: string;
  /**
   * Mirror replacing the publisher's base URL, with the same layout and file names (README.md).
   * `https://user:password@host/path` is sent as Basic authentication and never logged.
   */
  downloadUrl?: string;
  /** Defaults to this machine's. */
  platform?: ReleasePlatform;
  /**
   * PATH-style folders searched for a binary that already reports this version; defaults to
   * PATH, and "" searches nowhere.
   */
  searchPath?: string;
  limits?: Partial<DownloadLimits>;
  retry?: Partial<RetryPolicy>;
  /** Progress, one line at a time. */
  log?: (line: string) => void;
  /**
   * Keys trusted to sign SHA256SUMS, INSTEAD of the publisher's pinned key. Only tests set this,
   * to sign releases they serve themselves; the action and the CLI never do.
   */
  trustedKeys?: readonly TrustedKey[];
}

export interface InstalledTool extends TerraformBinary {
  version: string;
  /** Folder of the executable, for PATH. */
  dir: string;
  /** `cache`: tool cache of an earlier run; `path`: already installed; `download`: verified now. */
  source: "cache" | "path" | "download";
}

/**
 * Makes `tool` at `version` available, cheapest way first: the tool cache, a binary on PATH that
 * reports the same version, else a download whose SHA256SUMS signature and archive checksum are
 * verified before anything is unpacked or cached. Throws InstallError (with a `reason`) when the
 * release cannot be had or fails a check; then nothing is cached.
 */
export async function installTool(options: InstallOptions): Promise<InstalledTool> {
  const log = options.log ?? (() => {});
  const release = TOOLS[options.tool];
  const parsed = parseReleaseVersion(options.version);
  if (!parsed) throw new VersionError([`"${options.version}" is not a full version such as 1.8.5`]);
  const version = formatVersion(parsed);
  const platform = options.platform ?? releasePlatform(process.platform, process.arch);
  if (!platform) {
    throw new InstallError(
      "not-found",
      `${release.displayName} publishes no build for ${process.platform}/${process.arch}`,
    );
  }
  if (!process.env.RUNNER_TOOL_CACHE) {
    throw new InstallError(
      "no-tool-cache",
      "RUNNER_TOOL_CACHE is not set; GitHub runners set it, elsewhere point it at a writable folder",
    );
  }
  const exe = executableName(options.tool, platform);
  const installed = (dir: string, source: InstalledTool["source"]): InstalledTool => ({
    tool: options.tool,
    version,
    path: join(dir, exe),
    dir,
    source,
  });

  const cached = toolCache.find(options.tool, version, platform.arch);
  if (cached) {
    log(`${release.displayName} ${version} from the tool cache: ${cached}`);
    return installed(cached, "cache");
  }

  const onPath = await findOnPath(exe, options.searchPath ?? process.env.PATH ?? "");
  if (onPath) {
    const found = await readBinaryVersion(onPath);
    if (found.ok && found.version === version) {
      log(`${release.displayName} ${version} already on PATH: ${onPath}`);
      return { ...installed(dirname(onPath), "path"), path: onPath };
    }
    log(`not using ${onPath}: ${found.ok ? `it is ${found.version}` : found.problem}`);
  }

  const started = Date.now();
  const files = buildReleaseFiles(options.tool, version, platform, mirrorBase(options.downloadUrl));
  const dir = await downloadVerified(options, version, platform, files, exe, log);
  log(
    `${release.displayName} ${version} installed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${dir}`,
  );
  return installed(dir, "download");
}

async function downloadVerified(
  options: InstallOptions,
  version: string,
  platform: ReleasePlatform,
  files: ReleaseFiles,
  exe: string,
  log: (line: string) => void,
): Promise<string> {
  const release = TOOLS[options.tool];
  const download = downloadOptions({ ...options, log });
  const signatureUrl = redactUrl(files.signature.url);

  log(`downloading ${redactUrl(files.sums.url)}`);
  const sums = await downloadBytes(files.sums.url, SMALL_FILE_MAX_BYTES, download);
  const signature = await downloadBytes(files.signature.url, SMALL_FILE_MAX_BYTES, download).catch(
    (error: unknown) => {
      if (error instanceof InstallError && error.reason === "not-found") {
        throw new InstallError(
          "unsigned",
          `no signature at ${signatureUrl}: refusing an unsigned SHA256SUMS`,
          {
            url: signatureUrl,
          },
        );
      }
      throw error;
    },
  );
  const signer = await verifyDetachedSignature(
    sums,
    signature,
    options.trustedKeys ?? [release.publisherKey],
    signatureUrl,
  );
  log(
    `${files.sums.name}: good signature by ${signer.publisher} ${signer.fingerprint} (subkey ${signer.keyId})`,
  );

  const expected = parseSha256Sums(new TextDecoder().decode(sums)).get(files.archive.name);
  if (!expected) {
    throw new InstallError("not-listed", `${files.sums.name} has no line for ${files.archive.name}`, {
      url: redactUrl(files.sums.url),
    });
  }

  const temp = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), `nodepool-${options.tool}-`));
  try {
    const archiveUrl = redactUrl(files.archive.url);
    log(`downloading ${archiveUrl}`);
    const archive = await downloadFile(files.archive.url, join(temp, files.archive.name), download);
    if (archive.sha256 !== expected) {
      throw new InstallError(
        "checksum-mismatch",
        `${files.archive.name} has sha256 ${archive.sha256}, but the signed ${files.sums.name} says ${expected}`,
        { url: archiveUrl },
      );
    }
    log(`${files.archive.name}: ${archive.bytes} bytes, sha256 matches ${files.sums.name}`);

    const unpacked = join(temp, "unpacked");
    try {
      await toolCache.extractZip(archive.path, unpacked);
    } catch (error) {
      throw new InstallError(
        "extract-failed",
        `cannot unzip ${files.archive.name}: ${(error as Error).message}`,
      );
    }
    const binary = join(unpacked, exe);
    const info = await stat(binary).catch(() => undefined);
    if (!info?.isFile())
      throw new InstallError("extract-failed", `${files.archive.name} has no ${exe} at its top`);
    if (platform.os !== "windows") await chmod(binary, 0o755);
    return await toolCache.cacheDir(unpacked, options.tool, version, platform.arch);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
