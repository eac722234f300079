import { GITHUB_BODY_LIMIT } from "../github/errors.js";
import { formatCommentHeader, type PlanCommentHeader } from "../github/plan-comment.js";
import type { PoolResult } from "../plan/pool-result.js";
import { renderPlanReport } from "./plan-report.js";

export const PLAN_TITLE = "nodepool plan";

/**
 * The comment's Markdown under its header, cut to fit GitHub's limit together with the header,
 * which grows with the number of pools (about 120 characters each). The full report is always in
 * the job summary, linked from a cut comment.
 */
export function commentBody(
  results: readonly PoolResult[],
  header: Omit<PlanCommentHeader, "version">,
  statusLine: string | undefined,
  summaryUrl: string | undefined,
): string {
  // The margin covers masking, which may lengthen the text a little.
  const room = GITHUB_BODY_LIMIT - formatCommentHeader(header).length - 1_000;
  if (room < 2_000)
    throw new Error(
      `the plan comment's header alone (${Object.keys(header.hashes).length} pool hashes) leaves no room under GitHub's limit of ${GITHUB_BODY_LIMIT} characters; split the pools over several pools folders (one comment each)`,
    );
  return renderPlanReport(results, {
    title: PLAN_TITLE,
    ...(statusLine ? { status: statusLine } : {}),
    maxLength: room,
    ...(summaryUrl ? { fullReportUrl: summaryUrl } : {}),
  });
}
