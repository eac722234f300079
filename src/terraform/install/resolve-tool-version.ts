import { redactUrl } from "../../secrets/redact.js";
import { type DownloadLimits, downloadBytes, downloadOptions, type RetryPolicy } from "./download.js";
import { InstallError, VersionError } from "./install-error.js";
import { readVersionSources, type SourceLocations } from "./read-version-sources.js";
import { mirrorBase, releaseListUrl } from "./release-urls.js";
import { TOOLS, type ToolName } from "./tools.js";
import { pickVersion, requestVersion } from "./version-request.js";

/** HashiCorp's terraform index.json is a few MB; this leaves room and still bounds memory. */
const RELEASE_LIST_MAX_BYTES = 64 * 1024 * 1024;

export interface ResolveOptions extends SourceLocations {
  tool: ToolName;
  /** Mirror base (see README.md); its release list replaces the publisher's. */
  downloadUrl?: string;
  limits?: Partial<DownloadLimits>;
  retry?: Partial<RetryPolicy>;
  log?: (line: string) => void;
}

export interface ResolvedVersion {
  version: string;
  /** Where it came from: `input`, `.terraform-version`, `required_version in ...`. */
  source: string;
  warnings: string[];
}

/**
 * Reads the version files and modules, and fetches the release list only when no exact version
 * is pinned. Throws VersionError (what to fix, per file) or InstallError (release list).
 */
export async function resolveToolVersion(options: ResolveOptions): Promise<ResolvedVersion> {
  const log = options.log ?? (() => {});
  const sources = await readVersionSources(options.tool, options);
  const request = requestVersion(options.tool, sources);
  if (!request.ok) throw new VersionError(request.issues);
  let available: string[] = [];
  if (request.value.kind === "newest") {
    available = await fetchReleaseList(options, log);
  }
  const picked = pickVersion(options.tool, request.value, available);
  if (!picked.ok) throw new VersionError([picked.issue]);
  log(`${TOOLS[options.tool].displayName} ${picked.version} (${request.value.source})`);
  return { version: picked.version, source: request.value.source, warnings: request.warnings };
}

async function fetchReleaseList(options: ResolveOptions, log: (line: string) => void): Promise<string[]> {
  const url = releaseListUrl(options.tool, mirrorBase(options.downloadUrl));
  const shown = redactUrl(url);
  log(`reading the release list ${shown}`);
  const body = await downloadBytes(url, RELEASE_LIST_MAX_BYTES, downloadOptions({ ...options, log }));
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch (error) {
    throw new InstallError("bad-release-list", `${shown} is not JSON: ${(error as Error).message}`, {
      url: shown,
    });
  }
  const parsed = TOOLS[options.tool].parseReleaseList(json);
  if (!parsed.ok) throw new InstallError("bad-release-list", `${shown}: ${parsed.issue}`, { url: shown });
  return parsed.value;
}
