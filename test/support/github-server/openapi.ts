import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

/**
 * GitHub's published OpenAPI description (OpenAPI 3.0.3, from @octokit/openapi) as routes and
 * validators. The 13 MB file is parsed once per test file (module state); each operation's
 * parameter, body and response validators are compiled the first time that operation is used.
 */

type AddFormats = typeof addFormatsModule.default;
// ajv-formats is CommonJS: its default export arrives as the module object or the function itself.
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;

export const SPEC_PATH = createRequire(import.meta.url).resolve(
  "@octokit/openapi/generated/api.github.com.json",
);

export type JsonObject = Record<string, unknown>;

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: JsonObject;
  multiSegment: boolean;
}

export interface Operation {
  operationId: string;
  method: string;
  /** `/repos/{owner}/{repo}/issues/{issue_number}/comments` */
  template: string;
  parameters: Parameter[];
  requestBody: { required: boolean; schema: JsonObject | undefined } | undefined;
  /** Status -> JSON schema of the answer, for the statuses that have one. */
  responses: Map<string, JsonObject>;
}

interface Route {
  template: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  operations: Map<string, Operation>;
}

export type RouteMatch =
  | { ok: true; operation: Operation; pathParams: Record<string, string> }
  | { ok: false; problem: string };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Keywords of OpenAPI 3.0 schema objects that JSON Schema lacks; `nullable` is rewritten instead. */
const OPENAPI_ONLY = new Set(["nullable", "example", "discriminator", "xml", "externalDocs"]);
const SUBSCHEMA = new Set(["items", "additionalProperties", "not", "contains", "propertyNames"]);
const SUBSCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const SUBSCHEMA_MAPS = new Set(["properties", "patternProperties"]);
const SCHEMA_ID_BASE = "https://openapi.github.test/components/schemas/";

export class OpenApiSpec {
  readonly document: JsonObject;
  readonly version: string;
  readonly #routes: Route[];
  readonly #operations = new Map<string, Operation>();
  readonly #ajv: Ajv2020;
  readonly #added = new Set<string>();
  readonly #validators = new Map<string, ValidateFunction>();

