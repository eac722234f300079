/**
 * Terraform's JSON syntax reads every string, object keys included, as a template: `${...}` and
 * `%{...}` in a pool value would run on the runner (`file()`, `path.cwd`, `nonsensitive()`), not
 * reach the module. Every value we did not write ourselves goes through here on its way into a
 * `*.tf.json` file, so it arrives as the text it is.
 */
export function terraformLiteral<T>(value: T): T {
  return escapeValue(value) as T;
}

function escapeValue(value: unknown): unknown {
  if (typeof value === "string") return escapeTemplate(value);
  if (Array.isArray(value)) return value.map(escapeValue);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [escapeTemplate(key), escapeValue(item)]),
    );
  return value;
}

/** `$${` and `%%{` are the template language's own escapes for a literal `${` and `%{`. */
function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, "$1$1{");
}
