import { createHmac, timingSafeEqual } from "node:crypto";
import type { BootstrapToken } from "./bootstrap-token.js";

/**
 * The detached JWS the bootstrapsigner controller writes into `cluster-info` for every signing
 * token (k8s.io/cluster-bootstrap/token/jws, RFC 7515 appendix F): `<header>..<signature>`, HS256
 * keyed with the token secret over the ConfigMap's `kubeconfig` value, header
 * `{"alg":"HS256","kid":"<token id>"}`.
 *
 * kubeadm zero-pads the secret to 32 bytes for go-jose; HMAC zero-pads any key shorter than its
 * 64-byte block anyway, so the unpadded secret gives the same signature.
 */

export type JwsCheck = { ok: true } | { ok: false; problem: string };

export function signDetachedJws(content: string, token: BootstrapToken): string {
  const header = base64url(JSON.stringify({ alg: "HS256", kid: token.id }));
  return `${header}..${hmac(`${header}.${base64url(content)}`, token.secret)}`;
}

export function verifyDetachedJws(jws: string, content: string, token: BootstrapToken): JwsCheck {
  const parts = jws.split(".");
  const [header = "", payload, signature = ""] = parts;
  if (parts.length !== 3 || payload !== "") {
    return { ok: false, problem: "not a detached JWS (expected <header>..<signature>)" };
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
  } catch {
    return { ok: false, problem: "the JWS header is not base64url JSON" };
  }
  const { alg, kid } = (decoded ?? {}) as { alg?: unknown; kid?: unknown };
  if (alg !== "HS256") return { ok: false, problem: `the JWS algorithm is ${String(alg)}, expected HS256` };
  if (kid !== token.id)
    return { ok: false, problem: `the JWS key id is ${String(kid)}, expected ${token.id}` };
  const expected = Buffer.from(hmac(`${header}.${base64url(content)}`, token.secret), "base64url");
  const actual = Buffer.from(signature, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, problem: "the signature does not verify with the token secret" };
  }
  return { ok: true };
}

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

function hmac(input: string, key: string): string {
  return createHmac("sha256", key).update(input).digest("base64url");
}
