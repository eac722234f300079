import { parseArgs } from "node:util";
import * as core from "@actions/core";
import { formatPoolTree, listPools } from "./report/pool-tree.js";
import { formatIssue } from "./spec/format-issue.js";
import { loadPools, PoolPathError } from "./spec/load-pools.js";
import type { Issue } from "./spec/types.js";

const USAGE = `Usage: nodepool <command> [PATH...] [options]

Commands:
  validate [PATH...]   check pool files (default: pools/); exit 1 when any is invalid
  list [PATH...]       print tenant -> control plane -> pool -> nodes
                       --json   machine-readable output

Exit codes: 0 success, 1 invalid pools, 2 usage error.`;

class UsageError extends Error {}

const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (values.help || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (command !== "validate" && command !== "list") {
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
  } else if (values.json) {
    process.stdout.write(`${JSON.stringify(listPools(pools), null, 2)}\n`);
  } else {
    process.stdout.write(`${formatPoolTree(pools)}\n`);
  }
  return EXIT.ok;
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
