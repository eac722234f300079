import { redactUrl } from "../../secrets/redact.js";
import { InstallError } from "./install-error.js";
import { TOOLS, type ToolName } from "./tools.js";

/** The `<os>_<arch>` part of a release file name, in Go's terms (`linux_amd64`). */
export interface ReleasePlatform {
  os: string;
  arch: string;
}

export interface ReleaseFile {
  /** File name, the same on the publisher's server and on a mirror. */
  name: string;
  url: string;
}

/** The three files an install needs: the archive, the checksum list and its signature. */
export interface ReleaseFiles {
  archive: ReleaseFile;
  sums: ReleaseFile;
  signature: ReleaseFile;
}

const OS: Readonly<Record<string, string>> = {
  linux: "linux",
  darwin: "darwin",
  win32: "windows",
  freebsd: "freebsd",
  openbsd: "openbsd",
  sunos: "solaris",
};
const ARCH: Readonly<Record<string, string>> = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" };

/** Node's `process.platform`/`process.arch` in release terms; undefined when nobody builds for it. */
export function releasePlatform(platform: string, arch: string): ReleasePlatform | undefined {
  const os = OS[platform];
  const goArch = ARCH[arch];
  return os && goArch ? { os, arch: goArch } : undefined;
}

/** `terraform`, or `terraform.exe` on Windows. */
export function executableName(tool: ToolName, platform: ReleasePlatform): string {
  return platform.os === "windows" ? `${tool}.exe` : tool;
}

/**
 * URLs of one release's files. Without `downloadUrl` they are the publisher's:
 *   https://releases.hashicorp.com/terraform/1.8.5/terraform_1.8.5_linux_amd64.zip
 *   https://github.com/opentofu/opentofu/releases/download/v1.8.5/tofu_1.8.5_linux_amd64.zip
 * With it, that base is replaced and the rest kept (`<mirror>/terraform/1.8.5/...`,
 * `<mirror>/v1.8.5/...`). `downloadUrl` must have passed `checkDownloadUrl`.
 */
export function buildReleaseFiles(
  tool: ToolName,
  version: string,
  platform: ReleasePlatform,
  downloadUrl?: string,
): ReleaseFiles {
  const release = TOOLS[tool];
  const dir = `${trimSlashes(downloadUrl ?? release.defaultBaseUrl)}/${release.releaseDir(version)}`;
  const file = (name: string): ReleaseFile => ({ name, url: `${dir}/${name}` });
  const sums = `${tool}_${version}_SHA256SUMS`;
  return {
    archive: file(`${tool}_${version}_${platform.os}_${platform.arch}.zip`),
    sums: file(sums),
    signature: file(`${sums}${release.signatureSuffix}`),
  };
}

/** Where the list of released versions is: the publisher's, or the same file on the mirror. */
export function releaseListUrl(tool: ToolName, downloadUrl?: string): string {
  const release = TOOLS[tool];
  return downloadUrl
    ? `${trimSlashes(downloadUrl)}/${release.mirrorReleaseListPath}`
    : release.defaultReleaseListUrl;
}

export type DownloadUrlResult = { ok: true; value: string } | { ok: false; issue: string };

/** A mirror base must be a plain http(s) URL; user:password in it become Basic authentication. */
export function checkDownloadUrl(text: string): DownloadUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, issue: `download-url "${redactUrl(text)}" is not a URL; expected https://host/path` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { ok: false, issue: `download-url must be http:// or https://, got ${url.protocol}` };
  if (url.search || url.hash)
    return {
      ok: false,
      issue: "download-url must not have a ?query or #fragment: file names are appended to it",
    };
  return { ok: true, value: trimSlashes(url.toString()) };
}

/**
 * The checked mirror base, or undefined for the publisher's own (no `download-url`, or an empty
 * one as an unset action input reads). Throws InstallError `bad-download-url`.
 */
export function mirrorBase(downloadUrl: string | undefined): string | undefined {
  if (downloadUrl === undefined || downloadUrl.trim() === "") return undefined;
  const checked = checkDownloadUrl(downloadUrl);
  if (!checked.ok) throw new InstallError("bad-download-url", checked.issue);
  return checked.value;
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, "");
}
