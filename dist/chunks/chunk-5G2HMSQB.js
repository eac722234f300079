import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  package_default
} from "./chunk-QKUM64YT.js";
import {
  localStateFolderProblem
} from "./chunk-6GCPEI3D.js";

// src/render/workspace.ts
import { posix as posix2 } from "node:path";

// src/terraform/backend-config-file.ts
var BACKEND_CONFIG_FILE = "backend.tfbackend";

// src/render/backend.ts
import { createHash } from "node:crypto";
import { posix } from "node:path";

// src/render/without-undefined.ts
function withoutUndefined(values) {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== void 0));
}

// src/render/backend.ts
var PG_IDENTIFIER_MAX = 63;
function renderBackend(backend, key, workspaceDir) {
  const [type, settings = {}] = Object.entries(backend)[0];
  const path = `${key.tenant}/${key.controlPlane}/${key.pool}`;
  const dashed = `${key.tenant}-${key.controlPlane}-${key.pool}`;
  const str = (name) => String(settings[name] ?? "");
  const opt = (name) => settings[name];
  switch (type) {
    case "local": {
      const problem = localStateFolderProblem(str("directory"));
      if (problem) throw new Error(problem);
      return {
        type,
        config: { path: posix.relative(workspaceDir, posix.join(str("directory"), `${path}.tfstate`)) },
        perPool: ["path"]
      };
    }
    case "s3":
      return {
        type,
        config: withoutUndefined({
          bucket: str("bucket"),
          key: `${str("keyPrefix")}${path}.tfstate`,
          region: str("region"),
          endpoints: opt("endpoint") ? { s3: opt("endpoint") } : void 0,
          dynamodb_table: opt("dynamodbTable"),
          use_path_style: opt("usePathStyle"),
          encrypt: opt("encrypt")
        }),
        perPool: ["key"]
      };
    case "gcs":
      return {
        type,
        config: { bucket: str("bucket"), prefix: `${str("prefix")}${path}` },
        perPool: ["prefix"]
      };
    case "azurerm":
      return {
        type,
        config: {
          resource_group_name: str("resourceGroupName"),
          storage_account_name: str("storageAccountName"),
          container_name: str("containerName"),
          key: `${str("keyPrefix")}${path}.tfstate`
        },
        perPool: ["key"]
      };
    case "http": {
      const address = `${str("address").replace(/\/+$/, "")}/${path}`;
      return {
        type,
        config: opt("lock") ? { address, lock_address: address, unlock_address: address } : { address },
        perPool: opt("lock") ? ["address", "lock_address", "unlock_address"] : ["address"]
      };
    }
    case "kubernetes":
      return {
        type,
        config: {
          secret_suffix: dashed,
          namespace: str("namespace"),
          in_cluster_config: opt("inClusterConfig")
        },
        perPool: ["secret_suffix"]
      };
    case "pg":
      return {
        type,
        config: { schema_name: pgSchemaName(str("schemaPrefix"), key) },
        perPool: ["schema_name"]
      };
    case "remote":
      return {
        type,
        config: {
          hostname: str("hostname"),
          organization: str("organization"),
          workspaces: { name: `${str("workspacePrefix")}${dashed}` }
        }
      };
  }
}
function pgSchemaName(prefix, key) {
  const name = `${prefix}${key.tenant}_${key.controlPlane}_${key.pool}`.replaceAll("-", "_");
  if (name.length <= PG_IDENTIFIER_MAX) return name;
  const digest = createHash("sha256").update(name).digest("hex").slice(0, 12);
  return `${name.slice(0, PG_IDENTIFIER_MAX - digest.length - 1)}_${digest}`;
}

// src/render/modules-record.ts
import { createHash as createHash2 } from "node:crypto";
var MODULES_OUTPUT = "nodepool_modules";
function modulesRecord(files) {
  const hash = createHash2("sha256");
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(`${file.path}\0${createHash2("sha256").update(file.contents).digest("hex")}
`);
  }
  return { release: package_default.version, digest: `sha256:${hash.digest("hex")}` };
}

