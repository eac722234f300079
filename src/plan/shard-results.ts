import type { Diagnostic, LockInfo } from "../terraform/diagnostics.js";
import type { HeldLock } from "./apply-outcome.js";
import type { FailureReason } from "./failure-reason.js";
import type { PoolResult } from "./pool-result.js";
import { parseShard, type Shard, shardName, shareOf } from "./shards.js";

/**
 * What one shard's job hands the report job (as an artifact): per pool its plan's text and hash,
 * or why it has none. Never a saved plan or join data. The summaries are not in it: the report
 * reads them from the same text the hash covers, as the job that planned did.
 */
export interface ShardResults {
  mode: "plan" | "apply";
  shard: Shard;
  /** The commit planned (a pull request's head) or applied (the merge). */
  sha: string;
  results: ShardPoolResult[];
  /**
   * Plan: why nodes nobody listed are replaced (workers behind their control plane). Apply: one
   * line per decision and block per applied pool. As the report shows them.
   */
  lines: string[];
  failureReason?: FailureReason;
  locks: HeldLock[];
  cancelled: boolean;
}

export type ShardPoolResult =
  | { pool: string; status: "changes" | "no-changes"; text: string; hash: string }
  | { pool: string; status: "error"; diagnostics: Diagnostic[] }
  | { pool: string; status: "locked"; lock: LockInfo };

const KIND = "NodePoolShardResults";
const VERSION = 1;
const HASH = /^sha256:[0-9a-f]{64}$/;
const FAILURE_REASONS: readonly FailureReason[] = [
  "invalid-pools",
  "plan-failed",
  "plan-changed",
  "state-locked",
  "apply-failed",
  "destroy-not-allowed",
  "cancelled",
];

export function shardResultOf(key: string, result: PoolResult): ShardPoolResult {
  switch (result.status) {
    case "error":
      return { pool: key, status: "error", diagnostics: result.diagnostics };
    case "locked":
      return { pool: key, status: "locked", lock: result.lock };
    default:
      return { pool: key, status: result.status, text: result.text, hash: result.hash };
  }
}

/** The file's name: unique per shard, so that the shares' artifacts can be merged into one folder. */
export function shardResultsFileName(shard: Shard): string {
  return `shard-${shard.index}-of-${shard.count}.json`;
}

export function shardResultsText(results: ShardResults): string {
  const { shard, ...rest } = results;
  return `${JSON.stringify({ kind: KIND, version: VERSION, ...rest, shard: shardName(shard) }, null, 2)}\n`;
}

type Parsed = { ok: true; value: ShardResults } | { ok: false; problem: string };

export function parseShardResults(text: string): Parsed {
  let data: Record<string, unknown>;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error();
    data = value as Record<string, unknown>;
  } catch {
    return { ok: false, problem: "not JSON" };
  }
  if (data.kind !== KIND) return { ok: false, problem: `not a ${KIND} file` };
  if (data.version !== VERSION)
    return {
      ok: false,
      problem: `version ${String(data.version)} is not known here (this reads ${VERSION})`,
    };
  const shard = parseShard(String(data.shard ?? ""));
  if (!shard.ok) return { ok: false, problem: shard.problem };
  if (data.mode !== "plan" && data.mode !== "apply")
    return { ok: false, problem: "mode must be plan or apply" };
  if (typeof data.sha !== "string") return { ok: false, problem: "sha must be a commit" };
  if (!Array.isArray(data.lines) || !data.lines.every((line) => typeof line === "string"))
    return { ok: false, problem: "lines must be a list of strings" };
  if (!Array.isArray(data.results) || !Array.isArray(data.locks))
    return { ok: false, problem: "results and locks must be lists" };
  const results: ShardPoolResult[] = [];
  for (const entry of data.results) {
    const result = readResult(entry);
    if (typeof result === "string") return { ok: false, problem: result };
    results.push(result);
  }
  const failureReason = data.failureReason;
  if (failureReason !== undefined && !FAILURE_REASONS.includes(failureReason as FailureReason))
    return { ok: false, problem: `failureReason ${JSON.stringify(failureReason)} is not one` };
  return {
    ok: true,
    value: {
      mode: data.mode,
      shard: shard.value,
      sha: data.sha,
      results,
      lines: data.lines,
      locks: data.locks as HeldLock[],
      cancelled: data.cancelled === true,
      ...(failureReason ? { failureReason: failureReason as FailureReason } : {}),
    },
  };
}

