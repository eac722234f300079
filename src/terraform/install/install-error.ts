/** Why an install was refused. Each names one check, so callers and logs can tell them apart. */
export type InstallFailure =
  /** The `download-url` mirror is not an http(s) URL. */
  | "bad-download-url"
  /** HTTPS_PROXY/HTTP_PROXY names no http(s) proxy (not a URL, or socks5). */
  | "bad-proxy"
  /** The server answered 404/410: no such version, platform or file (on the mirror). */
  | "not-found"
  /** No usable answer: connection refused or reset, or an HTTP error other than 404. */
  | "download-failed"
  /** The server stopped sending for longer than the stall limit, or the whole transfer took too long. */
  | "timeout"
  /** The body ended before the length the server announced. */
  | "truncated"
  /** A small file (SHA256SUMS, signature, release list) was larger than any real one. */
  | "too-large"
  /** There is no signature next to SHA256SUMS. */
  | "unsigned"
  /** The signature does not verify with the publisher's pinned key. */
  | "bad-signature"
  /** The signed SHA256SUMS has no line for the archive. */
  | "not-listed"
  /** The archive's sha256 differs from its line in the signed SHA256SUMS. */
  | "checksum-mismatch"
  /** The release list is not in the publisher's JSON shape. */
  | "bad-release-list"
  /** The verified archive could not be unpacked, or lacks the executable. */
  | "extract-failed"
  /** RUNNER_TOOL_CACHE is unset: outside GitHub Actions the caller must point it at a folder. */
  | "no-tool-cache";

/** An install that was refused or failed; nothing is cached or returned when this is thrown. */
export class InstallError extends Error {
  /** The file concerned, with any credentials removed. */
  readonly url: string | undefined;
  /** The HTTP status, when the server answered with an error. */
  readonly httpStatus: number | undefined;

  constructor(
    readonly reason: InstallFailure,
    message: string,
    details: { url?: string; httpStatus?: number } = {},
  ) {
    super(message);
    this.name = "InstallError";
    this.url = details.url;
    this.httpStatus = details.httpStatus;
  }
}

/** The version to install could not be decided; `issues` lists every reason, each naming its source. */
export class VersionError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(issues.join("\n"));
    this.name = "VersionError";
  }
}
