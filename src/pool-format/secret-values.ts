import type { DocPath } from "./yaml-source.js";

const SECRET_VALUES: { pattern: RegExp; what: string }[] = [
  { pattern: /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/, what: "a bootstrap token" },
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: "a private key" },
  { pattern: /:\/\/[^/\s:@]+:[^/\s@]+@/, what: "a password inside a URL" },
];

/** Paths of string values that look like secrets, wherever they sit in a document. */
export function findSecretValues(value: unknown): { path: DocPath; what: string }[] {
  const found: { path: DocPath; what: string }[] = [];
  // One path, extended and shortened in place: every value of every document passes here.
  const path: (string | number)[] = [];
  const walk = (item: unknown) => {
    if (typeof item === "string") {
      const hit = SECRET_VALUES.find(({ pattern }) => pattern.test(item));
      if (hit) found.push({ path: [...path], what: hit.what });
    } else if (Array.isArray(item)) {
      item.forEach((element, i) => {
        path.push(i);
        walk(element);
        path.pop();
      });
    } else if (typeof item === "object" && item !== null) {
      for (const [key, element] of Object.entries(item)) {
        path.push(key);
        walk(element);
        path.pop();
      }
    }
  };
  walk(value);
  return found;
}