  constructor(document: JsonObject) {
    this.document = document;
    this.version = String((document.info as JsonObject | undefined)?.version ?? "unknown");
    this.#routes = this.#buildRoutes();
    // strict: a keyword the converter does not know fails the compile, so a spec that starts using
    // one is noticed instead of silently validating less. inlineRefs off: components such as
    // `repository` are referenced from many places, and inlining copies them into each (compiling
    // the answer of one issue list took a second with it, a fifth of that without).
    this.#ajv = new Ajv2020({
      allErrors: true,
      strict: true,
      strictTypes: false,
      strictRequired: false,
      inlineRefs: false,
      code: { optimize: false },
    });
    addFormats(this.#ajv);
  }

  /** The operation for a request, or why there is none (unknown path, or a method the path lacks). */
  match(method: string, pathname: string): RouteMatch {
    const candidates: { route: Route; values: string[] }[] = [];
    for (const route of this.#routes) {
      const found = route.pattern.exec(pathname);
      if (found) candidates.push({ route, values: found.slice(1) });
    }
    if (candidates.length === 0) {
      return { ok: false, problem: `no path in GitHub's OpenAPI description matches ${pathname}` };
    }
    // A literal segment beats a parameter: `/issues/comments` is not issue number "comments".
    candidates.sort((a, b) => b.route.literalSegments - a.route.literalSegments);
    const wanted = method.toLowerCase();
    const withMethod = candidates.find(({ route }) => route.operations.has(wanted));
    if (!withMethod) {
      const best = candidates[0] as { route: Route };
      const allowed = [...best.route.operations.keys()].map((m) => m.toUpperCase()).join(", ");
      return {
        ok: false,
        problem: `${best.route.template} has no ${method.toUpperCase()} (it has ${allowed})`,
      };
    }
    const operation = withMethod.route.operations.get(wanted) as Operation;
    const pathParams: Record<string, string> = {};
    withMethod.route.names.forEach((name, i) => {
      pathParams[name] = decodeURIComponent(withMethod.values[i] ?? "");
    });
    return { ok: true, operation, pathParams };
  }

  operation(operationId: string): Operation {
    const found = this.#operations.get(operationId);
    if (!found) throw new Error(`no operation ${operationId} in GitHub's OpenAPI description`);
    return found;
  }

  /** Resolves a local `$ref` (`#/components/...`) of the raw document. */
  resolve(node: unknown): JsonObject {
    let current = node;
    for (let hops = 0; isObject(current) && typeof current.$ref === "string"; hops++) {
      if (hops > 20) throw new Error(`$ref loop at ${current.$ref}`);
      current = this.#pointer(current.$ref);
    }
    if (!isObject(current)) throw new Error("schema is not an object");
    return current;
  }

  /**
   * Validates `value` against an OpenAPI schema of this document; `key` names the compiled
   * validator in the cache. Returns `path: message` lines, empty when valid.
   */
  validate(key: string, schema: JsonObject, value: unknown, label: string): string[] {
    let validator = this.#validators.get(key);
    if (!validator) {
      validator = this.#ajv.compile(this.#toJsonSchema(schema) as JsonObject);
      this.#validators.set(key, validator);
    }
    return validator(value) ? [] : formatErrors(validator.errors ?? [], label);
  }

  /**
   * OpenAPI 3.0 schema -> JSON Schema 2020-12: `nullable` becomes a `null` type (or an `anyOf`
   * with null when there is no `type`, as on `oneOf` fields), OpenAPI-only keywords and `x-`
   * extensions go, and component `$ref`s point to schemas registered with Ajv once each.
   */
  #toJsonSchema(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((item) => this.#toJsonSchema(item));
    if (!isObject(node)) return node;
    if (typeof node.$ref === "string") return { $ref: this.#registerComponent(node.$ref) };
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (OPENAPI_ONLY.has(key) || key.startsWith("x-")) continue;
      if (SUBSCHEMA.has(key)) out[key] = this.#toJsonSchema(value);
      else if (SUBSCHEMA_LISTS.has(key))
        out[key] = (value as unknown[]).map((item) => this.#toJsonSchema(item));
      else if (SUBSCHEMA_MAPS.has(key)) {
        out[key] = Object.fromEntries(
          Object.entries(value as JsonObject).map(([name, item]) => [name, this.#toJsonSchema(item)]),
        );
      } else out[key] = value;
    }
    if (node.nullable !== true) return out;
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === "string") return { ...out, type: [out.type, "null"] };
    return { anyOf: [out, { type: "null" }] };
  }

  #registerComponent(ref: string): string {
    const prefix = "#/components/schemas/";
    if (!ref.startsWith(prefix)) throw new Error(`unexpected $ref ${ref} inside a schema`);
    const id = `${SCHEMA_ID_BASE}${ref.slice(prefix.length)}`;
    if (!this.#added.has(id)) {
      this.#added.add(id);
      this.#ajv.addSchema({ $id: id, ...(this.#toJsonSchema(this.#pointer(ref)) as JsonObject) });
    }
    return id;
  }

  #pointer(ref: string): unknown {
    if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, not ${ref}`);
    let current: unknown = this.document;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      current = isObject(current) ? current[key] : undefined;
    }
    if (current === undefined) throw new Error(`$ref ${ref} points nowhere`);
    return current;
  }

  #buildRoutes(): Route[] {
    const routes: Route[] = [];
    for (const [template, rawItem] of Object.entries(this.document.paths as JsonObject)) {
      const item = rawItem as JsonObject;
      const operations = new Map<string, Operation>();
      for (const method of HTTP_METHODS) {
        const raw = item[method];
        if (!isObject(raw)) continue;
        const operation = this.#buildOperation(template, method, item, raw);
        operations.set(method, operation);
        this.#operations.set(operation.operationId, operation);
      }
      const multiSegment = new Set(
        [...operations.values()].flatMap((op) =>
          op.parameters.filter((p) => p.multiSegment).map((p) => p.name),
        ),
      );
      const names: string[] = [];
      const source = template
        .split("/")
        .map((segment) =>
          segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
            if (name === undefined) return escapeRegExp(part);
            names.push(name);
            return multiSegment.has(name) ? "(.+)" : "([^/]+)";
          }),
        )
        .join("/");
      routes.push({
        template,
        pattern: new RegExp(`^${source}$`),
        names,
        literalSegments: template.split("/").filter((segment) => segment !== "" && !segment.includes("{"))
          .length,
        operations,
      });
    }
    return routes;
  }

  #buildOperation(template: string, method: string, item: JsonObject, raw: JsonObject): Operation {
    const byKey = new Map<string, Parameter>();
    for (const node of [...asArray(item.parameters), ...asArray(raw.parameters)]) {
      const parameter = this.resolve(node);
      byKey.set(`${parameter.in}:${parameter.name}`, {
        name: String(parameter.name),
        in: parameter.in as Parameter["in"],
        required: parameter.required === true,
        schema: isObject(parameter.schema) ? parameter.schema : {},
        multiSegment: parameter["x-multi-segment"] === true,
      });
    }
    const body = isObject(raw.requestBody) ? this.resolve(raw.requestBody) : undefined;
    const responses = new Map<string, JsonObject>();
    for (const [status, node] of Object.entries(isObject(raw.responses) ? raw.responses : {})) {
      const schema = jsonSchemaOf(this.resolve(node));
      if (schema) responses.set(status, schema);
    }
    return {
      operationId: String(raw.operationId),
      method,
      template,
      parameters: [...byKey.values()],
      requestBody: body ? { required: body.required === true, schema: jsonSchemaOf(body) } : undefined,
      responses,
    };
  }
}

let loaded: OpenApiSpec | undefined;

/** The spec, parsed on first use and kept for the rest of the test file. */
export function loadOpenApiSpec(): OpenApiSpec {
  loaded ??= new OpenApiSpec(JSON.parse(readFileSync(SPEC_PATH, "utf8")) as JsonObject);
  return loaded;
}

function jsonSchemaOf(node: JsonObject): JsonObject | undefined {
  const content = isObject(node.content) ? node.content : {};
  const json = content["application/json"];
  return isObject(json) && isObject(json.schema) ? json.schema : undefined;
}

function formatErrors(errors: readonly ErrorObject[], label: string): string[] {
  return errors.map((error) => {
    const extra =
      error.keyword === "additionalProperties"
        ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
        : error.keyword === "enum"
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : "";
    return `${label}${error.instancePath || ""}: ${error.message ?? error.keyword}${extra}`;
  });
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
