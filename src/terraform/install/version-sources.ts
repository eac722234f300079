import { type Constraint, parseConstraints } from "./constraints.js";
import { formatVersion, parseReleaseVersion } from "./version.js";

/** What a version input or pin file asks for. */
export type Pin =
  | { kind: "exact"; version: string }
  | { kind: "latest" }
  | { kind: "constraints"; constraints: Constraint[] };

export type PinResult = { ok: true; value: Pin } | { ok: false; issue: string };

/** A `required_version` found in a module, with the file it is in. */
export interface RequiredVersion {
  file: string;
  constraint: string;
}

/**
 * Reads a pin: an exact `1.8.5` (a leading `v` is accepted), `latest`, or, where
 * `allowConstraints` (the action input), constraints such as `~> 1.8`.
 */
export function parsePin(text: string, allowConstraints: boolean): PinResult {
  const value = text.trim();
  if (value === "latest") return { ok: true, value: { kind: "latest" } };
  const exact = parseReleaseVersion(value);
  if (exact) return { ok: true, value: { kind: "exact", version: formatVersion(exact) } };
  const allowed = allowConstraints
    ? 'an exact version (1.8.5), "latest", or constraints (~> 1.8, >= 1.5.0, < 2.0.0)'
    : 'an exact version (1.8.5) or "latest"';
  if (allowConstraints && /^[=!<>~]/.test(value)) {
    const constraints = parseConstraints(value);
    return constraints.ok
      ? { ok: true, value: { kind: "constraints", constraints: constraints.value } }
      : { ok: false, issue: constraints.issue };
  }
  return { ok: false, issue: `"${value}" is not a version; expected ${allowed}` };
}

/** The pin in `.terraform-version` / `.opentofu-version`: the first line that is not blank or a # comment. */
export function readVersionFile(text: string): string | undefined {
  return meaningfulLines(text)[0];
}

/** The version `.tool-versions` gives for `asdfName` (`terraform 1.8.5`): the first one listed. */
export function readToolVersions(text: string, asdfName: string): string | undefined {
  for (const line of meaningfulLines(text)) {
    const [name, first] = line.split(/\s+/);
    if (name === asdfName) return first;
  }
  return undefined;
}

export interface RequiredVersionsResult {
  found: RequiredVersion[];
  /** Files that could not be read as Terraform configuration. */
  problems: string[];
}

/** Every `required_version` in a `.tf` (HCL) or `.tf.json` file. */
export function findRequiredVersions(file: string, text: string): RequiredVersionsResult {
  if (file.endsWith(".json")) return findInJson(file, text);
  const found: RequiredVersion[] = [];
  // Only the terraform block has an attribute of this name; comments are removed first.
  for (const match of withoutHclComments(text).matchAll(/\brequired_version\s*=\s*"([^"]*)"/g)) {
    found.push({ file, constraint: match[1] ?? "" });
  }
  return { found, problems: [] };
}

function findInJson(file: string, text: string): RequiredVersionsResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { found: [], problems: [`${file}: not valid JSON (${(error as Error).message})`] };
  }
  const terraform =
    typeof json === "object" && json !== null ? (json as { terraform?: unknown }).terraform : undefined;
  // The JSON syntax allows a block to be one object or a list of them.
  const blocks = Array.isArray(terraform) ? terraform : [terraform];
  const found: RequiredVersion[] = [];
  for (const block of blocks) {
    const value =
      typeof block === "object" && block !== null
        ? (block as { required_version?: unknown }).required_version
        : undefined;
    if (typeof value === "string") found.push({ file, constraint: value });
  }
  return { found, problems: [] };
}

function meaningfulLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, "").trim())
    .filter((line) => line !== "");
}

/** HCL with `#`, `//` and `/* *\/` comments blanked, leaving strings (which may hold `#`) alone. */
function withoutHclComments(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === "\\") out += text[++i] ?? "";
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === "#" || (c === "/" && text[i + 1] === "/")) {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end === -1 ? text.length : end + 1;
      out += " ";
    } else {
      out += c;
    }
  }
  return out;
}
