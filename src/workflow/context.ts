import type { GitHubClient } from "../github/client.js";
import type { CommentMode } from "../github/plan-comment.js";
import type { HeldLock } from "../plan/apply-outcome.js";
import type { FailureReason } from "../plan/failure-reason.js";
import { type JoinData, joinEnvironment } from "../plan/join-placeholder.js";
import type { PoolResult } from "../plan/pool-result.js";
import type { ShardResults } from "../plan/shard-results.js";
import type { NodePool, PoolSet } from "../pool-format/types.js";
import type { ModuleFiles } from "../render/workspace.js";
import type { RunnerOptions } from "../terraform/runner.js";
import { type ControlPlaneAccess, controlPlaneKey, type KamajiSettings } from "./control-planes.js";

/** Everything a mode needs, gathered by the adapter; the modes themselves read no environment. */
export interface WorkflowContext {
  set: PoolSet;
  modules: ModuleFiles;
  /** Where workspaces are rendered (relative to the working directory). */
  outDir: string;
  /**
   * Runner settings without join data: each mode adds the join data it may use. Its `signal` is
   * the run's cancellation: the modes release what they hold (tokens, the comment) when it aborts.
   */
  runner: RunnerOptions;
  /** Real join data, when the workflow provides it; plans that only get reviewed never use it. */
  join?: JoinData;
  /** For pools without their own Kubernetes version (the control plane's). */
  kubernetesVersion?: string;
  /**
   * The Kamaji management cluster: join data, versions and node lifecycle come from the tenant
   * control planes themselves (fresh tokens, drain before removal, readiness after creation).
   */
  kamaji?: KamajiSettings;
  github?: {
    client: GitHubClient;
    owner: string;
    repo: string;
    /** Only comments by this login are ours (the workflow token's bot). */
    author?: string;
  };
  comment: { mode: CommentMode; key: string };
  allowDestroy: boolean;
  driftIssue: boolean;
  /** Pools as they were at a git ref, or undefined when that cannot be read. */
  poolsAt(ref: string): Promise<PoolSet | undefined>;
  /** Module folders changed since a ref (only in repositories that hold the modules). */
  changedModules(ref: string): Promise<string[]>;
  /** Whether a workflow's pin of the action changed since a ref: every pool's modules may differ. */
  actionPinChanged(ref: string): Promise<boolean>;
  /** Link to this run's job summary, named when the comment is cut. */
  summaryUrl?: string;
  /** The working directory relative to the repository root, where GitHub names files from. */
  poolsRoot?: string;
  log(line: string): void;
  /** A secret learnt during the run (a minted token, a tenant kubeconfig): masked from then on. */
  registerSecret(value: string): void;
}

export interface RunOutputs {
  results: PoolResult[];
  /** The whole report, for the job summary. */
  report: string;
  /** One line for the log: what happened. */
  message: string;
  failureReason?: FailureReason;
  /** State locks that refused pools (the `lock-info` output). */
  locks?: HeldLock[];
  drift?: boolean;
  commentUrl?: string;
  /** A shard's results, for the report job: the adapter writes them to a file. */
  shardResults?: ShardResults;
  /** Mode shards: the shards to run, e.g. ["1/2", "2/2"]. */
  matrix?: string[];
}

/** Calls `act` once when `signal` aborts (at once if it already has); returns how to stop listening. */
export function onCancel(signal: AbortSignal | undefined, act: () => Promise<unknown>): () => void {
  if (!signal) return () => undefined;
  const listener = () => void act().catch(() => undefined);
  if (signal.aborted) {
    listener();
    return () => undefined;
  }
  signal.addEventListener("abort", listener, { once: true });
  return () => signal.removeEventListener("abort", listener);
}

/**
 * Per pool: the join data of its control plane (placeholder when none is given) and the control
 * plane's own Kubernetes version for pools without one.
 */
export function envForPool(
  ctx: WorkflowContext,
  access: ReadonlyMap<string, ControlPlaneAccess> | undefined,
  join: (key: string) => JoinData,
): (pool: NodePool) => Record<string, string> {
  return (pool) => {
    const key = controlPlaneKey(pool);
    const version = access?.get(key)?.target.kubernetesVersion ?? ctx.kubernetesVersion;
    const data = join(key);
    return joinEnvironment(version ? { ...data, kubernetesVersion: version } : data);
  };
}
