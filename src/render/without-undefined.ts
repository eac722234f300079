/** Drops undefined values, so that Terraform's own defaults (optional(), variable defaults) apply. */
export function withoutUndefined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
