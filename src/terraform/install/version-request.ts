import {
  type Constraint,
  formatConstraints,
  newestSatisfying,
  parseConstraints,
  satisfiesAll,
} from "./constraints.js";
import { TOOLS, type ToolName } from "./tools.js";
import { parseReleaseVersion } from "./version.js";
import { parsePin, type RequiredVersion, readToolVersions, readVersionFile } from "./version-sources.js";

/** Everything the version decision depends on, read beforehand (see read-version-sources.ts). */
export interface VersionSources {
  /** The version input (action input or CLI flag); empty or absent when not given. */
  input?: string;
  /** `NodePoolSettings.spec.terraform.version` and where it is written; an exact version. */
  settings?: { version: string; source: string };
  /** Text of the version files found in the working directory, by file name. */
  files: Readonly<Record<string, string>>;
  /** `required_version` of the modules and workspaces. */
  requiredVersions: readonly RequiredVersion[];
  /** Module files that could not be read for `required_version`. */
  problems: readonly string[];
}

/** Either one version, known without asking anyone, or "the newest release meeting these". */
export type VersionRequest =
  | { kind: "exact"; version: string; source: string }
  | { kind: "newest"; constraints: Constraint[]; source: string };

export type RequestResult =
  | { ok: true; value: VersionRequest; warnings: string[] }
  | { ok: false; issues: string[] };

export type PickResult = { ok: true; version: string } | { ok: false; issue: string };

/**
 * Decides what to install, first match wins: the input; the pool settings' version; `.terraform-version` (terraform) or
 * `.opentofu-version` (tofu); `.tool-versions`; else the newest release meeting every
 * `required_version`. `latest` and input constraints also honour `required_version`, so the
 * version picked is one `init` accepts.
 */
export function requestVersion(tool: ToolName, sources: VersionSources): RequestResult {
  const release = TOOLS[tool];
  const required: Constraint[] = [];
  const problems = [...sources.problems];
  for (const { file, constraint } of sources.requiredVersions) {
    const parsed = parseConstraints(constraint);
    if (parsed.ok) required.push(...parsed.value);
    else problems.push(`${file}: required_version: ${parsed.issue}`);
  }
  const requiredFiles = [...new Set(sources.requiredVersions.map((r) => r.file))];
  const requiredSource = `required_version in ${requiredFiles.join(", ")}`;

  const toolVersions = sources.files[".tool-versions"];
  const pins: [source: string, value: string | undefined][] = [
    ["input", sources.input?.trim() || undefined],
    [sources.settings?.source ?? "settings", sources.settings?.version],
    [release.versionFile, readFile(sources.files[release.versionFile])],
    [
      ".tool-versions",
      toolVersions === undefined ? undefined : readToolVersions(toolVersions, release.asdfName),
    ],
  ];
  const [source, value] = pins.find(([, v]) => v !== undefined) ?? [undefined, undefined];

  let request: VersionRequest;
  if (source === undefined || value === undefined) {
    request = {
      kind: "newest",
      constraints: required,
      source: required.length > 0 ? requiredSource : "newest release",
    };
  } else {
    const pin = parsePin(value, source === "input");
    if (!pin.ok) return { ok: false, issues: [`${source}: ${pin.issue}`] };
    if (pin.value.kind === "exact") {
      // A pin needs no constraint to be read; what cannot be read only warrants a warning.
      const warnings = problems;
      const version = parseReleaseVersion(pin.value.version);
      if (version && required.length > 0 && !satisfiesAll(version, required)) {
        warnings.push(
          `${release.displayName} ${pin.value.version} from ${source} does not satisfy ${requiredSource} ` +
            `(${formatConstraints(required)}); init will refuse it`,
        );
      }
      return { ok: true, value: { kind: "exact", version: pin.value.version, source }, warnings };
    }
    const own = pin.value.kind === "constraints" ? pin.value.constraints : [];
    request = {
      kind: "newest",
      constraints: [...own, ...required],
      source: required.length > 0 ? `${source} and ${requiredSource}` : source,
    };
  }
  return problems.length > 0 ? { ok: false, issues: problems } : { ok: true, value: request, warnings: [] };
}

/** The version a request names, given the released versions (only "newest" needs them). */
export function pickVersion(
  tool: ToolName,
  request: VersionRequest,
  available: readonly string[],
): PickResult {
  if (request.kind === "exact") return { ok: true, version: request.version };
  const version = newestSatisfying(available, request.constraints);
  if (version) return { ok: true, version };
  const newest = newestSatisfying(available, []);
  return {
    ok: false,
    issue:
      `no ${TOOLS[tool].displayName} release satisfies ${formatConstraints(request.constraints)} (${request.source})` +
      (newest ? `; the newest release is ${newest}` : "; the release list is empty"),
  };
}

function readFile(text: string | undefined): string | undefined {
  return text === undefined ? undefined : readVersionFile(text);
}
