/**
 * Release versions as Terraform and OpenTofu number them (`1.8.5`, `1.9.0-alpha20240516`,
 * `1.7.0-rc1`), ordered as semantic versions.
 */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** `alpha20240516`, `rc1`; empty for a release. */
  prerelease: string;
  /** How many of major.minor.patch were written: `~> 1.8` means something else than `~> 1.8.0`. */
  written: 1 | 2 | 3;
}

// Build metadata (`+ent`) is accepted and ignored, as semantic versioning says.
const VERSION =
  /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

/** A version with one to three numbers, or undefined when `text` is not one. */
export function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  const [, major = "0", minor, patch, prerelease = ""] = match;
  const written = patch !== undefined ? 3 : minor !== undefined ? 2 : 1;
  return { major: Number(major), minor: Number(minor ?? 0), patch: Number(patch ?? 0), prerelease, written };
}

/** A full `x.y.z[-pre]` version, the only form that names one release; undefined otherwise. */
export function parseReleaseVersion(text: string): Version | undefined {
  const version = parseVersion(text);
  return version?.written === 3 ? version : undefined;
}

/** `1.8.5`, `1.9.0-beta1`: the form used in file names and URLs. */
export function formatVersion(version: Version): string {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  return version.prerelease ? `${core}-${version.prerelease}` : core;
}

/** Semantic version precedence: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePrerelease(a, b);
}

export function sameCore(a: Version, b: Version): boolean {
  return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}

/** A release sorts after its pre-releases; identifiers compare numerically when both are numbers. */
function comparePrerelease(a: Version, b: Version): number {
  if (a.prerelease === b.prerelease) return 0;
  if (!a.prerelease) return 1;
  if (!b.prerelease) return -1;
  const left = a.prerelease.split(".");
  const right = b.prerelease.split(".");
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xNumeric = /^\d+$/.test(x);
    const yNumeric = /^\d+$/.test(y);
    if (xNumeric && yNumeric) return Number(x) - Number(y);
    if (xNumeric) return -1;
    if (yNumeric) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}
