import type { SchemaError } from "./schema.js";
import type { DocPath } from "./yaml-source.js";

/** A schema error in plain words, with the document path to point at. */
export interface SchemaProblem {
  path: DocPath;
  /** Point at the map key (unknown or missing fields) or at the value. */
  at: "key" | "value";
  message: string;
}

const SECRET_KEY = /pass(word|wd)?|secret|token|api[-_]?key|credential|private[-_]?key|access[-_]?key/i;

/**
 * Turns ajv errors into messages a person can act on. `base` is where the validated value sits
 * in its document (for example `["spec"]` when only a spec was validated).
 */
export function describeSchemaErrors(errors: SchemaError[], base: DocPath = []): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = describe(error, [...base, ...parsePointer(error.instancePath)]);
    if (!problem) continue;
    const id = `${problem.path.join("/")}\u0000${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return problems;
}

function describe(error: SchemaError, path: DocPath): SchemaProblem | undefined {
  const where = `\`${formatPath(path)}\``;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const expected = typeof parent["x-expected"] === "string" ? (parent["x-expected"] as string) : undefined;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "if":
    case "propertyNames":
      // Reported through the errors of their subschemas.
      return undefined;
    case "required": {
      const field = String(params.missingProperty);
      return { path, at: "key", message: `missing required field \`${formatPath([...path, field])}\`` };
    }
    case "additionalProperties": {
      const field = String(params.additionalProperty);
      const fieldPath = [...path, field];
      const known = Object.keys((parent.properties ?? {}) as Record<string, unknown>);
      if (SECRET_KEY.test(field)) {
        return {
          path: fieldPath,
          at: "key",
          message: `\`${formatPath(fieldPath)}\` looks like an inline secret: secrets never go into pool files; give them to the workflow as environment variables (see README, "Credentials")`,
        };
      }
      const suggestion = closest(field, known);
      const hint = suggestion
        ? `; did you mean \`${suggestion}\`?`
        : known.length > 0
          ? `; allowed: ${known.join(", ")}`
          : "";
      return { path: fieldPath, at: "key", message: `unknown field \`${formatPath(fieldPath)}\`${hint}` };
    }
    case "type":
      return {
        path,
        at: "value",
        message: `${where} must be ${withArticle(String(params.type))}, got ${describeValue(error.data)}`,
      };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return {
        path,
        at: "value",
        message: `${where} must be ${String(params.comparison)} ${String(params.limit)}, got ${describeValue(error.data)}`,
      };
    case "minLength":
      return {
        path,
        at: "value",
        message:
          params.limit === 1
            ? `${where} must not be empty`
            : `${where} must be at least ${String(params.limit)} characters long`,
      };
    case "maxLength":
      return {
        path,
        at: "value",
        message: `${where} must be at most ${String(params.limit)} characters long, got ${String((error.data as string).length)}`,
      };
    case "maxItems":
      return { path, at: "value", message: `${where} must have at most ${String(params.limit)} items` };
    case "minItems":
      return { path, at: "value", message: `${where} must have at least ${String(params.limit)} items` };
    case "uniqueItems":
      return {
        path: [...path, Number(params.i)],
        at: "value",
        message: `${where} lists the same item twice (items ${String(params.j)} and ${String(params.i)})`,
      };
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === "string" ? closest(error.data, allowed) : undefined;
      const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "";
      return {
        path,
        at: "value",
        message: `${where} must be one of ${allowed.join(", ")}; got ${describeValue(error.data)}${hint}`,
      };
    }
    case "const":
      return {
        path,
        at: "value",
        message: `${where} must be ${describeValue(params.allowedValue)}, got ${describeValue(error.data)}`,
      };
    case "pattern":
    case "format": {
      if (error.propertyName !== undefined) {
        const keyPath = [...path, error.propertyName];
        return {
          path: keyPath,
          at: "key",
          message: `key \`${error.propertyName}\` in ${where} is not valid: expected ${expected ?? "a valid key"}`,
        };
      }
      return {
        path,
        at: "value",
        message: `${where} must be ${expected ?? `a valid ${String(params.format ?? "value")}`}, got ${describeValue(error.data)}`,
      };
    }
    case "minProperties":
    case "maxProperties": {
      const known = Object.keys((parent.properties ?? {}) as Record<string, unknown>);
      return { path, at: "key", message: `${where} must set exactly one of ${known.join(", ")}` };
    }
    default:
      return { path, at: "value", message: `${where} ${error.message ?? "is not valid"}` };
  }
}

/** `spec.kubernetes.taints[0].effect`, with odd keys quoted: `labels["node.kubernetes.io/role"]`. */
export function formatPath(path: DocPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out || "(document)";
}

function parsePointer(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

function withArticle(type: string): string {
  const word =
    type === "integer"
      ? "a whole number"
      : type === "object"
        ? "a mapping"
        : type === "array"
          ? "a list"
          : `a ${type}`;
  return word;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return JSON.stringify(value);
}

/** The allowed word nearest to a typo, when it is near enough to be what was meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
