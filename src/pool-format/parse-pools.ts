import { type DefaultsSelector, isPlainObject, mergeValues, selects, specificity } from "./merge-defaults.js";
import { nodeNames } from "./node-names.js";
import { checkPoolSpec, checkSettings, checkStaticOverlaps, ephemeralStateProblem } from "./pool-rules.js";
import { validators as schema } from "./schema.js";
import { closest, describeSchemaErrors, formatPath, type SchemaProblem } from "./schema-messages.js";
import { findSecretValues } from "./secret-values.js";
import {
  API_VERSION,
  type Issue,
  type LoadResult,
  type NodePool,
  type PoolSpec,
  PROVIDERS,
  type RepositorySettings,
  type Severity,
} from "./types.js";
import { type DocPath, parseYamlFile, type SourceDocument } from "./yaml-source.js";

export interface PoolFile {
  path: string;
  text: string;
}

const KINDS = ["NodePool", "NodePoolDefaults", "NodePoolSettings"] as const;
type Kind = (typeof KINDS)[number];

interface PoolDocument {
  source: SourceDocument;
  tenant: string;
  controlPlane: string;
  name: string;
  spec: Record<string, unknown>;
}

interface DefaultsDocument {
  source: SourceDocument;
  name: string;
  selector: DefaultsSelector;
  values: Record<string, unknown>;
  used: boolean;
}

/**
 * Reads pool files already in memory: every problem of every file is collected, each pointing at
 * its file, line and column. Pure: the caller reads the files.
 */
export function parsePools(files: readonly PoolFile[]): LoadResult {
  const issues: Issue[] = [];
  const report = (
    doc: SourceDocument,
    path: DocPath,
    message: string,
    at: "key" | "value" = "value",
    severity: Severity = "error",
  ) => {
    const { line, column } = doc.locate(path, at);
    issues.push({ file: doc.file, line, column, severity, message });
  };
  const reportProblems = (doc: SourceDocument, problems: SchemaProblem[]) => {
    for (const problem of problems) report(doc, problem.path, problem.message, problem.at);
  };

  const pools: PoolDocument[] = [];
  const defaults: DefaultsDocument[] = [];
  const settings: SourceDocument[] = [];
  const brokenDefaults: SourceDocument[] = [];

  for (const file of files) {
    const parsed = parseYamlFile(file.path, file.text);
    issues.push(...parsed.issues);
    for (const doc of parsed.documents) {
      const kind = readKind(doc, report);
      if (!kind) continue;
      const secrets = findSecretValues(doc.value);
      const secretPaths = new Set(secrets.map((secret) => formatPath(secret.path)));
      const problems = describeSchemaErrors(schema.validate(kind, doc.value));
      // A message about a secret value must not quote it: the secret error alone is reported.
      reportProblems(
        doc,
        problems.filter((problem) => !secretPaths.has(formatPath(problem.path))),
      );
      for (const secret of secrets) {
        report(
          doc,
          secret.path,
          `\`${formatPath(secret.path)}\` holds what looks like ${secret.what}: secrets never go into pool files; give them to the workflow as environment variables (see README, "Credentials")`,
        );
      }
      if (secrets.length > 0) continue;
      const value = doc.value as Record<string, Record<string, unknown>>;
      if (problems.length > 0) {
        if (kind === "NodePoolDefaults") brokenDefaults.push(doc);
        continue;
      }
      const metadata = value.metadata as Record<string, string>;
      const spec = value.spec as Record<string, unknown>;
      if (kind === "NodePool") {
        pools.push({
          source: doc,
          tenant: metadata.tenant as string,
          controlPlane: metadata.controlPlane as string,
          name: metadata.name as string,
          spec,
        });
      } else if (kind === "NodePoolDefaults") {
        defaults.push({
          source: doc,
          name: metadata.name as string,
          selector: (spec.selector ?? {}) as DefaultsSelector,
          values: spec.values as Record<string, unknown>,
          used: false,
        });
      } else {
        settings.push(doc);
        for (const rule of checkSettings(spec)) report(doc, rule.path, rule.message, rule.at);
      }
    }
  }

  for (const [i, doc] of settings.entries()) {
    const first = settings[0];
    if (i > 0 && first)
      report(
        doc,
        ["kind"],
        `only one NodePoolSettings document is allowed; the first is at ${first.file}:${first.line}`,
      );
  }
  reportDuplicates(
    defaults,
    (d) => d.name,
    (d, first) =>
      report(
        d.source,
        ["metadata", "name"],
        `NodePoolDefaults \`${d.name}\` is defined twice; the first is at ${first.source.file}:${first.source.line}`,
      ),
  );
  reportDuplicates(
    pools,
    (p) => `${p.tenant}/${p.controlPlane}/${p.name}`,
    (p, first) =>
      report(
        p.source,
        ["metadata", "name"],
        `pool ${p.tenant}/${p.controlPlane}/${p.name} is defined twice; the first is at ${first.source.file}:${first.source.line}`,
      ),
  );

  const nodePools: NodePool[] = [];
  for (const pool of pools) {
    const matching = defaults
      .filter((d) => selects(d.selector, pool.tenant, pool.controlPlane))
      .sort((a, b) => specificity(a.selector) - specificity(b.selector));
    for (const d of matching) d.used = true;
    // Defaults with errors are reported already; merging them would only repeat those errors.
    if (brokenDefaults.some((doc) => selectsRaw(doc, pool))) continue;
    const merged = mergePool(pool, matching, report, reportProblems);
    if (merged) nodePools.push(merged);
  }
  for (const problem of checkStaticOverlaps(nodePools)) {
    const pool = pools.find(
      (p) => p.source.file === problem.pool.source.file && p.source.line === problem.pool.source.line,
    );
    if (pool) report(pool.source, ["spec", "network", "static"], problem.message);
  }
  for (const d of defaults) {
    if (!d.used)
      report(
        d.source,
        ["spec", "selector"],
        `NodePoolDefaults \`${d.name}\` selects no pool`,
        "key",
        "warning",
      );
  }

  if (issues.some((issue) => issue.severity === "error")) return { ok: false, issues: sortIssues(issues) };
  const repositorySettings = readSettings(settings[0]);
  const lost = ephemeralStateProblem(repositorySettings);
  const anchor = settings[0] ?? pools[0]?.source;
  if (lost && anchor)
    report(anchor, ["spec", "backend", "local"], `apply and drift will refuse: ${lost}`, "key", "warning");
  return {
    ok: true,
    value: {
      pools: nodePools,
      settings: repositorySettings,
      files: files.map((f) => f.path),
      sharedFiles: [...new Set([...defaults.map((d) => d.source.file), ...settings.map((doc) => doc.file)])],
    },
    warnings: sortIssues(issues),
  };
}

