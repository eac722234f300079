import type { FakeGitHub } from "./state.js";

/**
 * GitHub's GraphQL endpoint, for the one mutation we send: `minimizeComment`. The query is parsed
 * (a small subset of GraphQL: one operation, variables, arguments, nested selections; no
 * fragments or directives) so that a misspelt field, a missing variable or another classifier
 * is a violation, not a silent pass. GraphQL is not in the REST description, hence the hand check.
 */

export interface GraphqlAnswer {
  status: number;
  body: unknown;
  /** Mistakes in the request: the test fails on them. */
  violations: string[];
}

type Value =
  | { kind: "variable"; name: string }
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "enum"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "list"; values: Value[] }
  | { kind: "object"; fields: Map<string, Value> };

interface Field {
  alias: string | undefined;
  name: string;
  args: Map<string, Value>;
  selections: Field[];
}

interface OperationDefinition {
  type: string;
  name: string | undefined;
  /** Variable name -> declared type, `ID!`. */
  variables: Map<string, string>;
  selections: Field[];
}

/** Classifiers GraphQL knows (ReportedContentClassifiers); we only ever mean OUTDATED. */
const CLASSIFIERS = ["SPAM", "ABUSE", "OFF_TOPIC", "OUTDATED", "DUPLICATE", "RESOLVED", "LOW_QUALITY"];
const MINIMIZED_COMMENT_FIELDS = new Set(["isMinimized", "minimizedReason", "id", "__typename"]);

