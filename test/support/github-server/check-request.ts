import type { OpenApiSpec, Operation, Parameter } from "./openapi.js";

export interface IncomingRequest {
  method: string;
  /** Path and query as received, `/repos/o/r/issues?state=open`. */
  url: string;
  contentType: string | undefined;
  /** The raw body; empty when there was none. */
  body: string;
}

/**
 * The request checked against GitHub's OpenAPI description. `status` 501: no such operation
 * (path or method); 400: the operation exists but a parameter or the body breaks its schema.
 */
export type RequestCheck =
  | {
      ok: true;
      operation: Operation;
      pathParams: Record<string, unknown>;
      query: Record<string, unknown>;
      body: unknown;
    }
  | { ok: false; status: 400 | 501; operation: Operation | undefined; problems: string[] };

export function checkRequest(spec: OpenApiSpec, request: IncomingRequest): RequestCheck {
  const url = new URL(request.url, "http://github.test");
  const match = spec.match(request.method, url.pathname);
  if (!match.ok) return { ok: false, status: 501, operation: undefined, problems: [match.problem] };
  const { operation } = match;
  const problems: string[] = [];

  const pathParams: Record<string, unknown> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === "path")) {
    const raw = match.pathParams[parameter.name];
    if (raw === undefined) {
      problems.push(`path parameter ${parameter.name} is missing`);
      continue;
    }
    pathParams[parameter.name] = checkParameter(spec, operation, parameter, raw, problems);
  }

  const query: Record<string, unknown> = {};
  const declared = new Map(operation.parameters.filter((p) => p.in === "query").map((p) => [p.name, p]));
  for (const name of new Set(url.searchParams.keys())) {
    const parameter = declared.get(name);
    if (!parameter) {
      problems.push(`query parameter ${name} is not one of ${[...declared.keys()].join(", ") || "(none)"}`);
      continue;
    }
    const values = url.searchParams.getAll(name);
    if (values.length > 1) problems.push(`query parameter ${name} is given ${values.length} times`);
    query[name] = checkParameter(spec, operation, parameter, values[0] ?? "", problems);
  }
  for (const parameter of declared.values()) {
    if (parameter.required && !url.searchParams.has(parameter.name)) {
      problems.push(`query parameter ${parameter.name} is required`);
    }
  }

  const body = checkBody(spec, operation, request, problems);
  if (problems.length > 0) return { ok: false, status: 400, operation, problems };
  return { ok: true, operation, pathParams, query, body };
}

/** A path or query value, turned into the type its schema names, then validated. */
function checkParameter(
  spec: OpenApiSpec,
  operation: Operation,
  parameter: Parameter,
  raw: string,
  problems: string[],
): unknown {
  const value = coerce(raw, parameter.schema.type);
  problems.push(
    ...spec.validate(
      `${operation.operationId}:${parameter.in}:${parameter.name}`,
      parameter.schema,
      value,
      `${parameter.in} parameter ${parameter.name}=${JSON.stringify(raw)}`,
    ),
  );
  return value;
}

function coerce(raw: string, type: unknown): unknown {
  if ((type === "integer" || type === "number") && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

function checkBody(
  spec: OpenApiSpec,
  operation: Operation,
  request: IncomingRequest,
  problems: string[],
): unknown {
  const declared = operation.requestBody;
  if (request.body === "") {
    if (declared?.required) problems.push("request body is required");
    return undefined;
  }
  if (!declared) {
    problems.push(`${operation.operationId} takes no request body, got ${request.body.length} bytes`);
    return undefined;
  }
  if (!declared.schema) {
    problems.push(`${operation.operationId} has no application/json body in the description`);
    return undefined;
  }
  if (!request.contentType?.toLowerCase().startsWith("application/json")) {
    problems.push(
      `request body is sent as ${request.contentType ?? "(no content-type)"}, not application/json`,
    );
    return undefined;
  }
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch (error) {
    problems.push(`request body is not JSON: ${(error as Error).message}`);
    return undefined;
  }
  problems.push(...spec.validate(`${operation.operationId}:body`, declared.schema, body, "body"));
  return body;
}
