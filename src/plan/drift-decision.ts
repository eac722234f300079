import type { PoolResult } from "./pool-result.js";

/**
 * What a drift check concludes per control plane: `drift` when a pool's plan has changes (its issue
 * is opened or updated), `module-upgrade` when every pool with changes was last applied with other
 * modules (no issue: those changes are the upgrade's to show, in a pull request that plans every
 * pool), `clean` when every pool planned without changes (its issue is closed), `unknown` when a
 * plan failed or a state was locked (any issue is left as it is). Terraform's own record of
 * changes outside it (`resource_drift`) cannot decide: refreshing lists computed attributes of
 * untouched machines too. So a pool changed outside Terraform while its upgrade is pending is
 * reported as the upgrade, whose pull request then shows every change.
 */
export interface DriftDecision {
  controlPlane: string;
  verdict: "drift" | "module-upgrade" | "clean" | "unknown";
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
      : list.some((r) => r.status === "changes" && !r.summary.moduleUpgrade)
        ? "drift"
        : list.some((r) => r.status === "changes")
          ? "module-upgrade"
          : "clean",
    results: list,
  }));
}
