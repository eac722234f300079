import type { FakeComment, FakeCommentEdit, FakeGitHub, FakeUser } from "./state.js";

/**
 * GitHub's GraphQL endpoint, for what we send: the `minimizeComment` mutation and the
 * `node(id:) { ... on IssueComment { ... } }` query reading who edited a comment. The query is
 * parsed (a small subset of GraphQL: one operation, variables, arguments, nested selections and
 * inline fragments; no named fragments or directives) so that a misspelt field, a missing or
 * unused variable, an unserved type condition or another classifier is a violation, not a silent
 * pass. GraphQL is not in the REST description, hence the hand check; field names and types are
 * from GitHub's public schema (octokit/graphql-schema `schema.graphql`).
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
  kind: "field";
  alias: string | undefined;
  name: string;
  args: Map<string, Value>;
  selections: Selection[];
}

/** `... on IssueComment { ... }` */
interface InlineFragment {
  kind: "fragment";
  typeCondition: string;
  selections: Selection[];
}

type Selection = Field | InlineFragment;

interface OperationDefinition {
  type: string;
  name: string | undefined;
  /** Variable name -> declared type, `ID!`. */
  variables: Map<string, string>;
  /** Variables the operation refers to anywhere. */
  usedVariables: Set<string>;
  selections: Selection[];
}

/** Classifiers GraphQL knows (ReportedContentClassifiers); we only ever mean OUTDATED. */
const CLASSIFIERS = ["SPAM", "ABUSE", "OFF_TOPIC", "OUTDATED", "DUPLICATE", "RESOLVED", "LOW_QUALITY"];
const MINIMIZED_COMMENT_FIELDS = new Set(["isMinimized", "minimizedReason", "id", "__typename"]);
/** GitHub's cap on `first` and `last` of any connection. */
const MAX_PAGE = 100;

interface Context {
  violations: string[];
  resolve(value: Value | undefined): unknown;
}

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
  const [field, ...others] = operation.selections;
  const served = operation.type === "mutation" ? "minimizeComment" : "node";
  if (operation.type !== "mutation" && operation.type !== "query") {
    return fail(`only queries and mutations are served, got a ${operation.type}`);
  }
  if (field?.kind !== "field" || others.length > 0 || field.name !== served) {
    return fail(
      `only a single ${served} is served in a ${operation.type}, got ${operation.selections
        .map((s) => (s.kind === "field" ? s.name : `... on ${s.typeCondition}`))
        .join(", ")}`,
    );
  }
  for (const name of Object.keys(variables)) {
    if (!operation.variables.has(name)) violations.push(`POST /graphql: variable $${name} is not declared`);
  }
  for (const name of operation.variables.keys()) {
    // GraphQL's "All Variables Used" rule: GitHub refuses the whole document.
    if (!operation.usedVariables.has(name))
      violations.push(`POST /graphql: $${name} is declared but not used`);
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
  const context: Context = { violations, resolve };
  return operation.type === "mutation"
    ? answerMinimize(github, operation, field, context)
    : answerNode(github, operation, field, context);
}

