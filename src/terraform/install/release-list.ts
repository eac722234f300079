import { parseReleaseVersion } from "./version.js";

/**
 * Version numbers from a publisher's release list, unsorted, or a description of what is wrong.
 * HashiCorp (`releases.hashicorp.com/terraform/index.json`):
 *   `{"name": "terraform", "versions": {"1.8.5": {"version": "1.8.5", "shasums": ..., "builds": [...]}}}`
 * OpenTofu (`get.opentofu.org/tofu/api.json`):
 *   `{"versions": [{"id": "1.8.5", "files": ["tofu_1.8.5_linux_amd64.zip", ...]}]}`
 */
export type ReleaseListResult = { ok: true; value: string[] } | { ok: false; issue: string };

export function parseHashicorpIndex(json: unknown): ReleaseListResult {
  const versions = isRecord(json) ? json.versions : undefined;
  if (!isRecord(versions)) return { ok: false, issue: 'expected {"versions": {"<version>": {...}}}' };
  return { ok: true, value: Object.keys(versions).filter((v) => parseReleaseVersion(v) !== undefined) };
}

export function parseOpentofuApi(json: unknown): ReleaseListResult {
  const versions = isRecord(json) ? json.versions : undefined;
  if (!Array.isArray(versions)) return { ok: false, issue: 'expected {"versions": [{"id": "<version>"}]}' };
  const ids = versions.map((entry: unknown) => (isRecord(entry) ? entry.id : undefined));
  return {
    ok: true,
    value: ids.filter((id): id is string => typeof id === "string" && parseReleaseVersion(id) !== undefined),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
