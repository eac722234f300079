import { posix } from "node:path";
import type { NodePool, PoolSet, RepositorySettings } from "../pool-format/types.js";
import { BACKEND_CONFIG_FILE } from "../terraform/backend-config-file.js";
import { renderBackend } from "./backend.js";
import { MODULES_OUTPUT, type ModulesRecord, modulesRecord } from "./modules-record.js";
import { PROVIDER_MODULES } from "./providers.js";
import { terraformLiteral } from "./terraform-literal.js";
import { withoutUndefined } from "./without-undefined.js";

/** One file of a rendered workspace, relative to the workspace folder. */
export interface WorkspaceFile {
  path: string;
  contents: string;
}

/** The files of our Terraform modules, by module folder name (`pool`, `vsphere`, ...). */
export type ModuleFiles = Readonly<Record<string, readonly WorkspaceFile[]>>;

export interface Workspace {
  pool: NodePool;
  /** `<tenant>/<controlPlane>/<pool>`, relative to the render folder. */
  dir: string;
  /** Its `required_providers`, as one key: workspaces with equal keys share one `init`. */
  providers: string;
  /**
   * What its `backend.tfbackend` gives `init` (the values naming this pool's state), or undefined
   * when its backend block is its own and every `init` must run (see BackendBlock.perPool).
   */
  backendConfig?: Readonly<Record<string, unknown>>;
  /** The release and digest of the modules it carries (its `nodepool_modules` output). */
  modules: ModulesRecord;
  files: WorkspaceFile[];
}

/** Variables fed at plan time through TF_VAR_*: join data never reaches a file. */
export const JOIN_VARIABLES = {
  join_url: { type: "string", description: "Control plane endpoint (host:port) the nodes join." },
  join_token: { type: "string", sensitive: true, description: "Bootstrap token of this run." },
  join_ca_cert_hash: {
    type: "string",
    sensitive: true,
    description: "sha256:<hex> pin of the control plane CA.",
  },
} as const;

/** The module every workspace calls before its provider module: names, addresses, cloud-init. */
export const POOL_MODULE = "pool";

/**
 * Renders one pool into a self-contained Terraform workspace: the modules it needs, `main.tf.json`
 * calling modules/pool with the pool's values and the provider module with its machines, and
 * `backend.tf.json` with its own state.
 * `outDir` is the render folder relative to the repository root (for the local backend's path).
 * A removed pool renders with zero replicas, so that its plan destroys what it had.
 */
export function renderWorkspace(
  pool: NodePool,
  settings: RepositorySettings,
  modules: ModuleFiles,
  options: { outDir: string; removed?: boolean },
): Workspace {
  const provider = PROVIDER_MODULES[pool.spec.provider];
  const dir = `${pool.tenant}/${pool.controlPlane}/${pool.name}`;
  const backend = renderBackend(
    settings.backend,
    { tenant: pool.tenant, controlPlane: pool.controlPlane, pool: pool.name },
    posix.join(options.outDir, dir),
  );
  const files: WorkspaceFile[] = [];
  for (const name of [provider.name, POOL_MODULE]) {
    const moduleFiles = modules[name];
    if (!moduleFiles) throw new Error(`module ${name} is missing from the modules folder`);
    for (const file of moduleFiles)
      files.push({ path: `modules/${name}/${file.path}`, contents: file.contents });
  }
  const record = recordOf(modules, provider.name, files);
  files.push({
    path: "main.tf.json",
    contents: toJson(mainConfig(pool, options.removed ?? false, record)),
  });
  const perPool = new Set(backend.perPool ?? []);
  const shared = Object.fromEntries(Object.entries(backend.config).filter(([key]) => !perPool.has(key)));
  const own = Object.fromEntries(Object.entries(backend.config).filter(([key]) => perPool.has(key)));
  files.push({
    path: "backend.tf.json",
    contents: toJson({ terraform: { backend: { [backend.type]: terraformLiteral(shared) } } }),
  });
  if (backend.perPool) files.push({ path: BACKEND_CONFIG_FILE, contents: backendConfigFile(own) });
  files.sort((a, b) => a.path.localeCompare(b.path));
  return {
    pool,
    dir,
    providers: JSON.stringify({ [provider.name]: { source: provider.source } }),
    ...(backend.perPool ? { backendConfig: own } : {}),
    modules: record,
    files,
  };
}

const records = new WeakMap<ModuleFiles, Map<string, ModulesRecord>>();

