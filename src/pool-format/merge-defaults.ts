/** Deep merge for NodePoolDefaults: maps merge key by key; lists and scalars are replaced. */
export function mergeValues(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeValues(base[key], value);
  return merged;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface DefaultsSelector {
  tenant?: string;
  controlPlane?: string;
}

export function selects(selector: DefaultsSelector, tenant: string, controlPlane: string): boolean {
  return (
    (selector.tenant === undefined || selector.tenant === tenant) &&
    (selector.controlPlane === undefined || selector.controlPlane === controlPlane)
  );
}

/** More selector fields: more specific, so merged later (closer to the pool). */
export function specificity(selector: DefaultsSelector): number {
  return (selector.tenant === undefined ? 0 : 1) + (selector.controlPlane === undefined ? 0 : 1);
}