function readKind(
  doc: SourceDocument,
  report: (doc: SourceDocument, path: DocPath, message: string, at?: "key" | "value") => void,
): Kind | undefined {
  if (!isPlainObject(doc.value)) {
    report(
      doc,
      [],
      `a document must be a mapping with apiVersion and kind, got ${Array.isArray(doc.value) ? "a list" : "a single value"}`,
    );
    return undefined;
  }
  const { apiVersion, kind } = doc.value;
  if (apiVersion === undefined) {
    report(doc, [], `missing required field \`apiVersion\` (expected ${API_VERSION})`);
    return undefined;
  }
  if (apiVersion !== API_VERSION) {
    report(
      doc,
      ["apiVersion"],
      `unsupported apiVersion ${JSON.stringify(apiVersion)}: this version of nodepool-action reads ${API_VERSION}`,
    );
    return undefined;
  }
  if (kind === undefined) {
    report(doc, [], `missing required field \`kind\` (one of ${KINDS.join(", ")})`);
    return undefined;
  }
  if (!KINDS.includes(kind as Kind)) {
    const suggestion = typeof kind === "string" ? closest(kind, KINDS) : undefined;
    report(
      doc,
      ["kind"],
      `unknown kind ${JSON.stringify(kind)}: expected one of ${KINDS.join(", ")}${suggestion ? `; did you mean \`${suggestion}\`?` : ""}`,
    );
    return undefined;
  }
  return kind as Kind;
}

function selectsRaw(doc: SourceDocument, pool: PoolDocument): boolean {
  const spec = (doc.value as { spec?: { selector?: DefaultsSelector } }).spec;
  const selector = isPlainObject(spec?.selector) ? spec.selector : {};
  return selects(selector, pool.tenant, pool.controlPlane);
}

function mergePool(
  pool: PoolDocument,
  matching: DefaultsDocument[],
  report: (doc: SourceDocument, path: DocPath, message: string, at?: "key" | "value") => void,
  reportProblems: (doc: SourceDocument, problems: SchemaProblem[]) => void,
): NodePool | undefined {
  const poolSpec = pool.spec;
  let merged = {} as Record<string, unknown>;
  for (const d of matching) merged = mergeValues(merged, d.values) as Record<string, unknown>;
  merged = mergeValues(merged, poolSpec) as Record<string, unknown>;

  // Points at the document that gave a value: the pool first, then the most specific defaults.
  const sources = [
    { doc: pool.source, base: ["spec"] },
    ...[...matching].reverse().map((d) => ({ doc: d.source, base: ["spec", "values"] })),
  ];
  const reportMerged = (problems: SchemaProblem[], hint: string) => {
    for (const problem of problems) {
      const relative = problem.path.slice(1);
      const owner = sources.find(({ doc, base }) => doc.locate([...base, ...relative]).exact);
      const target = owner ?? { doc: pool.source, base: ["spec"] };
      const message = problem.message.startsWith("missing required")
        ? `${problem.message}${hint}`
        : problem.message;
      reportProblems(target.doc, [{ ...problem, path: [...target.base, ...relative], message }]);
    }
  };

  const provider = merged.provider as PoolSpec["provider"] | undefined;
  let ok = true;
  if (provider) {
    for (const other of PROVIDERS) {
      if (other === provider) continue;
      if (poolSpec[other] !== undefined) {
        report(
          pool.source,
          ["spec", other],
          `\`spec.${other}\` does not apply: \`spec.provider\` is ${provider}`,
          "key",
        );
        ok = false;
      }
      // A block of another provider that came from defaults is simply not this pool's concern.
      delete merged[other];
    }
    if (provider === "maas") merged.maas ??= {};
    if (merged[provider] === undefined) {
      reportMerged(
        [
          {
            path: ["spec"],
            at: "key",
            message: `missing required field \`spec.${provider}\` (\`spec.provider\` is ${provider})`,
          },
        ],
        "",
      );
      ok = false;
    }
  }
  for (const container of ["machine", "kubernetes", "network", "bootstrap"]) merged[container] ??= {};

  const problems = describeSchemaErrors(schema.validateWithDefaults("CompletePoolSpec", merged), ["spec"]);
  reportMerged(
    problems,
    matching.length > 0 ? " (set it in the pool or in a NodePoolDefaults that selects it)" : "",
  );
  if (problems.length > 0 || !ok) return undefined;

  const spec = merged as unknown as PoolSpec;
  const rules = checkPoolSpec(pool.controlPlane, pool.name, spec);
  for (const rule of rules)
    reportMerged([{ path: rule.path, at: rule.at ?? "value", message: rule.message }], "");
  if (rules.length > 0) return undefined;
  return {
    tenant: pool.tenant,
    controlPlane: pool.controlPlane,
    name: pool.name,
    spec,
    nodeNames: nodeNames(pool.controlPlane, pool.name, spec.replicas),
    source: { file: pool.source.file, line: pool.source.line },
  };
}

function sortIssues(issues: Issue[]): Issue[] {
  return issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

function readSettings(doc: SourceDocument | undefined): RepositorySettings {
  const spec = structuredClone(
    ((doc?.value as { spec?: Record<string, unknown> } | undefined)?.spec ?? {}) as Record<string, unknown>,
  );
  spec.backend ??= { local: {} };
  spec.terraform ??= {};
  // Fills the schema's defaults in; the document was validated already.
  schema.validateWithDefaults("NodePoolSettings", {
    apiVersion: API_VERSION,
    kind: "NodePoolSettings",
    metadata: { name: "settings" },
    spec,
  });
  const settings = spec as unknown as RepositorySettings;
  return doc ? { ...settings, source: { file: doc.file, line: doc.line } } : settings;
}

function reportDuplicates<T>(
  items: T[],
  key: (item: T) => string,
  onDuplicate: (item: T, first: T) => void,
): void {
  const firsts = new Map<string, T>();
  for (const item of items) {
    const first = firsts.get(key(item));
    if (first) onDuplicate(item, first);
    else firsts.set(key(item), item);
  }
}
