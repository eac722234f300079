/** What a run was triggered by, read from GitHub's event payload. */
export type RunEvent =
  | { kind: "pull-request"; number: number; headSha: string; baseSha: string; fromFork: boolean }
  | { kind: "push"; sha: string; before: string; toDefaultBranch: boolean }
  | { kind: "schedule" }
  | { kind: "other"; name: string };

interface Payload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string } | null };
    base?: { sha?: string };
  };
  repository?: { full_name?: string; default_branch?: string };
  after?: string;
  before?: string;
  ref?: string;
}

export function readRunEvent(name: string, payload: unknown): RunEvent {
  const p = (payload ?? {}) as Payload;
  if ((name === "pull_request" || name === "pull_request_target") && p.pull_request?.number) {
    const pr = p.pull_request;
    return {
      kind: "pull-request",
      number: pr.number as number,
      headSha: pr.head?.sha ?? "",
      baseSha: pr.base?.sha ?? "",
      // A deleted fork has no repo; it is a fork all the same.
      fromFork: pr.head?.repo?.full_name !== p.repository?.full_name,
    };
  }
  if (name === "push") {
    return {
      kind: "push",
      sha: p.after ?? "",
      before: p.before ?? "",
      toDefaultBranch: p.ref === `refs/heads/${p.repository?.default_branch ?? ""}`,
    };
  }
  if (name === "schedule" || name === "workflow_dispatch") return { kind: "schedule" };
  return { kind: "other", name };
}
