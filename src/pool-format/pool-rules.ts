import { posix, win32 } from "node:path";
import { ipv4ToNumber, networkOf, numberToIPv4, subnetSize } from "./ipv4.js";
import { nodeName } from "./node-names.js";
import type { BackendSettings, NodePool, PoolSpec, RepositorySettings, StaticIPv4 } from "./types.js";
import type { DocPath } from "./yaml-source.js";

export interface RuleProblem {
  /** Path in the pool document, starting at `spec`. */
  path: DocPath;
  message: string;
  /** Point at the map key rather than its value. */
  at?: "key";
}

const MAX_LABEL = 63;

/** Rules that span fields, checked on a pool's merged spec. */
export function checkPoolSpec(controlPlane: string, pool: string, spec: PoolSpec): RuleProblem[] {
  const problems: RuleProblem[] = [];
  // Checked for node 00 even at 0 replicas: the pool must stay valid when it is scaled up.
  const longest = nodeName(controlPlane, pool, Math.max(spec.replicas - 1, 0));
  if (longest.length > MAX_LABEL) {
    problems.push({
      path: ["spec"],
      message: `node names of this pool would be ${longest.length} characters long (${longest}), over the ${MAX_LABEL} a DNS-1123 label allows: shorten metadata.name or metadata.controlPlane`,
    });
  }
  for (const [index, name] of (spec.replace ?? []).entries()) {
    const last = nodeName(controlPlane, pool, spec.replicas - 1);
    const known = Array.from({ length: spec.replicas }, (_, i) => nodeName(controlPlane, pool, i));
    if (!known.includes(name))
      problems.push({
        path: ["spec", "replace", index],
        message:
          spec.replicas === 0
            ? `\`spec.replace\` names ${name}, but the pool has no nodes (replicas 0)`
            : `\`spec.replace\` names ${name}, which is not a node of this pool (${known[0]} to ${last})`,
      });
  }
  for (const key of Object.keys(spec.kubernetes.labels ?? {})) {
    if (!isSelfLabelAllowed(key)) {
      problems.push({
        path: ["spec", "kubernetes", "labels", key],
        at: "key",
        message: `label \`${key}\` cannot be set by a joining node: the kubelet may only set labels in the kubernetes.io and k8s.io namespaces under kubelet.kubernetes.io/, node.kubernetes.io/ and the well-known topology, os and arch keys (NodeRestriction); use your own prefix, for example example.com/role`,
      });
    }
  }
  const range = spec.network.static;
  if (range) {
    const first = ipv4ToNumber(range.first);
    const last = ipv4ToNumber(range.last);
    const base = ["spec", "network", "static"];
    const subnet = `${range.first}/${range.prefixLength}`;
    const network = networkOf(range.first, range.prefixLength);
    const broadcast = network + subnetSize(range.prefixLength) - 1;
    if (last < first) {
      problems.push({
        path: [...base, "last"],
        message: `\`spec.network.static.last\` (${range.last}) comes before \`first\` (${range.first})`,
      });
    } else if (last - first + 1 < spec.replicas) {
      problems.push({
        path: [...base, "last"],
        message: `\`spec.network.static\` holds ${last - first + 1} addresses (${range.first} to ${range.last}) but \`spec.replicas\` is ${spec.replicas}`,
      });
    }
    if (networkOf(range.last, range.prefixLength) !== network) {
      problems.push({
        path: [...base, "last"],
        message: `\`spec.network.static.last\` (${range.last}) is outside the subnet of \`first\` (${subnet})`,
      });
    } else if (first === network || last === broadcast) {
      problems.push({
        path: [...base, first === network ? "first" : "last"],
        message: `\`spec.network.static\` must not include the subnet's network or broadcast address (${subnet})`,
      });
    }
    const gateway = ipv4ToNumber(range.gateway);
    if (networkOf(range.gateway, range.prefixLength) !== network) {
      problems.push({
        path: [...base, "gateway"],
        message: `\`spec.network.static.gateway\` (${range.gateway}) is outside the subnet ${subnet}`,
      });
    } else if (gateway >= first && gateway <= last) {
      problems.push({
        path: [...base, "gateway"],
        message: `\`spec.network.static.gateway\` (${range.gateway}) lies inside the pool's own range ${range.first} to ${range.last}`,
      });
    }
    if (spec.provider === "maas" && (!spec.maas?.subnet || !spec.maas.interfaceName)) {
      problems.push({
        path: ["spec", "maas"],
        message:
          "`spec.maas.subnet` and `spec.maas.interfaceName` are required with static addressing: MAAS links each address on that subnet through that interface",
      });
    }
  }
  return problems;
}

