import { isObject, type JsonObject, type OpenApiSpec } from "./openapi.js";

/**
 * The smallest value a schema of the spec accepts: every required property, filled with its
 * enum's first value, a value of its format, or null where the schema allows null. The fake
 * lays its own state over it, so each answer carries every field GitHub promises, shaped as the
 * spec says, without a hand-written list of the 30 required fields of an issue.
 */
export function synthesize(spec: OpenApiSpec, node: unknown, allowNull = false): unknown {
  const schema = spec.resolve(node);
  if (allowNull && schema.nullable === true) return null;
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => synthesize(spec, part) as JsonObject));
  }
  const options = schema.oneOf ?? schema.anyOf;
  if (Array.isArray(options) && options.length > 0) return synthesize(spec, options[0]);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  switch (schema.type) {
    case "object": {
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
      return Object.fromEntries(
        required
          .filter((name) => name in properties)
          .map((name) => [name, synthesize(spec, properties[name], true)]),
      );
    }
    case "array":
      return [];
    case "string":
      return stringOfFormat(schema.format);
    case "integer":
    case "number":
      return 1;
    case "boolean":
      return false;
    default:
      return {};
  }
}

function stringOfFormat(format: unknown): string {
  switch (format) {
    case "date-time":
      return "2026-01-01T00:00:00Z";
    case "uri":
      return "https://github.com/";
    case "email":
      return "octocat@github.com";
    default:
      return "";
  }
}
