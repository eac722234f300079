import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { PLACEHOLDER_JOIN } from "../../src/plan/join-placeholder.js";
import { loadPools } from "../../src/pool-format/load-pools.js";
import { parsePools } from "../../src/pool-format/parse-pools.js";
import type { NodePool, ProviderName, RepositorySettings } from "../../src/pool-format/types.js";
import { readModuleFiles } from "../../src/render/module-files.js";
import { POOL_MODULE, renderWorkspace } from "../../src/render/workspace.js";
import { writeWorkspaces } from "../../src/render/write-workspaces.js";
import { missing, toolchain } from "../support/toolchain.js";
import { readModuleVariables } from "./module-variables.js";

/**
 * A pool file is data: whatever string a field holds reaches the module as that text. Every string
 * field of the schema is tried with template syntax that would read the runner's files, path and
 * join token if Terraform evaluated it; the schema either refuses the value or the module gets it
 * literally. The fields come from the schema itself, so a new field is covered without a new test.
 */

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync("src/pool-format/nodepool.schema.json", "utf8")) as Schema;
const defs = schema.$defs as Record<string, Schema>;

function resolveRef(node: Schema): Schema {
  const ref = node.$ref;
  if (typeof ref !== "string") return node;
  return { ...resolveRef(defs[ref.replace("#/$defs/", "")] as Schema), ...node, $ref: undefined };
}

/** A step into a document: a property, any item of an array (`[]`), any value (`*`) or key (`<key>`) of a map. */
type Step = string;

/** Paths to every free-text string (not an enum or const) below `node`. */
function stringPaths(node: Schema, path: Step[] = []): Step[][] {
  const resolved = resolveRef(node);
  if (resolved.enum || resolved.const !== undefined) return [];
  const found: Step[][] = [];
  if (resolved.type === "string") found.push(path);
  for (const [name, child] of Object.entries((resolved.properties as Record<string, Schema>) ?? {}))
    found.push(...stringPaths(child, [...path, name]));
  if (typeof resolved.items === "object")
    found.push(...stringPaths(resolved.items as Schema, [...path, "[]"]));
  if (typeof resolved.additionalProperties === "object")
    found.push(...stringPaths(resolved.additionalProperties as Schema, [...path, "*"]));
  if (typeof resolved.propertyNames === "object") found.push([...path, "<key>"]);
  return found;
}

const canaryDir = mkdtempSync(join(tmpdir(), "nodepool-canary-"));
const CANARY_FILE = join(canaryDir, "runner-secret");
const CANARY = "CANARY-RUNNER-FILE-7f3a";
const CANARY_TOKEN = "abcdef.0123456789abcdef";
writeFileSync(CANARY_FILE, CANARY);
afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

/** Template syntax that would read a file, the join token and the working directory if evaluated. */
function attack(n: number): string {
  return `x${n}-\${file("${CANARY_FILE}")}-%{ if true }\${nonsensitive(var.join_token)}%{ endif }-\${path.cwd}`;
}

function setAt(doc: Record<string, unknown>, path: Step[], value: string): void {
  let node: Record<string, unknown> = doc;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    const next = path[i + 1];
    if (last) {
      if (step === "<key>") node[value] = "v";
      else if (step === "*") node.attack = value;
      else if (step === "[]") throw new Error("array item paths end in a property");
      else node[step] = value;
      return;
    }
    if (next === "[]") {
      const list = Array.isArray(node[step]) ? (node[step] as unknown[]) : [];
      const itemPath = path.slice(i + 2);
      if (itemPath.length === 0) node[step] = [value];
      else {
        // An item object keeps its other required fields from an existing item, or gets valid ones.
        const item = { ...((list[0] as object) ?? { key: "valid", effect: "NoSchedule" }) };
        setAt(item as Record<string, unknown>, itemPath, value);
        node[step] = [item];
      }
      return;
    }
    if (next === "<key>" || next === "*") {
      node[step] = {};
      node = node[step] as Record<string, unknown>;
      continue;
    }
    node[step] = { ...((node[step] as object) ?? {}) };
    node = node[step] as Record<string, unknown>;
  }
}

function poolDocument(pool: NodePool): Record<string, unknown> {
  return {
    apiVersion: "nodepool.kamaji.io/v1alpha1",
    kind: "NodePool",
    metadata: { name: pool.name, tenant: pool.tenant, controlPlane: pool.controlPlane },
    spec: structuredClone(pool.spec),
  };
}

const LOCAL_STATE: RepositorySettings = {
  backend: { local: { directory: ".state" } },
  terraform: { tool: "terraform" },
};
const PROVIDERS: ProviderName[] = ["vsphere", "vcd", "proxmox", "maas"];
const fields = stringPaths(defs.NodePool as Schema).filter(
  (path) => !["apiVersion", "kind"].includes(path[0] as string),
);

interface Attempt {
  path: string;
  value: string;
  accepted: boolean;
}

/** Tries each field alone: the schema refuses the value, or the pool stays valid with it. */
async function tryFields(base: NodePool): Promise<{ attempts: Attempt[]; combined: NodePool }> {
  const others = PROVIDERS.filter((p) => p !== base.spec.provider);
  const combinedDoc = poolDocument(base);
  const attempts: Attempt[] = [];
  for (const [n, path] of fields.entries()) {
    if (path[0] === "spec" && others.includes(path[1] as ProviderName)) continue;
    const value = attack(n);
    const doc = poolDocument(base);
    setAt(doc, path, value);
    const result = parsePools([{ path: "pools/attack.yaml", text: stringify(doc) }]);
    attempts.push({ path: path.join("."), value, accepted: result.ok });
    if (result.ok) setAt(combinedDoc, path, value);
  }
  const combined = parsePools([{ path: "pools/attack.yaml", text: stringify(combinedDoc) }]);
  if (!combined.ok) throw new Error(combined.issues.map((i) => i.message).join("\n"));
  return { attempts, combined: combined.value.pools[0] as NodePool };
}

