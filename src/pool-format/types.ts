/** Types of the pool format (`nodepool.schema.json`): what the rest of the project reads. */

export const API_VERSION = "nodepool.kamaji.io/v1alpha1";
export const PROVIDERS = ["vsphere", "vcd", "proxmox", "maas"] as const;
export type ProviderName = (typeof PROVIDERS)[number];

export interface Taint {
  key: string;
  value?: string;
  effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

export interface StaticIPv4 {
  first: string;
  last: string;
  prefixLength: number;
  gateway: string;
}

export interface VsphereSettings {
  datacenter: string;
  cluster: string;
  datastore: string;
  network: string;
  template: string;
  folder?: string;
  resourcePool?: string;
  nicName?: string;
  waitForGuestNetMinutes?: number;
}

export interface VcdSettings {
  org?: string;
  vdc?: string;
  vappName?: string;
  catalog: string;
  template: string;
  network: string;
  storageProfile?: string;
  nicName?: string;
}

export interface ProxmoxSettings {
  node: string;
  templateVmId: number;
  datastore: string;
  snippetsDatastore: string;
  bridge: string;
  vlan?: number;
  vmIdStart?: number;
}

export interface MaasSettings {
  tags?: string[];
  pool?: string;
  zone?: string;
  distroSeries: string;
  hweKernel?: string;
  subnet?: string;
  interfaceName?: string;
}

/** A pool's spec after defaults are merged in and schema defaults applied. */
export interface PoolSpec {
  provider: ProviderName;
  replicas: number;
  /** Node names to replace once, when newly listed (see findReplacements). */
  replace?: string[];
  rollout?: { maxUnavailable?: number };
  health?: { notReadyAfter?: string };
  machine: { cpus: number; memoryMiB: number; diskGiB: number };
  kubernetes: { version?: string; labels?: Record<string, string>; taints?: Taint[] };
  network: {
    static?: StaticIPv4;
    nameservers?: string[];
    searchDomains?: string[];
    domain?: string;
  };
  sshAuthorizedKeys?: string[];
  bootstrap: { yakiURL: string; yakiSHA256?: string; extraPackages?: string[] };
  vsphere?: VsphereSettings;
  vcd?: VcdSettings;
  proxmox?: ProxmoxSettings;
  maas?: MaasSettings;
}

/** Where a document starts, for messages that point back at it. */
export interface SourceRef {
  file: string;
  line: number;
}

export interface NodePool {
  tenant: string;
  controlPlane: string;
  name: string;
  spec: PoolSpec;
  /** `<controlPlane>-<name>-node-NN`, NN from 00. */
  nodeNames: string[];
  source: SourceRef;
}

export type BackendType = "local" | "s3" | "gcs" | "azurerm" | "http" | "kubernetes" | "pg" | "remote";

/** Exactly one key: the backend type, with its (non-secret) settings. */
export type BackendSettings = Partial<Record<BackendType, Record<string, string | boolean>>>;

export interface RepositorySettings {
  backend: BackendSettings;
  terraform: { tool: "terraform" | "tofu"; version?: string };
  source?: SourceRef;
}

export interface PoolSet {
  pools: NodePool[];
  settings: RepositorySettings;
  /** Every file read, relative as given. */
  files: string[];
  /** The files holding NodePoolDefaults or NodePoolSettings: a change to them reaches pools of other files. */
  sharedFiles: string[];
}

export type Severity = "error" | "warning";

/** One problem in one file, pointing at the YAML node at fault. */
export interface Issue {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
}

export type LoadResult = { ok: true; value: PoolSet; warnings: Issue[] } | { ok: false; issues: Issue[] };
