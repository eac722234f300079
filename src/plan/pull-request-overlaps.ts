import type { OpenPullRequest } from "../github/pull-requests.js";

/** Another open pull request that changes some of the same pool files. */
export interface PullRequestOverlap {
  number: number;
  files: string[];
}

/**
 * The open pull requests that change a pool file this one plans. Whichever merges second finds
 * its pools' state changed and is refused until planned again, so reviewers should know.
 * `poolFiles` are relative to the repository root, as GitHub names files.
 */
export function findOverlaps(
  poolFiles: readonly string[],
  others: readonly OpenPullRequest[],
): PullRequestOverlap[] {
  const ours = new Set(poolFiles);
  return others
    .map(({ number, files }) => ({ number, files: files.filter((file) => ours.has(file)).sort() }))
    .filter((overlap) => overlap.files.length > 0)
    .sort((a, b) => a.number - b.number);
}
