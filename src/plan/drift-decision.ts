import type { PoolResult } from "./pool-result.js";

/**
 * What a drift check concludes per control plane: `drift` when any pool's plan has changes (its
 * issue is opened or updated), `clean` when every pool planned without changes (its issue is
 * closed), `unknown` when a plan failed or a state was locked (any issue is left as it is).
 */
export interface DriftDecision {
  controlPlane: string;
  verdict: "drift" | "clean" | "unknown";
  results: PoolResult[];
}

export function decideDrift(results: readonly PoolResult[]): DriftDecision[] {
  const byControlPlane = new Map<string, PoolResult[]>();
  for (const r of results) {
    const key = `${r.pool.tenant}/${r.pool.controlPlane}`;
    byControlPlane.set(key, [...(byControlPlane.get(key) ?? []), r]);
  }
  return [...byControlPlane].map(([controlPlane, list]) => ({
    controlPlane,
    verdict: list.some((r) => r.status === "error" || r.status === "locked")
      ? "unknown"
      : list.some((r) => r.status === "changes")
        ? "drift"
        : "clean",
    results: list,
  }));
}