export function answerGraphql(github: FakeGitHub, rawBody: string): GraphqlAnswer {
  const violations: string[] = [];
  const fail = (problem: string): GraphqlAnswer => ({
    status: 400,
    body: {
      message: `Problems parsing request: ${problem}`,
      documentation_url: "https://docs.github.com/graphql",
    },
    violations: [`POST /graphql: ${problem}`],
  });
  let request: unknown;
  try {
    request = JSON.parse(rawBody);
  } catch {
    return fail("body is not JSON");
  }
  if (!isObject(request) || typeof request.query !== "string") return fail('body has no "query" string');
  const variables = request.variables ?? {};
  if (!isObject(variables)) return fail('"variables" is not an object');
  const extra = Object.keys(request).filter((key) => !["query", "variables", "operationName"].includes(key));
  if (extra.length > 0) return fail(`unknown body fields ${extra.join(", ")}`);

  let operation: OperationDefinition;
  try {
    operation = parseOperation(request.query);
  } catch (error) {
    return fail(`query does not parse: ${(error as Error).message}`);
  }
  if (operation.type !== "mutation") return fail(`only mutations are served, got a ${operation.type}`);
  const [field, ...others] = operation.selections;
  if (!field || others.length > 0 || field.name !== "minimizeComment") {
    return fail(
      `only a single minimizeComment is served, got ${operation.selections.map((f) => f.name).join(", ")}`,
    );
  }
  for (const name of Object.keys(variables)) {
    if (!operation.variables.has(name)) violations.push(`POST /graphql: variable $${name} is not declared`);
  }
  const resolve = (value: Value | undefined): unknown => {
    if (value === undefined) return undefined;
    switch (value.kind) {
      case "variable":
        if (!operation.variables.has(value.name))
          violations.push(`POST /graphql: $${value.name} is not declared`);
        if (!(value.name in variables)) violations.push(`POST /graphql: no value for $${value.name}`);
        return variables[value.name];
      case "null":
        return null;
      case "list":
        return value.values.map(resolve);
      case "object":
        return Object.fromEntries([...value.fields].map(([key, item]) => [key, resolve(item)]));
      default:
        return value.value;
    }
  };

  const argNames = [...field.args.keys()];
  if (argNames.join() !== "input")
    violations.push(`POST /graphql: minimizeComment takes (input), got (${argNames})`);
  const input = resolve(field.args.get("input"));
  if (!isObject(input)) {
    violations.push("POST /graphql: minimizeComment input is not an object");
    return { status: 400, body: { message: "bad input" }, violations };
  }
  const unknownInput = Object.keys(input).filter(
    (key) => !["subjectId", "classifier", "clientMutationId"].includes(key),
  );
  if (unknownInput.length > 0)
    violations.push(`POST /graphql: unknown input fields ${unknownInput.join(", ")}`);
  if (!CLASSIFIERS.includes(String(input.classifier))) {
    violations.push(
      `POST /graphql: classifier ${JSON.stringify(input.classifier)} is not one of ${CLASSIFIERS}`,
    );
  } else if (input.classifier !== "OUTDATED") {
    violations.push(`POST /graphql: classifier ${String(input.classifier)}, we only ever mean OUTDATED`);
  }
  const subjectVariable = (
    field.args.get("input") as Extract<Value, { kind: "object" }> | undefined
  )?.fields?.get("subjectId");
  if (subjectVariable?.kind === "variable" && operation.variables.get(subjectVariable.name) !== "ID!") {
    violations.push(
      `POST /graphql: $${subjectVariable.name} is declared ${operation.variables.get(subjectVariable.name)}, not ID!`,
    );
  }
  if (typeof input.subjectId !== "string") {
    violations.push("POST /graphql: subjectId is not a string");
    return { status: 400, body: { message: "bad subjectId" }, violations };
  }

  for (const selection of field.selections) {
    if (selection.name === "minimizedComment") {
      if (selection.selections.length === 0)
        violations.push("POST /graphql: minimizedComment needs a selection");
      for (const sub of selection.selections) {
        if (!MINIMIZED_COMMENT_FIELDS.has(sub.name)) {
          violations.push(`POST /graphql: minimizedComment has no field ${sub.name} here`);
        }
      }
    } else if (selection.name !== "clientMutationId") {
      violations.push(`POST /graphql: MinimizeCommentPayload has no field ${selection.name}`);
    }
  }
  const key = field.alias ?? field.name;
  const comment = github.commentByNodeId(input.subjectId);
  if (!comment) {
    return {
      status: violations.length > 0 ? 400 : 200,
      body: {
        data: { [key]: null },
        errors: [
          {
            type: "NOT_FOUND",
            path: [key],
            locations: [{ line: 2, column: 3 }],
            message: `Could not resolve to a node with the global id of '${input.subjectId}'`,
          },
        ],
      },
      violations,
    };
  }
  // Only a request without mistakes changes the state.
  if (violations.length === 0) comment.minimized = String(input.classifier);
  const values: Record<string, unknown> = {
    isMinimized: true,
    minimizedReason: String(input.classifier).toLowerCase(),
    id: comment.nodeId,
    __typename: "IssueComment",
  };
  const data: Record<string, unknown> = {};
  for (const selection of field.selections) {
    const name = selection.alias ?? selection.name;
    if (selection.name === "clientMutationId") data[name] = input.clientMutationId ?? null;
    else {
      data[name] = Object.fromEntries(
        selection.selections.map((sub) => [sub.alias ?? sub.name, values[sub.name]]),
      );
    }
  }
  // A request with mistakes fails loudly, as the REST checker's 400 does.
  return {
    status: violations.length > 0 ? 400 : 200,
    body: { data: { [field.alias ?? field.name]: data } },
    violations,
  };
}

// A tokenizer and recursive-descent parser for the subset named above.

type Token = { kind: "punct" | "name" | "string" | "number"; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /[\s,\uFEFF]+|#[^\n]*|(\.\.\.|[!$():=@[\]{}|])|([_A-Za-z][_0-9A-Za-z]*)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|("(?:[^"\\\n]|\\.)*")/gy;
  let match: RegExpExecArray | null;
  let position = 0;
  while (position < source.length) {
    pattern.lastIndex = position;
    match = pattern.exec(source);
    if (!match) throw new Error(`unexpected character ${JSON.stringify(source[position])} at ${position}`);
    position = pattern.lastIndex;
    const [, punct, name, number, string] = match;
    if (punct) tokens.push({ kind: "punct", text: punct });
    else if (name) tokens.push({ kind: "name", text: name });
    else if (number) tokens.push({ kind: "number", text: number });
    else if (string) tokens.push({ kind: "string", text: JSON.parse(string) as string });
  }
  return tokens;
}