function answerMinimize(
  github: FakeGitHub,
  operation: OperationDefinition,
  field: Field,
  { violations, resolve }: Context,
): GraphqlAnswer {
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

  const payload = fieldsOnly(field.selections, "MinimizeCommentPayload", violations);
  for (const selection of payload) {
    if (selection.name === "minimizedComment") {
      if (selection.selections.length === 0)
        violations.push("POST /graphql: minimizedComment needs a selection");
      for (const sub of fieldsOnly(selection.selections, "minimizedComment", violations)) {
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
      body: { data: { [key]: null }, errors: [notFound(key, input.subjectId)] },
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
  for (const selection of payload) {
    const name = selection.alias ?? selection.name;
    if (selection.name === "clientMutationId") data[name] = input.clientMutationId ?? null;
    else {
      data[name] = Object.fromEntries(
        fieldsOnly(selection.selections, "minimizedComment", []).map((sub) => [
          sub.alias ?? sub.name,
          values[sub.name],
        ]),
      );
    }
  }
  // A request with mistakes fails loudly, as the REST checker's 400 does.
  return {
    status: violations.length > 0 ? 400 : 200,
    body: { data: { [key]: data } },
    violations,
  };
}

/** `node(id: $id) { ... on IssueComment { ... } }`: a comment's editor and edit history. */
function answerNode(
  github: FakeGitHub,
  operation: OperationDefinition,
  field: Field,
  context: Context,
): GraphqlAnswer {
  const { violations, resolve } = context;
  checkArgs(field, "node", ["id"], violations);
  const idValue = field.args.get("id");
  if (idValue?.kind === "variable" && operation.variables.get(idValue.name) !== "ID!") {
    violations.push(
      `POST /graphql: $${idValue.name} is declared ${operation.variables.get(idValue.name)}, not ID!`,
    );
  }
  const id = resolve(idValue);
  if (typeof id !== "string") violations.push("POST /graphql: node(id:) is not given a string");
  if (field.selections.length === 0) violations.push("POST /graphql: node needs a selection");
  const key = field.alias ?? field.name;
  const comment = typeof id === "string" ? github.commentByNodeId(id) : undefined;
  // An unknown id is checked against a stand-in, so that a misspelt field is caught either way.
  const data = select(nodeShape(comment ?? PLACEHOLDER_COMMENT), field.selections, context);
  const status = violations.length > 0 ? 400 : 200;
  if (!comment) {
    return { status, body: { data: { [key]: null }, errors: [notFound(key, String(id))] }, violations };
  }
  return { status, body: { data: { [key]: data } }, violations };
}

// What the fake serves of GitHub's object types, as shapes that `select` walks.

type FieldResolver = (field: Field, context: Context) => unknown;

interface ObjectShape {
  /** The type the selection is written against (an interface such as Node or Actor, or the type). */
  type: string;
  /** The object's concrete type, which `__typename` answers. */
  typename: string;
  fields: Record<string, FieldResolver>;
  /** Type condition -> its shape, for the inline fragments served here. */
  fragments?: Record<string, ObjectShape>;
}

const PLACEHOLDER_USER: FakeUser = { login: "ghost", id: 10137, type: "User" };
const PLACEHOLDER_EDIT: FakeCommentEdit = { editor: null, editedAt: "1970-01-01T00:00:00Z" };
const PLACEHOLDER_COMMENT: FakeComment = {
  id: 0,
  nodeId: "",
  owner: "",
  repo: "",
  issueNumber: 0,
  body: "",
  user: PLACEHOLDER_USER,
  createdAt: PLACEHOLDER_EDIT.editedAt,
  updatedAt: PLACEHOLDER_EDIT.editedAt,
  minimized: undefined,
  edits: [],
};

function nodeShape(comment: FakeComment): ObjectShape {
  const comments = issueCommentShape(comment);
  return {
    type: "Node",
    typename: comments.typename,
    fields: { id: leaf(comment.nodeId) },
    fragments: { IssueComment: comments },
  };
}

function issueCommentShape(comment: FakeComment): ObjectShape {
  const last = comment.edits.at(-1);
  return {
    type: "IssueComment",
    typename: "IssueComment",
    fields: {
      id: leaf(comment.nodeId),
      // The last edit's actor and time; null for a comment never edited.
      editor: object(last?.editor ? actorShape(last.editor) : null, actorShape(PLACEHOLDER_USER)),
      lastEditedAt: leaf(last?.editedAt ?? null),
      includesCreatedEdit: leaf(comment.edits.length > 0),
      userContentEdits: userContentEdits(comment.edits),
    },
  };
}

function actorShape(user: FakeUser): ObjectShape {
  return {
    type: "Actor",
    typename: user.type,
    // GraphQL names an app's bot without the "[bot]" that REST appends (github-actions).
    fields: { login: leaf(user.type === "Bot" ? user.login.replace(/\[bot\]$/, "") : user.login) },
  };
}

function editShape(edit: FakeCommentEdit): ObjectShape {
  return {
    type: "UserContentEdit",
    typename: "UserContentEdit",
    fields: {
      editedAt: leaf(edit.editedAt),
      editor: object(edit.editor ? actorShape(edit.editor) : null, actorShape(PLACEHOLDER_USER)),
    },
  };
}

/**
 * `userContentEdits(first: | last:)`, newest first: the order of GitHub's edit history menu,
 * assumed for the API too (its documentation does not say; our client does not rely on it).
 */
function userContentEdits(edits: readonly FakeCommentEdit[]): FieldResolver {
  return (field, context) => {
    const { violations, resolve } = context;
    checkArgs(field, "userContentEdits", ["first", "last"], violations);
    const first = resolve(field.args.get("first"));
    const last = resolve(field.args.get("last"));
    const count = first ?? last;
    if ((first === undefined) === (last === undefined)) {
      violations.push("POST /graphql: userContentEdits needs exactly one of first and last");
    } else if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_PAGE) {
      violations.push(
        `POST /graphql: userContentEdits(${first === undefined ? "last" : "first"}: ${JSON.stringify(count)}) is not an integer from 1 to ${MAX_PAGE}`,
      );
    }
    const newestFirst = [...edits].reverse();
    const n = Number.isInteger(count) ? (count as number) : 0;
    const page =
      first !== undefined ? newestFirst.slice(0, n) : newestFirst.slice(Math.max(0, edits.length - n));
    const connection: ObjectShape = {
      type: "UserContentEditConnection",
      typename: "UserContentEditConnection",
      fields: {
        totalCount: leaf(edits.length),
        nodes: list(page.map(editShape), editShape(PLACEHOLDER_EDIT)),
      },
    };
    return selectField(field, connection, context);
  };
}

/** A scalar field: no arguments, no selection. */
function leaf(value: unknown): FieldResolver {
  return (field, { violations }) => {
    checkArgs(field, field.name, [], violations);
    if (field.selections.length > 0)
      violations.push(`POST /graphql: ${field.name} is a scalar, it takes no selection`);
    return value;
  };
}

/** A nullable object field; the stand-in checks the selection when the value is null. */
function object(shape: ObjectShape | null, standIn: ObjectShape): FieldResolver {
  return (field, context) => {
    checkArgs(field, field.name, [], context.violations);
    const selected = selectField(field, shape ?? standIn, context);
    return shape ? selected : null;
  };
}

/** A list of objects; the stand-in checks the selection when the list is empty. */
function list(shapes: ObjectShape[], standIn: ObjectShape): FieldResolver {
  return (field, context) => {
    checkArgs(field, field.name, [], context.violations);
    // Every item has the same selection: its mistakes are counted once.
    selectField(field, shapes[0] ?? standIn, context);
    const quiet = { ...context, violations: [] };
    return shapes.map((shape) => selectField(field, shape, quiet));
  };
}

function selectField(field: Field, shape: ObjectShape, context: Context): Record<string, unknown> {
  if (field.selections.length === 0)
    context.violations.push(`POST /graphql: ${field.name} needs a selection`);
  return select(shape, field.selections, context);
}

/**
 * The selected fields of one object, under their aliases, and nothing else: GitHub answers only
 * what was asked (`__typename` included only when selected).
 */
function select(shape: ObjectShape, selections: Selection[], context: Context): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const selection of selections) {
    if (selection.kind === "fragment") {
      const fragment = shape.fragments?.[selection.typeCondition];
      if (!fragment) {
        const served = Object.keys(shape.fragments ?? {});
        context.violations.push(
          `POST /graphql: ... on ${selection.typeCondition} is not served in ${shape.type} (${served.length > 0 ? `only on ${served.join(", ")}` : "no fragments"})`,
        );
        continue;
      }
      // A fragment applies when the object is of its type; the fake's objects always are.
      Object.assign(data, select(fragment, selection.selections, context));
      continue;
    }
    const key = selection.alias ?? selection.name;
    if (selection.name === "__typename") {
      data[key] = leaf(shape.typename)(selection, context);
      continue;
    }
    const resolve = shape.fields[selection.name];
    if (!resolve) {
      context.violations.push(
        `POST /graphql: ${shape.type} has no field ${selection.name} here (served: __typename, ${Object.keys(shape.fields).join(", ")})`,
      );
      continue;
    }
    data[key] = resolve(selection, context);
  }
  return data;
}

