import type { PullRequestOverlap } from "../plan/pull-request-overlaps.js";

/** Lines for the plan comment's status: who else changes these pools, and what it means. */
export function describeOverlaps(overlaps: readonly PullRequestOverlap[]): string[] {
  if (overlaps.length === 0) return [];
  return [
    "",
    "⚠️ Other open pull requests change the same pools; whichever merges second is refused until it is planned again:",
    // No title: it is anybody's text, and GitHub shows it on #N anyway.
    ...overlaps.map(({ number, files }) => `- #${number}: ${files.map((f) => `\`${f}\``).join(", ")}`),
  ];
}
