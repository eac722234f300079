import { createHash } from "node:crypto";
import { posix } from "node:path";
import { localStateFolderProblem } from "../pool-format/pool-rules.js";
import type { BackendSettings, BackendType } from "../pool-format/types.js";
import { withoutUndefined } from "./without-undefined.js";

/** Which pool a state belongs to. */
export interface StateKey {
  tenant: string;
  controlPlane: string;
  pool: string;
}

export interface BackendBlock {
  type: BackendType;
  config: Record<string, unknown>;
  /**
   * The keys of `config` that name this pool's state (a path, key, schema or suffix): given to
   * `init` as `-backend-config` instead of in the backend block, so that every pool's block is the
   * same and one `init` can be reused by the others. Undefined for a backend whose per-pool part
   * cannot be given that way (`remote`'s workspaces block): its workspaces always run `init`.
   */
  perPool?: readonly string[];
}

/** PostgreSQL truncates identifiers past 63 bytes, which could make two pools share a schema. */
const PG_IDENTIFIER_MAX = 63;

/**
 * The backend block of one pool's workspace: one state per pool. `workspaceDir` is the workspace's
 * folder relative to the repository root, for the local backend's relative path.
 */
export function renderBackend(backend: BackendSettings, key: StateKey, workspaceDir: string): BackendBlock {
  const [type, settings = {}] = Object.entries(backend)[0] as [
    BackendType,
    Record<string, unknown> | undefined,
  ];
  const path = `${key.tenant}/${key.controlPlane}/${key.pool}`;
  const dashed = `${key.tenant}-${key.controlPlane}-${key.pool}`;
  // The settings were validated and given their schema defaults.
  const str = (name: string) => String(settings[name] ?? "");
  const opt = (name: string) => settings[name] as string | boolean | undefined;
  switch (type) {
    case "local": {
      // Validation refuses such a folder with its file and line; this guards settings built elsewhere.
      const problem = localStateFolderProblem(str("directory"));
      if (problem) throw new Error(problem);
      return {
        type,
        config: { path: posix.relative(workspaceDir, posix.join(str("directory"), `${path}.tfstate`)) },
        perPool: ["path"],
      };
    }
    case "s3":
      return {
        type,
        config: withoutUndefined({
          bucket: str("bucket"),
          key: `${str("keyPrefix")}${path}.tfstate`,
          region: str("region"),
          endpoints: opt("endpoint") ? { s3: opt("endpoint") } : undefined,
          dynamodb_table: opt("dynamodbTable"),
          use_path_style: opt("usePathStyle"),
          encrypt: opt("encrypt"),
        }),
        perPool: ["key"],
      };
    case "gcs":
      return {
        type,
        config: { bucket: str("bucket"), prefix: `${str("prefix")}${path}` },
        perPool: ["prefix"],
      };
    case "azurerm":
      return {
        type,
        config: {
          resource_group_name: str("resourceGroupName"),
          storage_account_name: str("storageAccountName"),
          container_name: str("containerName"),
          key: `${str("keyPrefix")}${path}.tfstate`,
        },
        perPool: ["key"],
      };
    case "http": {
      const address = `${str("address").replace(/\/+$/, "")}/${path}`;
      return {
        type,
        config: opt("lock") ? { address, lock_address: address, unlock_address: address } : { address },
        perPool: opt("lock") ? ["address", "lock_address", "unlock_address"] : ["address"],
      };
    }
    case "kubernetes":
      return {
        type,
        config: {
          secret_suffix: dashed,
          namespace: str("namespace"),
          in_cluster_config: opt("inClusterConfig"),
        },
        perPool: ["secret_suffix"],
      };
    case "pg":
      return {
        type,
        config: { schema_name: pgSchemaName(str("schemaPrefix"), key) },
        perPool: ["schema_name"],
      };
    case "remote":
      return {
        type,
        config: {
          hostname: str("hostname"),
          organization: str("organization"),
          workspaces: { name: `${str("workspacePrefix")}${dashed}` },
        },
      };
  }
}

function pgSchemaName(prefix: string, key: StateKey): string {
  const name = `${prefix}${key.tenant}_${key.controlPlane}_${key.pool}`.replaceAll("-", "_");
  if (name.length <= PG_IDENTIFIER_MAX) return name;
  const digest = createHash("sha256").update(name).digest("hex").slice(0, 12);
  return `${name.slice(0, PG_IDENTIFIER_MAX - digest.length - 1)}_${digest}`;
}
