import type { DocPath } from "./yaml-source.js";

const SECRET_VALUES: { pattern: RegExp; what: string }[] = [
  { pattern: /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/, what: "a bootstrap token" },
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: "a private key" },
  { pattern: /:\/\/[^/\s:@]+:[^/\s@]+@/, what: "a password inside a URL" },
];

/** Paths of string values that look like secrets, wherever they sit in a document. */
export function findSecretValues(value: unknown, path: DocPath = []): { path: DocPath; what: string }[] {
  if (typeof value === "string") {
    const hit = SECRET_VALUES.find(({ pattern }) => pattern.test(value));
    return hit ? [{ path, what: hit.what }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findSecretValues(item, [...path, i]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => findSecretValues(item, [...path, key]));
  }
  return [];
}
