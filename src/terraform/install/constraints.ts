import {
  compareVersions,
  formatVersion,
  parseReleaseVersion,
  parseVersion,
  sameCore,
  type Version,
} from "./version.js";

/**
 * Version constraints in Terraform's `required_version` syntax (`>= 1.5.0, < 2.0.0`, `~> 1.8`,
 * `= 1.8.5`, `!= 1.6.0`, a bare version meaning `=`). The rules follow hashicorp/go-version, which
 * Terraform and OpenTofu use to check `required_version`, so whatever we pick they accept.
 */
export type Operator = "=" | "!=" | ">" | ">=" | "<" | "<=" | "~>";

export interface Constraint {
  operator: Operator;
  version: Version;
  /** As written, for messages. */
  text: string;
}

export type ConstraintsResult = { ok: true; value: Constraint[] } | { ok: false; issue: string };

const CONSTRAINT = /^(=|!=|>=|<=|>|<|~>)?\s*(\S+)$/;

/** Parses a comma-separated list of constraints, all of which must hold. */
export function parseConstraints(text: string): ConstraintsResult {
  const constraints: Constraint[] = [];
  for (const part of text.split(",")) {
    const written = part.trim();
    const match = CONSTRAINT.exec(written);
    const version = match?.[2] ? parseVersion(match[2]) : undefined;
    if (!match || !version) {
      return {
        ok: false,
        issue:
          `"${written}" is not a version constraint; ` +
          `use an operator (=, !=, >, >=, <, <=, ~>) and a version, e.g. ">= 1.5.0, < 2.0.0" or "~> 1.8"`,
      };
    }
    constraints.push({ operator: (match[1] ?? "=") as Operator, version, text: written });
  }
  return { ok: true, value: constraints };
}

/** Whether `version` meets every constraint. */
export function satisfiesAll(version: Version, constraints: readonly Constraint[]): boolean {
  return constraints.every((constraint) => satisfies(version, constraint));
}

/**
 * The newest of `available` meeting every constraint. Pre-releases are candidates only when a
 * constraint itself names a pre-release: nobody gets a beta by writing `>= 1.5.0`.
 */
export function newestSatisfying(
  available: readonly string[],
  constraints: readonly Constraint[],
): string | undefined {
  const allowPrerelease = constraints.some((c) => c.version.prerelease !== "");
  let newest: Version | undefined;
  for (const text of available) {
    const version = parseReleaseVersion(text);
    if (!version || (version.prerelease && !allowPrerelease)) continue;
    if (!satisfiesAll(version, constraints)) continue;
    if (!newest || compareVersions(version, newest) > 0) newest = version;
  }
  return newest ? formatVersion(newest) : undefined;
}

export function formatConstraints(constraints: readonly Constraint[]): string {
  return constraints.map((c) => c.text).join(", ");
}

function satisfies(v: Version, c: Constraint): boolean {
  const order = compareVersions(v, c.version);
  switch (c.operator) {
    case "=":
      return order === 0;
    case "!=":
      return order !== 0;
    case ">":
      return prereleaseAllowed(v, c.version) && order > 0;
    case ">=":
      return prereleaseAllowed(v, c.version) && order >= 0;
    case "<":
      return prereleaseAllowed(v, c.version) && order < 0;
    case "<=":
      return prereleaseAllowed(v, c.version) && order <= 0;
    case "~>":
      return pessimistic(v, c.version);
  }
}

/**
 * A pre-release meets a constraint only when the constraint names a pre-release of the same
 * x.y.z: `>= 1.9.0-alpha1` admits `1.9.0-beta2`, `>= 1.5.0` admits no pre-release at all.
 */
function prereleaseAllowed(v: Version, c: Version): boolean {
  if (!v.prerelease) return true;
  return c.prerelease !== "" && sameCore(v, c);
}

/**
 * `~> 1.8` allows 1.8.0 up to, not including, 2.0.0; `~> 1.8.5` allows 1.8.5 up to 1.9.0: every
 * number written except the last must match, and the version must not be lower.
 */
function pessimistic(v: Version, c: Version): boolean {
  if (!prereleaseAllowed(v, c) || (c.prerelease && !v.prerelease)) return false;
  if (compareVersions(v, c) < 0) return false;
  const numbers = (x: Version) => [x.major, x.minor, x.patch];
  const fixed = numbers(c).slice(0, c.written - 1);
  return fixed.every((n, i) => numbers(v)[i] === n);
}