/** Rules of the NodePoolSettings document, checked on its `spec` once the schema accepted it. */
export function checkSettings(spec: { backend?: BackendSettings }): RuleProblem[] {
  const directory = spec.backend?.local?.directory;
  const problem = typeof directory === "string" ? localStateFolderProblem(directory) : undefined;
  return problem ? [{ path: ["spec", "backend", "local", "directory"], message: problem }] : [];
}

/**
 * Why applying with these settings would lose the state, or undefined: a `local` backend whose
 * folder is not declared persistent lives on a runner that is thrown away after the job, and the
 * next apply would create every machine again.
 */
export function ephemeralStateProblem(settings: RepositorySettings): string | undefined {
  const local = settings.backend.local;
  if (!local || local.persistent === true) return undefined;
  const where = settings.source
    ? `${settings.source.file}:${settings.source.line}`
    : "no NodePoolSettings document";
  return `state would be kept in ${String(local.directory ?? ".nodepool-state")}/ on this runner (${where}), which is thrown away after the job: the next apply would create every machine again. Pick a state backend in a NodePoolSettings document (spec.backend: kubernetes, pg, s3, gcs, azurerm, http or remote), or set spec.backend.local.persistent: true when that folder outlives the job`;
}

/**
 * Why the local backend's folder is refused, or undefined. It must stay inside the repository: state
 * written elsewhere on the runner outlives the checkout or overwrites another job's files. Lexical,
 * so that it holds before the folder exists; backslashes count as separators, as on Windows.
 */
export function localStateFolderProblem(directory: string): string | undefined {
  const slashed = directory.replaceAll("\\", "/");
  const normal = posix.normalize(slashed);
  const outside =
    posix.isAbsolute(slashed) || win32.isAbsolute(directory) || normal === ".." || normal.startsWith("../");
  if (!outside) return undefined;
  return `\`spec.backend.local.directory\` must be a folder inside the repository, relative to its root (such as .nodepool-state), got ${JSON.stringify(directory)}`;
}

/** Pools of one control plane must not hand out the same static address twice. */
export function checkStaticOverlaps(pools: readonly NodePool[]): { pool: NodePool; message: string }[] {
  const problems: { pool: NodePool; message: string }[] = [];
  // Only pools of one control plane can clash: grouped first, 1,000 pools are not compared pairwise,
  // and each range is turned into numbers once.
  type Entry = { pool: NodePool; range: StaticIPv4; first: number; last: number };
  const byControlPlane = new Map<string, Entry[]>();
  for (const pool of pools) {
    const range = pool.spec.network.static;
    if (!range) continue;
    const key = `${pool.tenant}/${pool.controlPlane}`;
    const entry = { pool, range, first: ipv4ToNumber(range.first), last: ipv4ToNumber(range.last) };
    const group = byControlPlane.get(key);
    if (group) group.push(entry);
    else byControlPlane.set(key, [entry]);
  }
  for (const group of byControlPlane.values()) {
    for (const [i, { pool, range, first, last }] of group.entries()) {
      for (const earlier of group.slice(0, i)) {
        const start = Math.max(first, earlier.first);
        const end = Math.min(last, earlier.last);
        if (start > end) continue;
        const other = earlier.range;
        problems.push({
          pool,
          message: `static addresses ${range.first} to ${range.last} overlap those of pool ${earlier.pool.name} (${other.first} to ${other.last}, ${earlier.pool.source.file}:${earlier.pool.source.line}) of the same control plane, from ${numberToIPv4(start)} to ${numberToIPv4(end)}`,
        });
      }
    }
  }
  return problems;
}

/** Labels in these namespaces are refused to kubelets (NodeRestriction) unless listed below. */
const RESTRICTED_LABEL_DOMAIN = /(^|\.)(kubernetes\.io|k8s\.io)\//;
const ALLOWED_SELF_LABELS = new Set([
  "kubernetes.io/hostname",
  "kubernetes.io/arch",
  "kubernetes.io/os",
  "beta.kubernetes.io/arch",
  "beta.kubernetes.io/os",
  "beta.kubernetes.io/instance-type",
  "failure-domain.beta.kubernetes.io/region",
  "failure-domain.beta.kubernetes.io/zone",
  "topology.kubernetes.io/region",
  "topology.kubernetes.io/zone",
]);

function isSelfLabelAllowed(key: string): boolean {
  if (!RESTRICTED_LABEL_DOMAIN.test(key)) return true;
  const prefix = key.split("/")[0] ?? "";
  return (
    ALLOWED_SELF_LABELS.has(key) ||
    /(^|\.)kubelet\.kubernetes\.io$/.test(prefix) ||
    /(^|\.)node\.kubernetes\.io$/.test(prefix)
  );
}