/** The modules record: the same for every pool of a provider, so its files are hashed once a run. */
function recordOf(modules: ModuleFiles, provider: string, files: readonly WorkspaceFile[]): ModulesRecord {
  const known = records.get(modules) ?? new Map<string, ModulesRecord>();
  records.set(modules, known);
  const record = known.get(provider) ?? modulesRecord(files);
  known.set(provider, record);
  return record;
}

/**
 * `key = "value"` lines, HCL as `-backend-config` reads them. Strings are templates there too:
 * escaped like every value we did not write, and quoted as JSON quotes them (HCL's escapes).
 */
function backendConfigFile(config: Readonly<Record<string, unknown>>): string {
  const lines = Object.entries(config).map(
    ([key, value]) =>
      `${key} = ${typeof value === "string" ? JSON.stringify(terraformLiteral(value)) : String(value)}`,
  );
  return `# Generated by nodepool-action: this pool's state; terraform init -backend-config=${BACKEND_CONFIG_FILE}\n${lines.join("\n")}\n`;
}

function mainConfig(pool: NodePool, removed: boolean, modules: ModulesRecord): Record<string, unknown> {
  const { spec } = pool;
  const provider = PROVIDER_MODULES[spec.provider];
  const { name, source } = provider;
  const version = spec.kubernetes.version;
  const variables: Record<string, unknown> = { ...JOIN_VARIABLES };
  if (!version)
    variables.kubernetes_version = {
      type: "string",
      description: "Kubernetes version of the control plane.",
    };
  const range = spec.network.static;
  // Pool values are data: escaped as literals, and only our own references stay expressions.
  const poolInputs = terraformLiteral(
    withoutUndefined({
      control_plane: pool.controlPlane,
      pool_name: pool.name,
      replicas: removed ? 0 : spec.replicas,
      cpus: spec.machine.cpus,
      memory_mib: spec.machine.memoryMiB,
      disk_gib: spec.machine.diskGiB,
      kubernetes_version: version,
      node_labels: spec.kubernetes.labels,
      node_taints: spec.kubernetes.taints,
      ssh_authorized_keys: spec.sshAuthorizedKeys,
      extra_packages: spec.bootstrap.extraPackages,
      yaki_url: spec.bootstrap.yakiURL,
      yaki_sha256: spec.bootstrap.yakiSHA256,
      static_ipv4: range && {
        first_address: range.first,
        last_address: range.last,
        prefix_length: range.prefixLength,
        gateway: range.gateway,
      },
      nameservers: spec.network.nameservers,
      search_domains: spec.network.searchDomains,
      domain: spec.network.domain,
      network_interface: provider.networkInterface?.(spec),
    }),
  );
  const poolModule = {
    source: `./modules/${POOL_MODULE}`,
    ...poolInputs,
    kubernetes_version: poolInputs.kubernetes_version ?? "${var.kubernetes_version}",
    join_url: "${var.join_url}",
    join_token: "${var.join_token}",
    join_ca_cert_hash: "${var.join_ca_cert_hash}",
  };
  const nodesModule = {
    source: `./modules/${name}`,
    pool: "${module.pool.pool}",
    machines: "${module.pool.machines}",
    user_data: "${module.pool.user_data}",
    [name]: terraformLiteral(provider.placement(spec)),
  };
  return {
    "//": removed
      ? `Generated by nodepool-action: pool ${pool.tenant}/${pool.controlPlane}/${pool.name} was removed from ${pool.source.file}; planning destroys its machines.`
      : // No line number: lines moving in a pool file must not change the reviewed hash.
        `Generated by nodepool-action from ${pool.source.file}; edit the pool file, not this one.`,
    terraform: { required_providers: { [name]: { source } } },
    variable: variables,
    provider: { [name]: {} },
    module: { pool: poolModule, nodes: nodesModule },
    output: {
      nodes: { description: "Per node name: machine id and IP addresses.", value: "${module.nodes.nodes}" },
      node_names: { description: "Node names of the pool.", value: "${module.pool.node_names}" },
      [MODULES_OUTPUT]: {
        description: "The nodepool-action release and module digest this state was applied with.",
        value: modules,
      },
    },
  };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every pool of a set, rendered. */
/** A node's machine in a pool's state, as `terraform plan -replace` names it. */
export function machineAddress(pool: NodePool, node: string): string {
  return `module.nodes.${PROVIDER_MODULES[pool.spec.provider].machineResource}.this["${node}"]`;
}

export function renderWorkspaces(set: PoolSet, modules: ModuleFiles, outDir: string): Workspace[] {
  return set.pools
    .map((pool) => renderWorkspace(pool, set.settings, modules, { outDir }))
    .sort((a, b) => a.dir.localeCompare(b.dir));
}