function readResult(entry: unknown): ShardPoolResult | string {
  const r = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
  if (typeof r.pool !== "string") return "a result names no pool";
  if (r.status === "changes" || r.status === "no-changes") {
    if (typeof r.text !== "string" || typeof r.hash !== "string" || !HASH.test(r.hash))
      return `the result of ${r.pool} has no plan text and sha256 hash`;
    return { pool: r.pool, status: r.status, text: r.text, hash: r.hash };
  }
  if (r.status === "error" && Array.isArray(r.diagnostics))
    return { pool: r.pool, status: "error", diagnostics: r.diagnostics as Diagnostic[] };
  if (r.status === "locked" && typeof r.lock === "object" && r.lock !== null)
    return { pool: r.pool, status: "locked", lock: r.lock as LockInfo };
  return `the result of ${r.pool} has no known status`;
}

export interface GatheredShards {
  /** One per expected pool, in the order given: a pool no accepted share covered is an error. */
  results: ShardPoolResult[];
  lines: string[];
  locks: HeldLock[];
  failureReason?: FailureReason;
  cancelled: boolean;
  /** Files set aside, and why (the log shows them). */
  problems: string[];
}

/**
 * The shares' results for the run the report job computes itself: same mode and commit, one file
 * per share of one split, each covering exactly the pools its share is (the report splits the
 * pools as every shard's job did). A file that disagrees is set aside; the pools it should have
 * covered are then errors, so nothing it says is applied.
 */
export function gatherShards(
  files: readonly { name: string; text: string }[],
  run: { mode: "plan" | "apply"; sha: string; pools: readonly string[] },
): GatheredShards {
  const problems: string[] = [];
  const accepted = new Map<number, ShardResults>();
  let count: number | undefined;
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const parsed = parseShardResults(file.text);
    const setAside = (why: string) => problems.push(`${file.name}: set aside: ${why}`);
    if (!parsed.ok) {
      setAside(parsed.problem);
      continue;
    }
    const shard = parsed.value;
    const name = shardName(shard.shard);
    if (shard.mode !== run.mode) {
      setAside(`its results are of mode ${shard.mode}; this reports mode ${run.mode}`);
      continue;
    }
    if (shard.sha !== run.sha) {
      setAside(`share ${name} is of commit ${shard.sha.slice(0, 7)}; this run is of ${run.sha.slice(0, 7)}`);
      continue;
    }
    count ??= shard.shard.count;
    const share = shareOf(run.pools, shard.shard, (key) => key);
    const covered = shard.results.map((r) => r.pool).sort();
    if (shard.shard.count !== count) setAside(`share ${name} is of a split into ${count}`);
    else if (accepted.has(shard.shard.index)) setAside(`share ${name} came twice`);
    else if (!sameList(covered, share))
      setAside(
        `share ${name} covered other pools than this run's share ${name} (${share.length} pools): its job saw another change`,
      );
    else accepted.set(shard.shard.index, shard);
  }
  const byPool = new Map<string, ShardPoolResult>();
  for (const shard of accepted.values()) for (const r of shard.results) byPool.set(r.pool, r);
  const split = count ?? 1;
  const shareOfPool = new Map<string, string>();
  for (let index = 1; index <= split; index++)
    for (const pool of shareOf(run.pools, { index, count: split }, (key) => key))
      shareOfPool.set(pool, `share ${index}/${split}`);
  const results = run.pools.map((pool): ShardPoolResult => {
    const found = byPool.get(pool);
    if (found) return found;
    const from = count === undefined ? "no share" : shareOfPool.get(pool);
    const summary = `No result: ${from} sent one this report could use (a job that failed or was skipped before writing its results, or an artifact not downloaded; see the jobs' logs)`;
    return { pool, status: "error", diagnostics: [{ severity: "error", summary }] };
  });
  const ordered = [...accepted.entries()].sort(([a], [b]) => a - b).map(([, s]) => s);
  const failureReason = ordered.find((s) => s.failureReason)?.failureReason;
  return {
    results,
    lines: ordered.flatMap((s) => s.lines),
    locks: ordered.flatMap((s) => s.locks),
    cancelled: ordered.some((s) => s.cancelled),
    problems,
    ...(failureReason ? { failureReason } : {}),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
