import { describe, expect, it } from "vitest";
import {
  describeToken,
  formatExpiration,
  generateBootstrapToken,
  InvalidBootstrapTokenError,
  parseBootstrapToken,
  randomTokenString,
  renderBootstrapTokenSecret,
  TOKEN_ALPHABET,
} from "../../src/kamaji/bootstrap-token.js";

/** Hands out the given bytes in order, as many as asked for each call. */
function scripted(bytes: number[]): (size: number) => Uint8Array {
  let next = 0;
  return (size) => {
    const out = Uint8Array.from(bytes.slice(next, next + size));
    next += size;
    if (out.length < size) throw new Error("script ran out of bytes");
    return out;
  };
}

describe("bootstrap tokens", () => {
  it("have kubeadm's format: id [a-z0-9]{6}, secret [a-z0-9]{16}", () => {
    for (let i = 0; i < 200; i++) {
      const token = generateBootstrapToken();
      expect(token.id).toMatch(/^[a-z0-9]{6}$/);
      expect(token.secret).toMatch(/^[a-z0-9]{16}$/);
    }
  });

  it("map bytes below 252 onto the alphabet and discard the rest, so every character is equally likely", () => {
    // Every byte value once: 252 are kept, 7 for each of the 36 characters.
    const all = Array.from({ length: 256 }, (_, i) => i);
    const text = randomTokenString(252, scripted([...all, ...all]));
    const counts = new Map<string, number>();
    for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
    expect([...counts.keys()].sort().join("")).toBe(TOKEN_ALPHABET);
    expect(new Set(counts.values())).toEqual(new Set([7]));
  });

  it("draw again for the discarded bytes", () => {
    expect(randomTokenString(3, scripted([252, 253, 254, 255, 0, 35, 36, 71]))).toBe("0z0");
    expect(randomTokenString(2, scripted([255, 1, 255, 2]))).toBe("12");
  });

  it("come out uniform from the real random source (chi-square over 48,000 characters)", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) {
      const { id, secret } = generateBootstrapToken();
      for (const char of id + secret) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    const expected = 44_000 / 36;
    const chiSquare = [...TOKEN_ALPHABET].reduce(
      (sum, c) => sum + ((counts.get(c) ?? 0) - expected) ** 2 / expected,
      0,
    );
    // 35 degrees of freedom: 80 is exceeded by chance with p < 1e-4; a modulo bias of 4/256 gives ~190.
    expect(chiSquare).toBeLessThan(80);
  });

  it("parse only the exact form, without echoing the value in the error", () => {
    expect(parseBootstrapToken(" abcdef.0123456789abcdef\n")).toEqual({
      id: "abcdef",
      secret: "0123456789abcdef",
    });
    for (const bad of ["ABCDEF.0123456789abcdef", "abcdef.0123456789abcde", "abcdef:0123456789abcdef", ""]) {
      expect(() => parseBootstrapToken(bad)).toThrow(InvalidBootstrapTokenError);
    }
    expect(() => parseBootstrapToken("abcdef.0123456789abcdeX")).toThrow(
      'invalid bootstrap token: expected "<id>.<secret>", id 6 and secret 16 characters of [a-z0-9]',
    );
  });
});

describe("the bootstrap token Secret", () => {
  const token = { id: "abcdef", secret: "0123456789abcdef" };

  it("is what kubeadm token create writes", () => {
    const secret = renderBootstrapTokenSecret(token, {
      expiresAt: new Date("2026-03-01T12:34:56.789Z"),
      description: "nodepool-action: join kamaji-tenant/tcp-alpha/workers, run 42",
    });
    expect(secret).toEqual({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "bootstrap-token-abcdef", namespace: "kube-system" },
      type: "bootstrap.kubernetes.io/token",
      stringData: {
        "token-id": "abcdef",
        "token-secret": "0123456789abcdef",
        description: "nodepool-action: join kamaji-tenant/tcp-alpha/workers, run 42",
        expiration: "2026-03-01T12:34:56Z",
        "usage-bootstrap-authentication": "true",
        "usage-bootstrap-signing": "true",
        "auth-extra-groups": "system:bootstrappers:kubeadm:default-node-token",
      },
    });
  });

  it("leaves out an empty description and, without expiry, the expiration", () => {
    const secret = renderBootstrapTokenSecret(token, { description: "" });
    expect(Object.keys(secret.stringData ?? {})).toEqual([
      "token-id",
      "token-secret",
      "usage-bootstrap-authentication",
      "usage-bootstrap-signing",
      "auth-extra-groups",
    ]);
  });

  it("formats the expiration as Go's RFC3339 in UTC, without fractional seconds", () => {
    expect(formatExpiration(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 999)))).toBe("2026-01-02T03:04:05Z");
  });

  it("has a description naming pool and run", () => {
    expect(
      describeToken({ tenant: "kamaji-tenant", controlPlane: "tcp-alpha", pool: "workers", runId: "42" }),
    ).toBe("nodepool-action: join kamaji-tenant/tcp-alpha/workers, run 42");
  });
});
