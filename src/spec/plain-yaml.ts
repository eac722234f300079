import { CST, Document, isScalar, Parser, type ScalarTag } from "yaml";

/** One document of a file read by `readPlainYaml`: its value and where its content starts. */
export interface PlainDocument {
  value: unknown;
  offset: number;
}

/**
 * Reads the documents of a YAML file straight from yaml's concrete syntax tree, without composing
 * a node tree, when the file uses only the plain part of YAML: block collections, flow collections
 * on one line, scalars and comments. Returns undefined for anything else (anchors, aliases, tags,
 * directives, explicit keys, tabs, multi-line flow collections, non-string or duplicate keys) and
 * for everything yaml's composer would report, so that the caller composes the file with yaml.
 *
 * Why: composing node trees took 40 % of yaml's time on 1,000 pool files, a quarter of `nodepool
 * validate` (issue #2: under one second of CPU).
 * Scalars are still resolved by yaml's own functions and its core schema, and the checks below
 * mirror those of yaml's composer (compose/resolve-*.js in yaml 2.9) for the tokens allowed here.
 * A test compares both ways on the YAML test suite, every fixture, and thousands of edited pool
 * files; rerun it on every upgrade of yaml.
 */
export function readPlainYaml(
  text: string,
  onNewLine?: (offset: number) => void,
): PlainDocument[] | undefined {
  if (text.includes("\t")) return undefined;
  const documents: PlainDocument[] = [];
  try {
    for (const token of new Parser(onNewLine).parse(text)) {
      if (token.type === "document") documents.push(readDocument(token, text));
      else if (!STREAM_FILLER.has(token.type)) return undefined;
    }
  } catch (error) {
    // Declined, or a stack overflow on absurd nesting: yaml composes the file and reports it.
    if (error === DECLINED || error instanceof RangeError) return undefined;
    throw error;
  }
  return documents;
}

function decline(): never {
  throw DECLINED;
}
const DECLINED = Symbol("declined");

/** Tokens between documents that yaml's composer keeps only as comments. */
const STREAM_FILLER = new Set(["byte-order-mark", "space", "comment", "newline"]);

// The schema and options of a YAML 1.2 document: plain scalars resolve exactly as yaml resolves them.
const { schema, options } = new Document();
const IMPLICIT_TAGS = schema.tags.filter((tag): tag is ScalarTag => tag.default === true && "test" in tag);
// Most plain scalars of pool files are strings: one test tells that no implicit tag applies.
const ANY_IMPLICIT = IMPLICIT_TAGS.every((tag) => tag.test?.flags === "")
  ? new RegExp(IMPLICIT_TAGS.map((tag) => `(?:${tag.test?.source})`).join("|"))
  : undefined;

function readDocument(doc: CST.Document, text: string): PlainDocument {
  const props = readProps(doc.start, "doc-start", true);
  const value = doc.value;
  if (props.found && (value?.type === "block-map" || value?.type === "block-seq") && !props.hasNewline)
    decline();
  readEnd(doc.end, false);
  return { value: value ? readNode(value, text) : null, offset: value?.offset ?? doc.offset };
}

function readNode(token: CST.Token, text: string): unknown {
  switch (token.type) {
    case "scalar":
    case "single-quoted-scalar":
    case "double-quoted-scalar":
    case "block-scalar":
      return readScalar(token);
    case "block-map":
      return readBlockMap(token, text);
    case "block-seq":
      return readBlockSeq(token, text);
    case "flow-collection":
      return readFlowCollection(token, text);
    default:
      return decline();
  }
}

function readScalar(token: CST.FlowScalar | CST.BlockScalar): unknown {
  const { value } = CST.resolveAsScalar(token, true, decline) ?? decline();
  if (token.type !== "scalar" || ANY_IMPLICIT?.test(value) === false) return value;
  const tag = IMPLICIT_TAGS.find((candidate) => candidate.test?.test(value));
  if (!tag) return value;
  let resolved: unknown;
  try {
    resolved = tag.resolve(value, decline, options);
  } catch {
    // yaml's composer reports a resolver's exception (TAG_RESOLVE_FAILED).
    decline();
  }
  return isScalar(resolved) ? resolved.value : resolved;
}

