import type { Issue } from "./types.js";

/** `FILE:LINE:COL: error: MESSAGE`, the form editors and CI logs link to the source. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}`;
}
