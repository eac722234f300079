import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import schema from "./nodepool.schema.json" with { type: "json" };

export { schema };

type AddFormats = typeof addFormatsModule.default;
// ajv-formats is CommonJS: its default export arrives as the module object or the function itself.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

export type SchemaError = ErrorObject;
export type DocumentKind = "NodePool" | "NodePoolDefaults" | "NodePoolSettings" | "CompletePoolSpec";

/** Compiled validators, one per document kind, from the committed schema. */
export interface SchemaValidators {
  validate(kind: DocumentKind, value: unknown): SchemaError[];
  /** Validates and fills in the schema's `default` values, in place. */
  validateWithDefaults(kind: DocumentKind, value: unknown): SchemaError[];
}

function createAjv(useDefaults: boolean): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    verbose: true,
    useDefaults,
  });
  ajv.addKeyword({ keyword: "x-expected", schemaType: "string" });
  addFormats(ajv, ["ipv4", "hostname", "uri"]);
  ajv.addSchema(schema);
  return ajv;
}

export function compileSchema(): SchemaValidators {
  // Defaults are filled in from the schema so that they are written in one place only.
  const instances = { plain: createAjv(false), withDefaults: createAjv(true) };
  const compiled = new Map<string, ValidateFunction>();
  const run = (instance: keyof typeof instances, kind: DocumentKind, value: unknown) => {
    const key = `${instance}:${kind}`;
    let fn = compiled.get(key);
    if (!fn) {
      fn = instances[instance].getSchema(`${schema.$id}#/$defs/${kind}`) as ValidateFunction;
      compiled.set(key, fn);
    }
    return fn(value) ? [] : [...(fn.errors ?? [])];
  };
  return {
    validate: (kind, value) => run("plain", kind, value),
    validateWithDefaults: (kind, value) => run("withDefaults", kind, value),
  };
}