// src/render/providers.ts
function block(spec, name) {
  const settings = spec[name];
  if (!settings) throw new Error(`spec.${name} is missing: the pool was not validated`);
  return settings;
}
var PROVIDER_MODULES = {
  vsphere: {
    name: "vsphere",
    machineResource: "vsphere_virtual_machine",
    source: "vmware/vsphere",
    credentials: ["VSPHERE_SERVER", "VSPHERE_USER", "VSPHERE_PASSWORD"],
    placement(spec) {
      const s = block(spec, "vsphere");
      return withoutUndefined({
        datacenter: s.datacenter,
        cluster: s.cluster,
        datastore: s.datastore,
        network: s.network,
        template: s.template,
        folder: s.folder,
        resource_pool: s.resourcePool,
        wait_for_guest_net_timeout: s.waitForGuestNetMinutes
      });
    },
    networkInterface: (spec) => block(spec, "vsphere").nicName
  },
  vcd: {
    name: "vcd",
    machineResource: "vcd_vapp_vm",
    source: "vmware/vcd",
    // An API token is only read with VCD_AUTH_TYPE=api_token.
    credentials: ["VCD_URL", "VCD_ORG", "VCD_AUTH_TYPE", "VCD_API_TOKEN"],
    placement(spec) {
      const s = block(spec, "vcd");
      return withoutUndefined({
        org: s.org,
        vdc: s.vdc,
        catalog: s.catalog,
        template: s.template,
        network: s.network,
        vapp_name: s.vappName,
        storage_profile: s.storageProfile
      });
    },
    networkInterface: (spec) => block(spec, "vcd").nicName
  },
  proxmox: {
    name: "proxmox",
    machineResource: "proxmox_virtual_environment_vm",
    source: "bpg/proxmox",
    // Snippets (the user data) are uploaded over SSH: the API token alone cannot.
    credentials: [
      "PROXMOX_VE_ENDPOINT",
      "PROXMOX_VE_API_TOKEN",
      "PROXMOX_VE_SSH_USERNAME",
      "PROXMOX_VE_SSH_PRIVATE_KEY"
    ],
    placement(spec) {
      const s = block(spec, "proxmox");
      return withoutUndefined({
        node_name: s.node,
        template_vm_id: s.templateVmId,
        datastore_id: s.datastore,
        snippets_datastore_id: s.snippetsDatastore,
        bridge: s.bridge,
        vlan_id: s.vlan,
        vm_id_start: s.vmIdStart
      });
    }
  },
  maas: {
    name: "maas",
    machineResource: "maas_instance",
    source: "canonical/maas",
    credentials: ["MAAS_API_URL", "MAAS_API_KEY"],
    placement(spec) {
      const s = block(spec, "maas");
      return withoutUndefined({
        tags: s.tags,
        pool: s.pool,
        zone: s.zone,
        distro_series: s.distroSeries,
        hwe_kernel: s.hweKernel,
        subnet_cidr: s.subnet,
        interface_name: s.interfaceName
      });
    }
  }
};

