import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { readModuleFiles } from "./render/module-files.js";
import { renderWorkspaces } from "./render/workspace.js";
import { writeWorkspaces } from "./render/write-workspaces.js";
import { formatPoolTree, listPools } from "./report/pool-tree.js";
import { formatIssue } from "./spec/format-issue.js";
import { loadPools, PoolPathError } from "./spec/load-pools.js";
import type { Issue, PoolSet } from "./spec/types.js";

const USAGE = `Usage: nodepool <command> [PATH...] [options]

Commands:
  validate [PATH...]   check pool files (default: pools/); exit 1 when any is invalid
  list [PATH...]       print tenant -> control plane -> pool -> nodes
                       --json   machine-readable output
  render [PATH...]     write one Terraform workspace per pool
                       --out DIR   where (default: .nodepool)
                       --prune     remove workspaces of pools that no longer exist

Exit codes: 0 success, 1 invalid pools, 2 usage error.`;

class UsageError extends Error {}

const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      out: { type: "string", default: ".nodepool" },
      prune: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (values.help || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (command !== "validate" && command !== "list" && command !== "render") {
    throw new UsageError(command ? `unknown command \`${command}\`` : "no command given");
  }
  const result = await loadPools(paths.length > 0 ? paths : ["pools"], process.cwd());
  const issues = result.ok ? result.warnings : result.issues;
  reportIssues(issues);
  if (!result.ok) {
    const errors = issues.filter((i) => i.severity === "error").length;
    process.stderr.write(`${errors} ${errors === 1 ? "error" : "errors"} in pool files\n`);
    return EXIT.invalid;
  }
  const { pools, files } = result.value;
  if (command === "validate") {
    process.stdout.write(`${pools.length} pools in ${files.length} files are valid\n`);
  } else if (command === "render") {
    await render(result.value, values.out, values.prune);
  } else if (values.json) {
    process.stdout.write(`${JSON.stringify(listPools(pools), null, 2)}\n`);
  } else {
    process.stdout.write(`${formatPoolTree(pools)}\n`);
  }
  return EXIT.ok;
}

async function render(set: PoolSet, outDir: string, prune: boolean): Promise<void> {
  const modules = await readModuleFiles(fileURLToPath(new URL("../modules", import.meta.url)));
  const workspaces = renderWorkspaces(set, modules, outDir);
  const result = await writeWorkspaces(outDir, workspaces, { prune });
  for (const dir of result.written) process.stdout.write(`rendered ${join(outDir, dir)}\n`);
  for (const dir of result.pruned)
    process.stdout.write(`removed  ${join(outDir, dir)} (pool no longer exists)\n`);
  for (const dir of result.stale) {
    process.stderr.write(
      `warning: ${join(outDir, dir)} belongs to a pool that no longer exists; plan it as a destroy, or remove it with --prune\n`,
    );
  }
}

function reportIssues(issues: readonly Issue[]): void {
  const annotate = process.env.GITHUB_ACTIONS === "true";
  for (const issue of issues) {
    process.stderr.write(`${formatIssue(issue)}\n`);
    if (annotate) {
      const properties = { file: issue.file, startLine: issue.line, startColumn: issue.column };
      (issue.severity === "error" ? core.error : core.warning)(issue.message, properties);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      error instanceof PoolPathError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")
    ) {
      process.stderr.write(`nodepool: ${(error as Error).message}\n\n${USAGE}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`nodepool: internal error: ${(error as Error).message}\n`);
    process.exitCode = 70;
  },
);
