/**
 * Kamaji-native joins and node lifecycle: what the CLI and the action call. Pure parts (tokens,
 * pins, JWS, version rules, drain plans, readiness) take plain values; the I/O parts take a
 * KubeClient from loadKubeconfig(...).connect() or from a resolved join source.
 */

export { KubeApiError, KubeClient, KubeConnectionError } from "../kube/kube-client.js";
export {
  type Kubeconfig,
  KubeconfigError,
  type KubeconfigOptions,
  loadKubeconfig,
} from "../kube/kubeconfig.js";
export { redactSecrets } from "../secrets/redact.js";
export {
  type BootstrapToken,
  describeToken,
  formatBootstrapToken,
  generateBootstrapToken,
  InvalidBootstrapTokenError,
  parseBootstrapToken,
  renderBootstrapTokenSecret,
} from "./bootstrap-token.js";
export { CaCertificateError, computeCaPin, computeCaPins, normalizeCaPin } from "./ca-pin.js";
export { createJoinCommand, type JoinCommandOptions } from "./create-join-command.js";
export {
  cordonNode,
  type DrainEvent,
  type DrainOptions,
  type DrainReport,
  deleteNode,
  describeDrain,
  drainNode,
  drainNodes,
} from "./drain.js";
export { DurationError, parseDuration } from "./duration.js";
export { endpointOf, formatJoinCommand } from "./join-command.js";
export { type JoinSource, JoinSourceError, type JoinTarget, resolveJoinSource } from "./join-source.js";
export { describeReadiness, JOIN_LOG, type NodeReadiness } from "./node-readiness.js";
export { readPoolStatus, waitForNodesReady } from "./node-status.js";
export { type PoolNodes, poolNodePattern } from "./pool-nodes.js";
export {
  describeVerdict,
  type JoinData,
  type JoinVerdict,
  type PreflightCheck,
  preflightJoin,
} from "./preflight.js";
export {
  createJoinToken,
  DEFAULT_TOKEN_TTL_MS,
  deleteJoinTokens,
  JoinToken,
  type TokenCleanup,
  TokenSignatureTimeoutError,
  waitForTokenSignature,
} from "./tokens.js";
export { type PoolVersion, resolvePoolVersion } from "./version-skew.js";
