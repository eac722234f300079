import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without types
import { esbuildOptions } from "../scripts/esbuild-options.mjs";

// The CLI is bundled from the current source, the way dist/cli.js is, and run as a user runs it.
let cli: string;
beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), "nodepool-cli-"));
  cli = join(out, "cli.mjs");
  await build({ ...esbuildOptions, entryPoints: ["src/cli.ts"], outfile: cli });
});

function nodepool(args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "", ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("nodepool validate", () => {
  it("accepts the examples, reading pools/ by default", () => {
    const run = nodepool(["validate"]);
    expect(run).toEqual({ code: 0, stdout: "5 pools in 5 files are valid\n", stderr: "" });
  });

  it("says where the defaults are when a file validated on its own lacks what they give", () => {
    const run = nodepool(["validate", "pools/tcp-alpha.yaml"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("missing required field `spec.machine.cpus`");
    expect(run.stderr).toMatch(
      /\nnote: defaults or settings these files may need are in pools\/defaults\.yaml, pools\/settings\.yaml; validate the folder to merge them\n$/,
    );
  });

  it("counts in words that agree: one pool, one file, one error", () => {
    const dir = mkdtempSync(join(tmpdir(), "nodepool-cli-"));
    const file = join(dir, "alpha.yaml");
    writeFileSync(
      file,
      `${readFileSync("pools/defaults.yaml", "utf8")}---\n${readFileSync("pools/tcp-alpha.yaml", "utf8")}`,
    );
    // Pool files are read only from inside the working directory (the repository).
    expect(nodepool(["validate", file])).toMatchObject({ code: 2 });
    expect(nodepool(["validate", "alpha.yaml"], {}, dir)).toMatchObject({
      code: 0,
      stdout: "1 pool in 1 file is valid\n",
    });
    const invalid = nodepool(["validate", "test/fixtures/invalid/replicas-negative.yaml"]);
    expect(invalid.stderr).toMatch(/\n1 error in pool files\n$/);
  });

  it("exits 1 with FILE:LINE:COL errors for invalid files", () => {
    const run = nodepool([
      "validate",
      "test/fixtures/invalid/replicas-negative.yaml",
      "test/fixtures/invalid/unknown-kind.yaml",
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      [
        "test/fixtures/invalid/replicas-negative.yaml:9:13: error: `spec.replicas` must be >= 0, got -1",
        'test/fixtures/invalid/unknown-kind.yaml:2:7: error: unknown kind "NodePol": expected one of NodePool, NodePoolDefaults, NodePoolSettings; did you mean `NodePool`?',
        "2 errors in pool files",
        "",
      ].join("\n"),
    );
  });

  it("annotates the file and line inside GitHub Actions", () => {
    const run = nodepool(["validate", "test/fixtures/invalid/replicas-negative.yaml"], {
      GITHUB_ACTIONS: "true",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error file=test/fixtures/invalid/replicas-negative.yaml,line=9,col=13::`spec.replicas` must be >= 0, got -1",
    );
  });

  it("exits 2 on usage errors with one line and where to read more, without a stack trace", () => {
    for (const [args, hint] of [
      [[], "nodepool --help"],
      [["frobnicate"], "nodepool --help"],
      [["validate", "no/such/folder"], "nodepool --help"],
      [["list", "--colour"], "nodepool --help"],
      [["render", "--json"], "nodepool render --help"],
      [["status", "--out", "x"], "nodepool status --help"],
      [["apply"], "nodepool apply --help"],
      [["join-command"], "nodepool join-command --help"],
    ] as const) {
      const run = nodepool([...args]);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^nodepool: [^\\n]+\\nRun '${hint}' for usage\\.\\n$`));
    }
  });

  it("prints its version, the help of one command, or all of them", () => {
    const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;
    expect(nodepool(["--version"])).toEqual({ code: 0, stdout: `nodepool ${version}\n`, stderr: "" });
    const one = nodepool(["validate", "--help"]);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^Usage: nodepool validate \[PATH\.\.\.\]/);
    expect(one.stdout).not.toContain("join-command");
    expect(nodepool(["help", "plan"]).stdout).toMatch(/^Usage: nodepool plan/);
    const all = nodepool(["--help"]).stdout;
    for (const command of [
      "validate",
      "list",
      "render",
      "plan",
      "apply",
      "status",
      "preflight",
      "join-command",
    ])
      expect(all).toContain(`  ${command} `);
  });

  it("says which file it cannot read, not an internal error", () => {
    const run = nodepool(["status", "--management-kubeconfig", "no/such.kubeconfig"]);
    expect(run).toMatchObject({
      code: 2,
      stderr: "nodepool: cannot read no/such.kubeconfig: no such file\n",
    });
    const fromEnv = nodepool(["status"], { KUBECONFIG: "/no/such/config" });
    expect(fromEnv.stderr).toBe("nodepool: cannot read /no/such/config: no such file\n");
    expect(nodepool(["status"], { KUBECONFIG: "" }).stderr).toContain(
      "needs --management-kubeconfig FILE or $KUBECONFIG",
    );
  });

  it("refuses a plan file it did not write, in one line, before planning anything", () => {
    const dir = mkdtempSync(join(tmpdir(), "nodepool-planfile-"));
    const hash = `sha256:${"a".repeat(64)}`;
    for (const [content, problem] of [
      ["terraform plan output", "not JSON; make it with nodepool plan --out FILE"],
      [JSON.stringify({ kind: "Other" }), "not a NodePoolPlan file"],
      [JSON.stringify({ kind: "NodePoolPlan", version: 2, hashes: {} }), "version 2 is not known here"],
      [
        JSON.stringify({ kind: "NodePoolPlan", version: 1, hashes: { "../x": hash } }),
        '"../x" is not a tenant/controlPlane/pool key',
      ],
      [
        JSON.stringify({ kind: "NodePoolPlan", version: 1, hashes: { "a/b/c": "md5:0" } }),
        "the hash of a/b/c is not sha256",
      ],
      [
        JSON.stringify({ kind: "NodePoolPlan", version: 1, base: "--output=x", hashes: {} }),
        "base must be a git ref",
      ],
    ] as const) {
      writeFileSync(join(dir, "plan.json"), content);
      const run = nodepool(["apply", "--plan", join(dir, "plan.json")], { KUBECONFIG: "" });
      expect(run.code, content).toBe(2);
      expect(run.stderr).toMatch(
        /^nodepool: \S+plan\.json: [^\n]*\nRun 'nodepool apply --help' for usage\.\n$/,
      );
      expect(run.stderr).toContain(problem);
    }
  });

  it("prints the result and every issue as JSON with --json", () => {
    const valid = nodepool(["validate", "--json"]);
    expect(valid.code).toBe(0);
    expect(JSON.parse(valid.stdout)).toEqual({ valid: true, pools: 5, files: 5, issues: [] });
    const invalid = nodepool(["validate", "--json", "test/fixtures/invalid/yaki-sha-short.yaml"]);
    expect(invalid.code).toBe(1);
    const result = JSON.parse(invalid.stdout) as {
      valid: boolean;
      issues: { file: string; line: number; severity: string }[];
    };
    expect(result.valid).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        file: "test/fixtures/invalid/yaki-sha-short.yaml",
        line: 12,
        severity: "error",
      }),
    );
  });

  it("says so when a folder holds no pool files", () => {
    const empty = mkdtempSync(join(tmpdir(), "nodepool-empty-"));
    writeFileSync(join(empty, "README.md"), "nothing here");
    const run = nodepool(["validate", "."], {}, empty);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no *.yaml or *.yml files found");
  });
});

describe("nodepool list", () => {
  it("prints tenant, control planes, pools and node names as a tree", async () => {
    const run = nodepool(["list", "pools/"]);
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("__snapshots__/list-pools.txt");
  });

  it("prints JSON for machines", () => {
    const run = nodepool(["list", "--json"]);
    const pools = JSON.parse(run.stdout) as {
      pool: string;
      controlPlane: string;
      nodes: string[];
      file: string;
    }[];
    expect(pools.map((p) => `${p.controlPlane}/${p.pool}`)).toEqual([
      "tcp-alpha/default-pool",
      "tcp-beta/default-pool",
      "tcp-charlie/application-pool",
      "tcp-charlie/default-pool",
      "tcp-charlie/system-pool",
    ]);
    expect(pools[0]).toMatchObject({
      nodes: ["tcp-alpha-default-pool-node-00", "tcp-alpha-default-pool-node-01"],
      file: "pools/tcp-alpha.yaml",
    });
  });
});

describe("nodepool join-command", () => {
  const kubeconfig = (server: string) => {
    const dir = mkdtempSync(join(tmpdir(), "nodepool-kubeconfig-"));
    const ca = readFileSync("test/kamaji/fixtures/kubeadm-pubkeypin-test.crt").toString("base64");
    const path = join(dir, "tenant.kubeconfig");
    writeFileSync(
      path,
      `apiVersion: v1\nkind: Config\nclusters:\n- name: t\n  cluster: { server: "${server}", certificate-authority-data: ${ca} }\ncontexts:\n- name: t\n  context: { cluster: t, user: u }\ncurrent-context: t\nusers:\n- name: u\n  user: { token: "secret-bearer-token-0123456789" }\n`,
    );
    return path;
  };

  it("prints the CA pin without contacting anything (kubeadm's test vector)", () => {
    const run = nodepool([
      "join-command",
      "--kubeconfig",
      kubeconfig("https://127.0.0.1:1"),
      "--ca-hash-only",
    ]);
    expect(run).toMatchObject({
      code: 0,
      stdout: "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3\n",
    });
  });

  it("says clearly when the tenant is unreachable, without the credentials", () => {
    const run = nodepool(["join-command", "--kubeconfig", kubeconfig("https://127.0.0.1:1")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cannot reach https://127.0.0.1:1: connection refused");
    expect(run.stderr + run.stdout).not.toContain("secret-bearer-token");
  });

  it("takes the context --context names instead of the current one", () => {
    const dir = mkdtempSync(join(tmpdir(), "nodepool-contexts-"));
    const ca = (file: string) => readFileSync(`test/kamaji/fixtures/${file}`).toString("base64");
    const path = join(dir, "two.kubeconfig");
    writeFileSync(
      path,
      `apiVersion: v1\nkind: Config\nclusters:\n- name: a\n  cluster: { server: "https://127.0.0.1:1", certificate-authority-data: ${ca("kubeadm-pubkeypin-test-2.crt")} }\n- name: b\n  cluster: { server: "https://127.0.0.1:2", certificate-authority-data: ${ca("kubeadm-pubkeypin-test.crt")} }\ncontexts:\n- name: a\n  context: { cluster: a, user: u }\n- name: b\n  context: { cluster: b, user: u }\ncurrent-context: a\nusers:\n- name: u\n  user: { token: "secret-bearer-token-0123456789" }\n`,
    );
    const current = nodepool(["join-command", "--kubeconfig", path, "--ca-hash-only"]);
    const chosen = nodepool(["join-command", "--kubeconfig", path, "--ca-hash-only", "--context", "b"]);
    expect(chosen).toEqual({
      code: 0,
      stdout: "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3\n",
      stderr: "",
    });
    expect(current.code).toBe(0);
    expect(current.stdout).not.toBe(chosen.stdout);
    const missing = nodepool(["join-command", "--kubeconfig", path, "--ca-hash-only", "--context", "c"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^nodepool: .*"c"/);
  });

  it("needs --kubeconfig", () => {
    expect(nodepool(["join-command"]).code).toBe(2);
  });
});
