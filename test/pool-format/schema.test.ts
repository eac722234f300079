import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script, without types
import { updateReadme } from "../../scripts/pool-format-docs.mjs";
// @ts-expect-error: a plain .mjs script, without types
import { generateValidators } from "../../scripts/schema-validators.mjs";
import { schema } from "../../src/pool-format/schema.js";

type SchemaNode = {
  description?: string;
  properties?: Record<string, SchemaNode | boolean>;
  items?: SchemaNode;
  $ref?: string;
};

function undocumented(node: SchemaNode, path: string): string[] {
  const missing: string[] = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    if (typeof child === "boolean") continue;
    if (!child.description && !child.$ref) missing.push(`${path}.${name}`);
    missing.push(...undocumented(child, `${path}.${name}`));
    if (child.items) missing.push(...undocumented(child.items, `${path}.${name}[]`));
  }
  return missing;
}

describe("the JSON Schema", () => {
  it("describes every field, so editors and the README can explain it", () => {
    const defs = schema.$defs as unknown as Record<string, SchemaNode>;
    // CompletePoolSpec only adds "required" to PoolSpec, whose fields are described.
    const missing = Object.entries(defs)
      .filter(([name]) => name !== "CompletePoolSpec")
      .flatMap(([name, def]) => undocumented(def, name));
    expect(missing).toEqual([]);
  });

  it("is what the README's format reference was generated from", () => {
    const readme = readFileSync("README.md", "utf8");
    expect(updateReadme(readme, schema)).toBe(readme);
  });

  it("is what the committed validators in src/pool-format/generated/ were generated from", () => {
    const files = generateValidators(schema) as Record<string, string>;
    for (const [file, contents] of Object.entries(files)) {
      expect(readFileSync(`src/pool-format/generated/${file}`, "utf8"), `${file}: run npm run build`).toBe(
        contents,
      );
    }
  });
});
