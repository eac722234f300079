import {
  type Alias,
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseAllDocuments,
  visit,
} from "yaml";
import type { Issue, Severity } from "./types.js";

/** A path into a document, as ajv's instancePath segments: keys and list indices. */
export type DocPath = readonly (string | number)[];

/** One parsed YAML document of a file, able to say where any of its nodes sits. */
export interface SourceDocument {
  file: string;
  /** 1-based line where the document's content starts. */
  line: number;
  value: unknown;
  /** Location of the node at `path`, or of its nearest ancestor that exists. `key` prefers the map key. */
  locate(path: DocPath, prefer?: "key" | "value"): { line: number; column: number; exact: boolean };
}

export interface ParsedFile {
  documents: SourceDocument[];
  issues: Issue[];
}

/**
 * Parses a multi-document YAML file; syntax errors, duplicate keys, tabs and text that is not
 * UTF-8 (NUL bytes) become issues.
 */
export function parseYamlFile(file: string, text: string): ParsedFile {
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    // YAML excludes NUL; a file full of them is binary, or text saved as UTF-16.
    const before = text.slice(0, nul).split("\n");
    const message =
      "not a YAML text file: it holds NUL bytes (pool files are UTF-8; was this one saved as UTF-16?)";
    const column = (before.at(-1)?.length ?? 0) + 1;
    return { documents: [], issues: [{ file, line: before.length, column, severity: "error", message }] };
  }

  const lines = new LineCounter();
  const docs = parseYaml(text, lines);
  const where = locator(text, lines);
  const issues: Issue[] = [];
  const documents: SourceDocument[] = [];
  const push = (severity: Severity, offset: number, message: string) =>
    issues.push({ file, ...where.position(offset), severity, message });
  for (const [index, doc] of docs.entries()) {
    // The first syntax error of a document is the real one; the parser's later ones follow from it.
    const [error] = doc.errors;
    if (error)
      push("error", error.pos[0], describeYamlError(error.code, error.message, text.slice(error.pos[0])));
    for (const warning of doc.warnings) push("warning", warning.pos[0], firstLine(warning.message));
    const contents = doc.contents as Node | null;
    if (doc.errors.length > 0 || contents === null || (isScalar(contents) && contents.value === null))
      continue;
    const unresolved = text.includes("*") ? findUnresolvedAlias(doc) : undefined;
    if (unresolved) {
      push(
        "error",
        unresolved.range?.[0] ?? 0,
        `YAML error: alias \`*${unresolved.source}\` names no anchor defined before it`,
      );
      continue;
    }
    try {
      const value = doc.toJS({ maxAliasCount: 100 });
      documents.push(sourceDocument(file, value, contents.range?.[0] ?? 0, index, where));
    } catch (error) {
      // toJS() throws on aliases that expand too much (a "billion laughs" document).
      push("error", contents.range?.[0] ?? 0, `YAML error: ${firstLine((error as Error).message)}`);
    }
  }
  return { documents, issues };
}

function parseYaml(text: string, lineCounter?: LineCounter): Document.Parsed[] {
  const options = { uniqueKeys: true, prettyErrors: false, ...(lineCounter ? { lineCounter } : {}) };
  return parseAllDocuments(text, options) as Document.Parsed[];
}

/**
 * Line and column of an offset, and the syntax tree of a document. Locations are needed only for
 * problems: trees are made on demand, which spares the garbage collector most of its work on
 * large, valid repositories.
 */
interface Locator {
  position(offset: number): { line: number; column: number };
  treeOf(index: number): Node;
}

function locator(text: string, lines: LineCounter): Locator {
  let reparsed: Document.Parsed[] | undefined;
  return {
    position(offset: number) {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    },
    treeOf(index: number) {
      reparsed ??= parseYaml(text);
      return reparsed[index]?.contents as Node;
    },
  };
}

/** Document `index` of a file, whose content starts at `offset`. */
function sourceDocument(
  file: string,
  value: unknown,
  offset: number,
  index: number,
  { position, treeOf }: Locator,
): SourceDocument {
  return {
    file,
    line: position(offset).line,
    value,
    locate(path, prefer = "value") {
      const root = treeOf(index);
      let node: Node = root;
      let keyNode: Node | undefined;
      let exact = true;
      for (const segment of path) {
        const next = child(node, segment);
        if (!next) {
          exact = false;
          break;
        }
        node = next.value ?? next.key ?? node;
        keyNode = next.key;
      }
      const target = prefer === "key" && keyNode ? keyNode : node;
      return { ...position(target.range?.[0] ?? 0), exact };
    },
  };
}

function findUnresolvedAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) !== undefined) return undefined;
      found = alias;
      return visit.BREAK;
    },
  });
  return found;
}

function child(node: Node, segment: string | number): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      if (isScalar(key) && String(key.value) === String(segment)) {
        return { key, ...(pair.value ? { value: pair.value as Node } : {}) };
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === "number") {
    const item = node.items[segment] as Node | undefined;
    return item ? { value: item } : undefined;
  }
  return undefined;
}

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: "tab character used for indentation: YAML indents with spaces only",
  BAD_INDENT: "bad indentation",
  MISSING_CHAR: "missing character",
};

function describeYamlError(code: string, message: string, source: string): string {
  if (code === "DUPLICATE_KEY") {
    const key = /^[^:\n]*/.exec(source)?.[0].trim();
    return `duplicate key \`${key}\`: a key may appear only once in a mapping`;
  }
  const hint = YAML_HINTS[code];
  const detail = firstLine(message);
  return hint ? `YAML syntax error: ${hint} (${detail})` : `YAML syntax error: ${detail}`;
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}
