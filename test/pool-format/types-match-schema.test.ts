import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// src/pool-format/types.ts is written by hand (it describes specs after defaults are applied, which
// the schema cannot say); this ties its fields to the schema's, so neither grows alone.

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

const schema = JSON.parse(readFileSync("src/pool-format/nodepool.schema.json", "utf8")) as Schema & {
  $defs: Record<string, Schema>;
};

function resolve(node: Schema): Schema {
  const target = node.$ref ? resolve(schema.$defs[node.$ref.replace("#/$defs/", "")] as Schema) : node;
  const parts = [target, ...(target.allOf ?? []).map(resolve)];
  return {
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
    ...(target.items ? { items: target.items } : {}),
  };
}

/** Dotted paths of every field the schema declares under `node` (`[]` for list items). */
function schemaPaths(node: Schema, prefix = ""): string[] {
  const resolved = resolve(node);
  if (resolved.items) return schemaPaths(resolved.items, `${prefix}[]`);
  return Object.entries(resolved.properties ?? {}).flatMap(([name, child]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    return [path, ...schemaPaths(child, path)];
  });
}

const program = ts.createProgram(["src/pool-format/types.ts"], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const source = program.getSourceFile("src/pool-format/types.ts") as ts.SourceFile;

/** Dotted paths of every field of an exported interface of types.ts, the same way. */
function typePaths(name: string): string[] {
  const declaration = source.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name,
  );
  if (!declaration) throw new Error(`types.ts exports no interface ${name}`);
  const walk = (type: ts.Type, prefix: string): string[] => {
    const plain = checker.getNonNullableType(type);
    if (checker.isArrayType(plain)) {
      const [item] = checker.getTypeArguments(plain as ts.TypeReference);
      return item ? walk(item, `${prefix}[]`) : [];
    }
    // Records (labels) and primitives and unions of literals have no named fields.
    if (!(plain.flags & ts.TypeFlags.Object) || checker.getIndexInfosOfType(plain).length > 0) return [];
    return plain.getProperties().flatMap((property) => {
      const path = prefix ? `${prefix}.${property.name}` : property.name;
      return [path, ...walk(checker.getTypeOfSymbolAtLocation(property, declaration), path)];
    });
  };
  return walk(checker.getTypeAtLocation(declaration.name), "");
}

describe("the pool format's TypeScript types", () => {
  it("name exactly the fields the schema declares for a pool spec", () => {
    expect(typePaths("PoolSpec").sort()).toEqual(schemaPaths(schema.$defs.PoolSpec as Schema).sort());
  });

  it("would see a field the schema has and the types lack", () => {
    const extended = { properties: { ...resolve(schema.$defs.PoolSpec as Schema).properties, gpu: {} } };
    expect(schemaPaths(extended)).toContain("gpu");
    expect(typePaths("PoolSpec")).not.toContain("gpu");
  });
});
