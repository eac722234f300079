import * as core from "@actions/core";
import { COMMENT_MODES, type CommentMode } from "./github/plan-comment.js";
import { parseShard, type Shard } from "./plan/shards.js";

export const MODES = ["auto", "plan", "apply", "drift", "validate", "shards", "report"] as const;
export type Mode = (typeof MODES)[number];

/** Every input of action.yml, read and checked in one place. */
export interface ActionInputs {
  mode: Mode;
  pools: string;
  workingDirectory: string;
  /** Undefined when not given: the pool settings' tool applies. */
  tool: "terraform" | "tofu" | undefined;
  terraformVersion: string;
  downloadUrl: string;
  githubToken: string;
  /** Pools at once; unset: runBudget decides from the machine. */
  concurrency?: number;
  /** The most pools at once a run grows to; unset: as many as the machine allows. */
  maxConcurrency?: number;
  lockTimeout: string;
  /** Only this share of the pools; undefined: all of them. */
  shard?: Shard;
  maxShards: number;
  poolsPerShard: number;
  /** Mode report: the folder of the shares' results files. */
  shardResults: string;
  baseRef: string;
  joinUrl: string;
  joinToken: string;
  joinCaCertHash: string;
  kubernetesVersion: string;
  managementKubeconfig: string;
  tokenTtl: string;
  drainTimeout: string;
  readyTimeout: string;
  allowDestroy: boolean;
  comment: CommentMode;
  driftIssue: boolean;
}

/** An input with a value it cannot have: the message names the input and what is allowed. */
export class InputError extends Error {
  constructor(name: string, value: string, allowed: string) {
    super(`Input ${name} must be ${allowed}, got "${value}"`);
    this.name = "InputError";
  }
}

function oneOf<T extends string>(name: string, allowed: readonly T[]): T {
  const value = core.getInput(name);
  if (!allowed.includes(value as T)) throw new InputError(name, value, `one of ${allowed.join(", ")}`);
  return value as T;
}

/** A count input; empty (a runner that does not fill in action.yml's defaults) is `fallback`. */
function wholeNumber(name: string, fallback: number): number {
  const text = core.getInput(name);
  if (text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new InputError(name, text, "a whole number >= 1");
  return value;
}

export function readInputs(): ActionInputs {
  const shardText = core.getInput("shard");
  const shard = shardText ? parseShard(shardText) : undefined;
  if (shard && !shard.ok) throw new InputError("shard", shardText, shard.problem.replace(/, got .*$/, ""));
  const concurrencyText = core.getInput("concurrency");
  const concurrency = concurrencyText ? Number(concurrencyText) : undefined;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1))
    throw new InputError("concurrency", concurrencyText, "a whole number >= 1");
  return {
    mode: oneOf("mode", MODES),
    pools: core.getInput("pools"),
    workingDirectory: core.getInput("working-directory"),
    tool: core.getInput("tool") ? oneOf("tool", ["terraform", "tofu"] as const) : undefined,
    terraformVersion: core.getInput("terraform-version"),
    downloadUrl: core.getInput("download-url"),
    githubToken: core.getInput("github-token"),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(core.getInput("max-concurrency") ? { maxConcurrency: wholeNumber("max-concurrency", 1) } : {}),
    lockTimeout: core.getInput("lock-timeout"),
    ...(shard?.ok ? { shard: shard.value } : {}),
    maxShards: wholeNumber("max-shards", 4),
    poolsPerShard: wholeNumber("pools-per-shard", 50),
    shardResults: core.getInput("shard-results") || ".nodepool/shards",
    baseRef: core.getInput("base-ref"),
    joinUrl: core.getInput("join-url"),
    joinToken: core.getInput("join-token"),
    joinCaCertHash: core.getInput("join-ca-cert-hash"),
    kubernetesVersion: core.getInput("kubernetes-version"),
    managementKubeconfig: core.getInput("management-kubeconfig"),
    tokenTtl: core.getInput("token-ttl"),
    drainTimeout: core.getInput("drain-timeout"),
    readyTimeout: core.getInput("ready-timeout"),
    allowDestroy: core.getBooleanInput("allow-destroy"),
    comment: oneOf("comment", COMMENT_MODES),
    driftIssue: core.getBooleanInput("drift-issue"),
  };
}
