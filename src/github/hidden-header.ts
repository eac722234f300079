/**
 * A machine-readable first line, `<!-- name {json} -->`: an HTML comment, so GitHub renders
 * nothing, and a name, so our comments and issues are found again among everybody else's.
 */

export type HeaderRead = { ok: true; value: unknown } | { ok: false; problem: string };

/** The header line. `<`, `>` and `&` are written as JSON escapes so no value can end the comment early. */
export function formatHiddenHeader(name: string, data: object): string {
  const json = JSON.stringify(data).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `<!-- ${name} ${json} -->`;
}

/**
 * The JSON of a `name` header on the first line of `text`. Bodies edited in GitHub's web editor
 * come back with CRLF line ends, and some editors add a byte-order mark: both are accepted.
 */
export function readHiddenHeader(name: string, text: string): HeaderRead {
  const first = (text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "").trim();
  const prefix = `<!-- ${name} `;
  const suffix = " -->";
  if (!first.startsWith(prefix) || !first.endsWith(suffix)) {
    return { ok: false, problem: `first line is not a "${name}" header` };
  }
  try {
    return { ok: true, value: JSON.parse(first.slice(prefix.length, -suffix.length)) };
  } catch (error) {
    return { ok: false, problem: `"${name}" header is not JSON: ${(error as Error).message}` };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