// src/render/terraform-literal.ts
function terraformLiteral(value) {
  return escapeValue(value);
}
function escapeValue(value) {
  if (typeof value === "string") return escapeTemplate(value);
  if (Array.isArray(value)) return value.map(escapeValue);
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [escapeTemplate(key), escapeValue(item)])
    );
  return value;
}
function escapeTemplate(text) {
  return text.replace(/([$%])\{/g, "$1$1{");
}

// src/render/workspace.ts
var JOIN_VARIABLES = {
  join_url: { type: "string", description: "Control plane endpoint (host:port) the nodes join." },
  join_token: { type: "string", sensitive: true, description: "Bootstrap token of this run." },
  join_ca_cert_hash: {
    type: "string",
    sensitive: true,
    description: "sha256:<hex> pin of the control plane CA."
  }
};
var POOL_MODULE = "pool";
function renderWorkspace(pool, settings, modules, options) {
  const provider = PROVIDER_MODULES[pool.spec.provider];
  const dir = `${pool.tenant}/${pool.controlPlane}/${pool.name}`;
  const backend = renderBackend(
    settings.backend,
    { tenant: pool.tenant, controlPlane: pool.controlPlane, pool: pool.name },
    posix2.join(options.outDir, dir)
  );
  const files = [];
  for (const name of [provider.name, POOL_MODULE]) {
    const moduleFiles = modules[name];
    if (!moduleFiles) throw new Error(`module ${name} is missing from the modules folder`);
    for (const file of moduleFiles)
      files.push({ path: `modules/${name}/${file.path}`, contents: file.contents });
  }
  const record = recordOf(modules, provider.name, files);
  files.push({
    path: "main.tf.json",
    contents: toJson(mainConfig(pool, options.removed ?? false, record))
  });
  const perPool = new Set(backend.perPool ?? []);
  const shared = Object.fromEntries(Object.entries(backend.config).filter(([key]) => !perPool.has(key)));
  const own = Object.fromEntries(Object.entries(backend.config).filter(([key]) => perPool.has(key)));
  files.push({
    path: "backend.tf.json",
    contents: toJson({ terraform: { backend: { [backend.type]: terraformLiteral(shared) } } })
  });
  if (backend.perPool) files.push({ path: BACKEND_CONFIG_FILE, contents: backendConfigFile(own) });
  files.sort((a, b) => a.path.localeCompare(b.path));
  return {
    pool,
    dir,
    providers: JSON.stringify({ [provider.name]: { source: provider.source } }),
    ...backend.perPool ? { backendConfig: own } : {},
    modules: record,
    files
  };
}
var records = /* @__PURE__ */ new WeakMap();
function recordOf(modules, provider, files) {
  const known = records.get(modules) ?? /* @__PURE__ */ new Map();
  records.set(modules, known);
  const record = known.get(provider) ?? modulesRecord(files);
  known.set(provider, record);
  return record;
}
function backendConfigFile(config) {
  const lines = Object.entries(config).map(
    ([key, value]) => `${key} = ${typeof value === "string" ? JSON.stringify(terraformLiteral(value)) : String(value)}`
  );
  return `# Generated by nodepool-action: this pool's state; terraform init -backend-config=${BACKEND_CONFIG_FILE}
${lines.join("\n")}
`;
}
function mainConfig(pool, removed, modules) {
  const { spec } = pool;
  const provider = PROVIDER_MODULES[spec.provider];
  const { name, source } = provider;
  const version = spec.kubernetes.version;
  const variables = { ...JOIN_VARIABLES };
  if (!version)
    variables.kubernetes_version = {
      type: "string",
      description: "Kubernetes version of the control plane."
    };
  const range = spec.network.static;
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
        gateway: range.gateway
      },
      nameservers: spec.network.nameservers,
      search_domains: spec.network.searchDomains,
      domain: spec.network.domain,
      network_interface: provider.networkInterface?.(spec)
    })
  );
  const poolModule = {
    source: `./modules/${POOL_MODULE}`,
    ...poolInputs,
    kubernetes_version: poolInputs.kubernetes_version ?? "${var.kubernetes_version}",
    join_url: "${var.join_url}",
    join_token: "${var.join_token}",
    join_ca_cert_hash: "${var.join_ca_cert_hash}"
  };
  const nodesModule = {
    source: `./modules/${name}`,
    pool: "${module.pool.pool}",
    machines: "${module.pool.machines}",
    user_data: "${module.pool.user_data}",
    [name]: terraformLiteral(provider.placement(spec))
  };
  return {
    "//": removed ? `Generated by nodepool-action: pool ${pool.tenant}/${pool.controlPlane}/${pool.name} was removed from ${pool.source.file}; planning destroys its machines.` : (
      // No line number: lines moving in a pool file must not change the reviewed hash.
      `Generated by nodepool-action from ${pool.source.file}; edit the pool file, not this one.`
    ),
    terraform: { required_providers: { [name]: { source } } },
    variable: variables,
    provider: { [name]: {} },
    module: { pool: poolModule, nodes: nodesModule },
    output: {
      nodes: { description: "Per node name: machine id and IP addresses.", value: "${module.nodes.nodes}" },
      node_names: { description: "Node names of the pool.", value: "${module.pool.node_names}" },
      [MODULES_OUTPUT]: {
        description: "The nodepool-action release and module digest this state was applied with.",
        value: modules
      }
    }
  };
}
function toJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
function machineAddress(pool, node) {
  return `module.nodes.${PROVIDER_MODULES[pool.spec.provider].machineResource}.this["${node}"]`;
}
function renderWorkspaces(set, modules, outDir) {
  return set.pools.map((pool) => renderWorkspace(pool, set.settings, modules, { outDir })).sort((a, b) => a.dir.localeCompare(b.dir));
}

export {
  BACKEND_CONFIG_FILE,
  MODULES_OUTPUT,
  PROVIDER_MODULES,
  JOIN_VARIABLES,
  POOL_MODULE,
  renderWorkspace,
  machineAddress,
  renderWorkspaces
};
