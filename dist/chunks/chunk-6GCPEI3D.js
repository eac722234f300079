import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/pool-format/pool-rules.ts
import { posix, win32 } from "node:path";

// src/pool-format/ipv4.ts
function ipv4ToNumber(address) {
  return address.split(".").reduce((sum, octet) => sum * 256 + Number(octet), 0);
}
function numberToIPv4(value) {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}
function networkOf(address, prefixLength) {
  const size = 2 ** (32 - prefixLength);
  return Math.floor(ipv4ToNumber(address) / size) * size;
}
function subnetSize(prefixLength) {
  return 2 ** (32 - prefixLength);
}

// src/pool-format/node-names.ts
function nodeName(controlPlane, pool, index) {
  return `${controlPlane}-${pool}-node-${String(index).padStart(2, "0")}`;
}
function nodeNames(controlPlane, pool, replicas) {
  return Array.from({ length: replicas }, (_, i) => nodeName(controlPlane, pool, i));
}

// src/pool-format/pool-rules.ts
var MAX_LABEL = 63;
function checkPoolSpec(controlPlane, pool, spec) {
  const problems = [];
  const longest = nodeName(controlPlane, pool, Math.max(spec.replicas - 1, 0));
  if (longest.length > MAX_LABEL) {
    problems.push({
      path: ["spec"],
      message: `node names of this pool would be ${longest.length} characters long (${longest}), over the ${MAX_LABEL} a DNS-1123 label allows: shorten metadata.name or metadata.controlPlane`
    });
  }
  for (const [index, name] of (spec.replace ?? []).entries()) {
    const last = nodeName(controlPlane, pool, spec.replicas - 1);
    const known = Array.from({ length: spec.replicas }, (_, i) => nodeName(controlPlane, pool, i));
    if (!known.includes(name))
      problems.push({
        path: ["spec", "replace", index],
        message: spec.replicas === 0 ? `\`spec.replace\` names ${name}, but the pool has no nodes (replicas 0)` : `\`spec.replace\` names ${name}, which is not a node of this pool (${known[0]} to ${last})`
      });
  }
  for (const key of Object.keys(spec.kubernetes.labels ?? {})) {
    if (!isSelfLabelAllowed(key)) {
      problems.push({
        path: ["spec", "kubernetes", "labels", key],
        at: "key",
        message: `label \`${key}\` cannot be set by a joining node: the kubelet may only set labels in the kubernetes.io and k8s.io namespaces under kubelet.kubernetes.io/, node.kubernetes.io/ and the well-known topology, os and arch keys (NodeRestriction); use your own prefix, for example example.com/role`
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
        message: `\`spec.network.static.last\` (${range.last}) comes before \`first\` (${range.first})`
      });
    } else if (last - first + 1 < spec.replicas) {
      problems.push({
        path: [...base, "last"],
        message: `\`spec.network.static\` holds ${last - first + 1} addresses (${range.first} to ${range.last}) but \`spec.replicas\` is ${spec.replicas}`
      });
    }
    if (networkOf(range.last, range.prefixLength) !== network) {
      problems.push({
        path: [...base, "last"],
        message: `\`spec.network.static.last\` (${range.last}) is outside the subnet of \`first\` (${subnet})`
      });
    } else if (first === network || last === broadcast) {
      problems.push({
        path: [...base, first === network ? "first" : "last"],
        message: `\`spec.network.static\` must not include the subnet's network or broadcast address (${subnet})`
      });
    }
    const gateway = ipv4ToNumber(range.gateway);
    if (networkOf(range.gateway, range.prefixLength) !== network) {
      problems.push({
        path: [...base, "gateway"],
        message: `\`spec.network.static.gateway\` (${range.gateway}) is outside the subnet ${subnet}`
      });
    } else if (gateway >= first && gateway <= last) {
      problems.push({
        path: [...base, "gateway"],
        message: `\`spec.network.static.gateway\` (${range.gateway}) lies inside the pool's own range ${range.first} to ${range.last}`
      });
    }
    if (spec.provider === "maas" && (!spec.maas?.subnet || !spec.maas.interfaceName)) {
      problems.push({
        path: ["spec", "maas"],
        message: "`spec.maas.subnet` and `spec.maas.interfaceName` are required with static addressing: MAAS links each address on that subnet through that interface"
      });
    }
  }
  return problems;
}
function checkSettings(spec) {
  const directory = spec.backend?.local?.directory;
  const problem = typeof directory === "string" ? localStateFolderProblem(directory) : void 0;
  return problem ? [{ path: ["spec", "backend", "local", "directory"], message: problem }] : [];
}
function ephemeralStateProblem(settings) {
  const local = settings.backend.local;
  if (!local || local.persistent === true) return void 0;
  const where = settings.source ? `${settings.source.file}:${settings.source.line}` : "no NodePoolSettings document";
  return `state would be kept in ${String(local.directory ?? ".nodepool-state")}/ on this runner (${where}), which is thrown away after the job: the next apply would create every machine again. Pick a state backend in a NodePoolSettings document (spec.backend: kubernetes, pg, s3, gcs, azurerm, http or remote), or set spec.backend.local.persistent: true when that folder outlives the job`;
}
function localStateFolderProblem(directory) {
  const slashed = directory.replaceAll("\\", "/");
  const normal = posix.normalize(slashed);
  const outside = posix.isAbsolute(slashed) || win32.isAbsolute(directory) || normal === ".." || normal.startsWith("../");
  if (!outside) return void 0;
  return `\`spec.backend.local.directory\` must be a folder inside the repository, relative to its root (such as .nodepool-state), got ${JSON.stringify(directory)}`;
}
function checkStaticOverlaps(pools) {
  const problems = [];
  const byControlPlane = /* @__PURE__ */ new Map();
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
          message: `static addresses ${range.first} to ${range.last} overlap those of pool ${earlier.pool.name} (${other.first} to ${other.last}, ${earlier.pool.source.file}:${earlier.pool.source.line}) of the same control plane, from ${numberToIPv4(start)} to ${numberToIPv4(end)}`
        });
      }
    }
  }
  return problems;
}
var RESTRICTED_LABEL_DOMAIN = /(^|\.)(kubernetes\.io|k8s\.io)\//;
var ALLOWED_SELF_LABELS = /* @__PURE__ */ new Set([
  "kubernetes.io/hostname",
  "kubernetes.io/arch",
  "kubernetes.io/os",
  "beta.kubernetes.io/arch",
  "beta.kubernetes.io/os",
  "beta.kubernetes.io/instance-type",
  "failure-domain.beta.kubernetes.io/region",
  "failure-domain.beta.kubernetes.io/zone",
  "topology.kubernetes.io/region",
  "topology.kubernetes.io/zone"
]);
function isSelfLabelAllowed(key) {
  if (!RESTRICTED_LABEL_DOMAIN.test(key)) return true;
  const prefix = key.split("/")[0] ?? "";
  return ALLOWED_SELF_LABELS.has(key) || /(^|\.)kubelet\.kubernetes\.io$/.test(prefix) || /(^|\.)node\.kubernetes\.io$/.test(prefix);
}

export {
  nodeNames,
  checkPoolSpec,
  checkSettings,
  ephemeralStateProblem,
  localStateFolderProblem,
  checkStaticOverlaps
};
