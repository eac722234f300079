/**
 * Terraform type constraints (`object({ a = optional(string) })`) read from a real HCL parse, and
 * a check of a rendered JSON value against them. Test support only.
 */
export type TerraformType =
  | { kind: "string" | "number" | "bool" | "any" }
  | { kind: "list" | "set" | "map"; element: TerraformType }
  | { kind: "object"; attributes: Record<string, { type: TerraformType; optional: boolean }> }
  | { kind: "tuple"; elements: TerraformType[] };

export function parseType(expression: string): TerraformType {
  const source = expression.replace(/^\$\{/, "").replace(/\}$/, "");
  let at = 0;
  const skip = () => {
    while (/[\s,]/.test(source[at] ?? "")) at++;
  };
  const word = () => {
    skip();
    const match = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(source.slice(at));
    if (!match) throw new Error(`type expected at ${at} in ${source}`);
    at += match[0].length;
    return match[0];
  };
  const expect = (char: string) => {
    skip();
    if (source[at] !== char) throw new Error(`'${char}' expected at ${at} in ${source}`);
    at++;
  };
  const skipDefault = () => {
    // optional(T, default): the default is a Terraform expression; skip it with bracket counting.
    let depth = 0;
    while (at < source.length) {
      const c = source[at] as string;
      if (c === '"') {
        at++;
        while (source[at] !== '"') at += source[at] === "\\" ? 2 : 1;
      } else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) {
        if (depth === 0) return;
        depth--;
      }
      at++;
    }
  };
  const type = (): TerraformType => {
    const name = word();
    if (name === "string" || name === "number" || name === "bool" || name === "any") return { kind: name };
    if (name === "list" || name === "set" || name === "map") {
      expect("(");
      const element = type();
      expect(")");
      return { kind: name, element };
    }
    if (name === "tuple") {
      expect("(");
      expect("[");
      const elements: TerraformType[] = [];
      skip();
      while (source[at] !== "]") {
        elements.push(type());
        skip();
      }
      expect("]");
      expect(")");
      return { kind: "tuple", elements };
    }
    if (name === "object") {
      expect("(");
      expect("{");
      const attributes: Record<string, { type: TerraformType; optional: boolean }> = {};
      skip();
      while (source[at] !== "}") {
        const key = word();
        expect("=");
        skip();
        if (source.startsWith("optional(", at)) {
          at += "optional(".length;
          const inner = type();
          skip();
          skipDefault();
          expect(")");
          attributes[key] = { type: inner, optional: true };
        } else {
          attributes[key] = { type: type(), optional: false };
        }
        skip();
      }
      expect("}");
      expect(")");
      return { kind: "object", attributes };
    }
    throw new Error(`unknown type ${name} in ${source}`);
  };
  return type();
}

/** Problems of `value` against `type`, as `path: message`; empty when it fits. */
export function checkValue(value: unknown, type: TerraformType, path: string): string[] {
  if (typeof value === "string" && value.includes("${")) return []; // a reference, typed by Terraform
  if (value === null) return [];
  switch (type.kind) {
    case "any":
      return [];
    case "string":
      return typeof value === "string" ? [] : [`${path}: expected string, got ${JSON.stringify(value)}`];
    case "number":
      return typeof value === "number" ? [] : [`${path}: expected number, got ${JSON.stringify(value)}`];
    case "bool":
      return typeof value === "boolean" ? [] : [`${path}: expected bool, got ${JSON.stringify(value)}`];
    case "list":
    case "set":
    case "tuple":
      if (!Array.isArray(value)) return [`${path}: expected ${type.kind}, got ${JSON.stringify(value)}`];
      return value.flatMap((item, i) =>
        checkValue(
          item,
          type.kind === "tuple" ? (type.elements[i] ?? { kind: "any" }) : type.element,
          `${path}[${i}]`,
        ),
      );
    case "map":
      if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected map`];
      return Object.entries(value).flatMap(([k, v]) => checkValue(v, type.element, `${path}.${k}`));
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected object`];
      const record = value as Record<string, unknown>;
      const problems = Object.keys(record)
        .filter((k) => !(k in type.attributes))
        .map((k) => `${path}.${k}: not an attribute of the module's type`);
      for (const [k, attribute] of Object.entries(type.attributes)) {
        if (record[k] === undefined) {
          if (!attribute.optional) problems.push(`${path}.${k}: required attribute missing`);
        } else {
          problems.push(...checkValue(record[k], attribute.type, `${path}.${k}`));
        }
      }
      return problems;
    }
  }
}