function parseOperation(source: string): OperationDefinition {
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const next = (): Token => {
    const token = tokens[index++];
    if (!token) throw new Error("unexpected end of query");
    return token;
  };
  const expect = (text: string) => {
    const token = next();
    if (token.text !== text || token.kind === "string")
      throw new Error(`expected ${text}, got ${token.text}`);
  };
  const name = (): string => {
    const token = next();
    if (token.kind !== "name") throw new Error(`expected a name, got ${token.text}`);
    return token.text;
  };
  const isPunct = (text: string) => peek()?.kind === "punct" && peek()?.text === text;

  const type = (): string => {
    let text: string;
    if (isPunct("[")) {
      next();
      text = `[${type()}]`;
      expect("]");
    } else text = name();
    if (isPunct("!")) {
      next();
      text += "!";
    }
    return text;
  };
  const value = (): Value => {
    const token = next();
    if (token.kind === "punct" && token.text === "$") return { kind: "variable", name: name() };
    if (token.kind === "string") return { kind: "string", value: token.text };
    if (token.kind === "number") return { kind: "number", value: Number(token.text) };
    if (token.kind === "name") {
      if (token.text === "true" || token.text === "false")
        return { kind: "boolean", value: token.text === "true" };
      if (token.text === "null") return { kind: "null" };
      return { kind: "enum", value: token.text };
    }
    if (token.text === "[") {
      const values: Value[] = [];
      while (!isPunct("]")) values.push(value());
      next();
      return { kind: "list", values };
    }
    if (token.text === "{") {
      const fields = new Map<string, Value>();
      while (!isPunct("}")) {
        const key = name();
        expect(":");
        if (fields.has(key)) throw new Error(`field ${key} given twice`);
        fields.set(key, value());
      }
      next();
      return { kind: "object", fields };
    }
    throw new Error(`unexpected ${token.text} where a value belongs`);
  };
  const selectionSet = (): Field[] => {
    expect("{");
    const fields: Field[] = [];
    while (!isPunct("}")) {
      if (isPunct("...") || isPunct("@")) throw new Error("fragments and directives are not supported");
      let alias: string | undefined;
      let fieldName = name();
      if (isPunct(":")) {
        next();
        alias = fieldName;
        fieldName = name();
      }
      const args = new Map<string, Value>();
      if (isPunct("(")) {
        next();
        while (!isPunct(")")) {
          const key = name();
          expect(":");
          args.set(key, value());
        }
        next();
      }
      fields.push({ alias, name: fieldName, args, selections: isPunct("{") ? selectionSet() : [] });
    }
    next();
    if (fields.length === 0) throw new Error("empty selection set");
    return fields;
  };

  let operationType = "query";
  let operationName: string | undefined;
  const variables = new Map<string, string>();
  if (peek()?.kind === "name") {
    operationType = name();
    if (operationType !== "query" && operationType !== "mutation" && operationType !== "subscription") {
      throw new Error(`unknown operation type ${operationType}`);
    }
    if (peek()?.kind === "name") operationName = name();
    if (isPunct("(")) {
      next();
      while (!isPunct(")")) {
        expect("$");
        const variable = name();
        expect(":");
        variables.set(variable, type());
        if (isPunct("=")) {
          next();
          value();
        }
      }
      next();
    }
  }
  const selections = selectionSet();
  if (index !== tokens.length) throw new Error("only one operation per document is supported");
  return { type: operationType, name: operationName, variables, selections };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