function checkArgs(field: Field, where: string, allowed: readonly string[], violations: string[]): void {
  for (const name of field.args.keys()) {
    if (!allowed.includes(name)) {
      violations.push(
        `POST /graphql: ${where} takes ${allowed.length > 0 ? `(${allowed.join(", ")})` : "no arguments"} here, got ${name}`,
      );
    }
  }
}

/** Fields of a selection set where the fake serves no fragments. */
function fieldsOnly(selections: Selection[], where: string, violations: string[]): Field[] {
  const fields: Field[] = [];
  for (const selection of selections) {
    if (selection.kind === "field") fields.push(selection);
    else violations.push(`POST /graphql: ... on ${selection.typeCondition} is not served in ${where}`);
  }
  return fields;
}

function notFound(key: string, id: string): Record<string, unknown> {
  return {
    type: "NOT_FOUND",
    path: [key],
    locations: [{ line: 2, column: 3 }],
    message: `Could not resolve to a node with the global id of '${id}'`,
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
  const usedVariables = new Set<string>();

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
    if (token.kind === "punct" && token.text === "$") {
      const variable = name();
      usedVariables.add(variable);
      return { kind: "variable", name: variable };
    }
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
  const selectionSet = (): Selection[] => {
    expect("{");
    const fields: Selection[] = [];
    while (!isPunct("}")) {
      if (isPunct("@")) throw new Error("directives are not supported");
      if (isPunct("...")) {
        next();
        if (peek()?.text !== "on") throw new Error("only inline fragments (... on Type) are supported");
        next();
        const typeCondition = name();
        if (isPunct("@")) throw new Error("directives are not supported");
        fields.push({ kind: "fragment", typeCondition, selections: selectionSet() });
        continue;
      }
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
      fields.push({
        kind: "field",
        alias,
        name: fieldName,
        args,
        selections: isPunct("{") ? selectionSet() : [],
      });
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
  return { type: operationType, name: operationName, variables, usedVariables, selections };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
