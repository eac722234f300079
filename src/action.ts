import * as core from "@actions/core";
import { formatIssue } from "./spec/format-issue.js";
import { loadPools } from "./spec/load-pools.js";

/** For now the action validates the pools and annotates the files; plan and apply follow. */
async function run(): Promise<void> {
  const poolsPath = core.getInput("pools") || "pools";
  const workingDirectory = core.getInput("working-directory") || ".";
  const result = await loadPools([poolsPath], workingDirectory);
  const issues = result.ok ? result.warnings : result.issues;
  for (const issue of issues) {
    const properties = { file: issue.file, startLine: issue.line, startColumn: issue.column };
    (issue.severity === "error" ? core.error : core.warning)(issue.message, properties);
  }
  if (!result.ok) {
    core.setOutput("failure-reason", "invalid-pools");
    core.setFailed(`invalid pool files:\n${issues.map(formatIssue).join("\n")}`);
    return;
  }
  core.info(`${result.value.pools.length} pools in ${result.value.files.length} files are valid`);
}

run().catch((error: unknown) => core.setFailed((error as Error).message));