function readBlockMap(map: CST.BlockMap, text: string): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const items = map.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key, sep, value, explicitKey } = items[i] as (typeof items)[number];
    if (explicitKey || readProps(start, "explicit-key-ind", true).found) decline();
    if (!sep) {
      // A comment after the last entry; yaml refuses one with entries after it.
      if (key || i < items.length - 1) decline();
      continue;
    }
    if (!key || !isFlowScalar(key) || key.indent !== map.indent || containsNewline(key)) decline();
    const valueProps = readProps(sep, "map-value-ind", false);
    if (!valueProps.found || valueProps.found.offset - key.offset > 1000) decline();
    if (value?.type === "block-map" && !valueProps.hasNewline) decline();
    setKey(result, readScalar(key), value ? readNode(value, text) : null);
  }
  return result;
}

function readBlockSeq(seq: CST.BlockSequence, text: string): unknown[] {
  const result: unknown[] = [];
  for (const { start, value } of seq.items) {
    if (!readProps(start, "seq-item-ind", true).found) {
      if (value) decline();
      continue;
    }
    result.push(value ? readNode(value, text) : null);
  }
  return result;
}

function readFlowCollection(flow: CST.FlowCollection, text: string): unknown {
  const isMap = flow.start.source === "{";
  const [close, ...rest] = flow.end;
  if (close?.source !== (isMap ? "}" : "]") || text.slice(flow.offset, close.offset).includes("\n"))
    decline();
  readEnd(rest, true);
  const map: Record<string, unknown> = {};
  const seq: unknown[] = [];
  const items = flow.items;
  for (let i = 0; i < items.length; i++) {
    const { start, key, sep, value } = items[i] as CST.CollectionItem;
    const props = readProps(start, "explicit-key-ind", false, true);
    // yaml refuses a comma before the first item and a missing one after it; empty items decline.
    if (props.found || (!key && !sep && !value) || (i === 0 ? props.comma : !props.comma)) decline();
    if (value?.type === "block-map" || value?.type === "block-seq") decline();
    if (!isMap) {
      if (key || sep) decline();
      seq.push(value ? readNode(value, text) : null);
      continue;
    }
    if (!key || !isFlowScalar(key) || !sep || !readProps(sep, "map-value-ind", false, true).found) decline();
    setKey(map, readScalar(key), value ? readNode(value, text) : null);
  }
  return isMap ? map : seq;
}

function isFlowScalar(token: CST.Token): token is CST.FlowScalar {
  return (
    token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar"
  );
}

function containsNewline(scalar: CST.FlowScalar): boolean {
  return scalar.source.includes("\n") || (scalar.end?.some((token) => token.type === "newline") ?? false);
}

/** Keys are strings, once each; yaml turns others into strings its own way, so those decline. */
function setKey(target: Record<string, unknown>, key: unknown, value: unknown): void {
  if (typeof key !== "string" || key === "__proto__" || Object.hasOwn(target, key)) decline();
  target[key as string] = value;
}

interface Props {
  found: CST.SourceToken | undefined;
  comma: CST.SourceToken | undefined;
  hasNewline: boolean;
}

/**
 * The props before a node, as yaml's resolveProps reads them, for the tokens allowed here: spaces,
 * newlines, comments, one indicator and (in flow collections) one comma. Anything else declines.
 */
function readProps(
  tokens: readonly CST.SourceToken[],
  indicator: "doc-start" | "explicit-key-ind" | "map-value-ind" | "seq-item-ind",
  startOnNewline: boolean,
  flow = false,
): Props {
  const props: Props = { found: undefined, comma: undefined, hasNewline: false };
  let hasSpace = startOnNewline;
  for (const token of tokens) {
    const type = token.type;
    if (type === "space") hasSpace = true;
    else if (type === "newline") hasSpace = props.hasNewline = true;
    else if (type === "comment") {
      if (!hasSpace) decline();
    } else if (type === indicator && !props.found) {
      props.found = token;
      hasSpace = false;
    } else if (type === "comma" && flow && !props.comma) {
      props.comma = token;
      hasSpace = false;
    } else decline();
  }
  return props;
}

/** What follows a node on its line, as yaml's resolveEnd reads it. */
function readEnd(tokens: readonly CST.SourceToken[] | undefined, requireSpace: boolean): void {
  let hasSpace = false;
  for (const token of tokens ?? []) {
    if (token.type === "space" || token.type === "newline") hasSpace = true;
    else if (token.type !== "comment" || (requireSpace && !hasSpace)) decline();
  }
}
