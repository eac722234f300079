/**
 * What `nodepool plan --out FILE` writes and `nodepool apply --plan FILE` applies: the hash of each
 * pool's reviewed plan, as a plan comment holds them, and the ref the plan compared with. No saved
 * plan and no join data: apply plans again and applies only what hashes the same.
 */
export interface PlanFile {
  /** `--base` of the plan: apply covers the same changed and removed pools. */
  base?: string;
  /** Pool key -> hash of its reviewed plan. */
  hashes: Record<string, string>;
}

const KIND = "NodePoolPlan";
const VERSION = 1;
const HASH = /^sha256:[0-9a-f]{64}$/;
const LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
const POOL_KEY = new RegExp(`^${LABEL}/${LABEL}/${LABEL}$`);

export function planFileText(plan: PlanFile): string {
  return `${JSON.stringify({ kind: KIND, version: VERSION, ...plan }, null, 2)}\n`;
}

/** The plan file's content, or why it is not one (a hand edit, another tool's file, a newer format). */
export function parsePlanFile(text: string): { ok: true; value: PlanFile } | { ok: false; problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: "not JSON; make it with nodepool plan --out FILE" };
  }
  if (typeof data !== "object" || data === null || (data as { kind?: unknown }).kind !== KIND)
    return { ok: false, problem: `not a ${KIND} file; make it with nodepool plan --out FILE` };
  const { version, base, hashes } = data as { version?: unknown; base?: unknown; hashes?: unknown };
  if (version !== VERSION)
    return {
      ok: false,
      problem: `version ${String(version)} is not known here (this nodepool reads ${VERSION})`,
    };
  if (base !== undefined && (typeof base !== "string" || base === "" || base.startsWith("-")))
    return { ok: false, problem: "base must be a git ref" };
  if (typeof hashes !== "object" || hashes === null || Array.isArray(hashes))
    return { ok: false, problem: "hashes must map pools to plan hashes" };
  for (const [pool, hash] of Object.entries(hashes)) {
    if (!POOL_KEY.test(pool))
      return { ok: false, problem: `${JSON.stringify(pool)} is not a tenant/controlPlane/pool key` };
    if (typeof hash !== "string" || !HASH.test(hash))
      return { ok: false, problem: `the hash of ${pool} is not sha256:<64 hex digits>` };
  }
  return {
    ok: true,
    value: { ...(base !== undefined ? { base } : {}), hashes: { ...(hashes as Record<string, string>) } },
  };
}