async function examplePool(provider: ProviderName): Promise<NodePool> {
  const loaded = await loadPools(["pools"], process.cwd());
  if (!loaded.ok) throw new Error("examples invalid");
  const pool = loaded.value.pools.find((p) => p.spec.provider === provider);
  if (!pool) throw new Error(`no example pool for ${provider}`);
  return pool;
}

describe("every string field of a pool", () => {
  it("is found in the schema, placement blocks and free-text fields among them", () => {
    const names = fields.map((path) => path.join("."));
    expect(names).toContain("spec.vsphere.datacenter");
    expect(names).toContain("spec.kubernetes.labels.*");
    expect(names).toContain("spec.sshAuthorizedKeys.[]");
    expect(names.length).toBeGreaterThan(30);
  });

  it.each(PROVIDERS)("is rendered for %s as an escaped literal, never as a template", async (provider) => {
    const { attempts, combined } = await tryFields(await examplePool(provider));
    const accepted = attempts.filter((a) => a.accepted);
    // Placement strings are free text: the attack must reach the renderer for this test to mean anything.
    expect(accepted.filter((a) => a.path.startsWith(`spec.${provider}.`)).length).toBeGreaterThan(0);
    const workspace = renderWorkspace(combined, LOCAL_STATE, await readModuleFiles("modules"), {
      outDir: ".nodepool",
    });
    const main = workspace.files.find((f) => f.path === "main.tf.json")?.contents ?? "";
    for (const a of accepted) {
      const escaped = a.value.replace(/([$%])\{/g, "$1$1{");
      expect(main, a.path).toContain(JSON.stringify(escaped).slice(1, -1));
      expect(main, a.path).not.toContain(JSON.stringify(a.value).slice(1, -1));
    }
  });
});

describe.skipIf(missing("terraform"))(
  "pool values reach the module literally, with the real terraform",
  () => {
    it.each(PROVIDERS)(
      "%s: every accepted attack string arrives as written and nothing of the runner leaks",
      async (provider) => {
        const { attempts, combined } = await tryFields(await examplePool(provider));
        const accepted = attempts.filter((a) => a.accepted);
        const out = mkdtempSync(join(tmpdir(), `nodepool-data-${provider}-`));
        try {
          const workspace = renderWorkspace(combined, LOCAL_STATE, await readModuleFiles("modules"), {
            outDir: out,
          });
          await writeWorkspaces(out, [workspace], { prune: false });
          const dir = join(out, workspace.dir);
          // Both modules keep their variables (types and validations) and echo them back.
          const echo = async (module: string, outputs: Record<string, string>) => {
            const moduleDir = join(dir, "modules", module);
            const variables = Object.keys(await readModuleVariables(moduleDir)).filter(
              (v) => !v.startsWith("join_") && v !== "user_data",
            );
            rmSync(join(moduleDir, "main.tf"));
            rmSync(join(moduleDir, "outputs.tf"));
            const blocks = Object.entries(outputs).map(
              ([name, value]) => `output "${name}" {\n  ${value}\n}\n`,
            );
            writeFileSync(
              join(moduleDir, "echo.tf"),
              `output "inputs" {\n  value = {\n${variables.map((v) => `    ${v} = var.${v}`).join("\n")}\n  }\n}\n${blocks.join("")}`,
            );
          };
          await echo(POOL_MODULE, {
            machines: "value = {}",
            user_data: "value     = {}\n  sensitive = true",
            pool: "value = { control_plane = var.control_plane, name = var.pool_name }",
            node_names: "value = []",
          });
          await echo(provider, { nodes: "value = {}" });
          writeFileSync(
            join(dir, "echo.tf.json"),
            JSON.stringify({
              output: {
                inputs: { value: { pool: "${module.pool.inputs}", nodes: "${module.nodes.inputs}" } },
              },
            }),
          );
          const env = {
            ...process.env,
            ...toolchain().env,
            TF_PLUGIN_CACHE_DIR: "",
            TF_VAR_join_url: PLACEHOLDER_JOIN.url,
            TF_VAR_join_token: CANARY_TOKEN,
            TF_VAR_join_ca_cert_hash: PLACEHOLDER_JOIN.caCertHash,
            TF_VAR_kubernetes_version: "v1.33.2",
          };
          const binary = toolchain().bin("terraform") as string;
          const run = (args: string[]) =>
            execFileSync(binary, args, {
              cwd: dir,
              env,
              encoding: "utf8",
              stdio: ["ignore", "pipe", "pipe"],
            });
          const log = [
            run(["init", "-input=false", "-no-color"]),
            run(["apply", "-auto-approve", "-input=false", "-no-color"]),
          ];
          const outputText = run(["output", "-json", "inputs"]);
          const inputs = JSON.stringify(JSON.parse(outputText));
          for (const a of accepted) expect(inputs, a.path).toContain(JSON.stringify(a.value).slice(1, -1));
          for (const text of [...log, outputText]) {
            expect(text).not.toContain(CANARY);
            expect(text).not.toContain(CANARY_TOKEN);
            expect(text).not.toContain(dir);
          }
        } finally {
          rmSync(out, { recursive: true, force: true });
        }
      },
    );
  },
);
