const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;

export class DurationError extends Error {
  constructor(
    readonly input: string,
    readonly value: string,
  ) {
    super(`${input}: "${value}" is not a duration; use Go's form such as 2h, 90m, 1h30m or 45s`);
    this.name = "DurationError";
  }
}

/** A Go-style duration (`2h`, `1h30m`, `90s`), as kubeadm's `--ttl` takes it, in milliseconds. */
export function parseDuration(value: string, input = "duration"): number {
  const text = value.trim();
  if (!DURATION.test(text)) throw new DurationError(input, value);
  let ms = 0;
  for (const [, amount, unit] of text.matchAll(PART)) ms += Number(amount) * (UNIT_MS[unit ?? ""] ?? 0);
  if (ms <= 0) throw new DurationError(input, value);
  return Math.round(ms);
}
