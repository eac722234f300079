import type { PoolSpec, ProviderName } from "../pool-format/types.js";
import { withoutUndefined } from "./without-undefined.js";

/** What the renderer needs to know of one infrastructure: one entry per provider module. */
export interface ProviderModule {
  /** Folder under `modules/` and name of the module's provider-specific input. */
  name: ProviderName;
  /** Terraform provider address, as the module's `required_providers` declares it. */
  source: string;
  /** Resource type of one node's machine in the module (its `for_each` key is the node name). */
  machineResource: string;
  /**
   * Environment variables the provider reads its endpoint and credentials from, as the example
   * workflows give them (README, "Credentials", lists the alternatives).
   */
  credentials: readonly string[];
  /** The module's provider-specific object input, from the pool's block. */
  placement(spec: PoolSpec): Record<string, unknown>;
  /** The guest interface the static network config names (modules/pool's `network_interface`). */
  networkInterface?(spec: PoolSpec): string | undefined;
}

function block<K extends ProviderName>(spec: PoolSpec, name: K): NonNullable<PoolSpec[K]> {
  const settings = spec[name];
  if (!settings) throw new Error(`spec.${name} is missing: the pool was not validated`);
  return settings as NonNullable<PoolSpec[K]>;
}

export const PROVIDER_MODULES: Record<ProviderName, ProviderModule> = {
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
        wait_for_guest_net_timeout: s.waitForGuestNetMinutes,
      });
    },
    networkInterface: (spec) => block(spec, "vsphere").nicName,
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
        storage_profile: s.storageProfile,
      });
    },
    networkInterface: (spec) => block(spec, "vcd").nicName,
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
      "PROXMOX_VE_SSH_PRIVATE_KEY",
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
        vm_id_start: s.vmIdStart,
      });
    },
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
        interface_name: s.interfaceName,
      });
    },
  },
};
