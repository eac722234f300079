import { randomBytes } from "node:crypto";
import type { Secret } from "../kube/kube-types.js";

/**
 * Bootstrap tokens as kubeadm makes them (cmd/kubeadm/app/apis/bootstraptoken/v1 and
 * k8s.io/cluster-bootstrap): `<id>.<secret>`, the id public, the secret not.
 */

export const TOKEN_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
export const TOKEN_ID_LENGTH = 6;
export const TOKEN_SECRET_LENGTH = 16;
export const TOKEN_NAMESPACE = "kube-system";
export const TOKEN_SECRET_TYPE = "bootstrap.kubernetes.io/token";
export const TOKEN_SECRET_PREFIX = "bootstrap-token-";
/** The group kubeadm's bootstrap RBAC (CSR posting, auto-approval, get nodes) is bound to. */
export const DEFAULT_NODE_TOKEN_GROUP = "system:bootstrappers:kubeadm:default-node-token";
export const BOOTSTRAPPERS_GROUP = "system:bootstrappers";

const TOKEN_PATTERN = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
/** 256 % 36 = 4: bytes from 252 up would make the first four characters more likely. */
const UNBIASED_BYTE_LIMIT = 252;

export interface BootstrapToken {
  id: string;
  secret: string;
}

/** A source of random bytes; `crypto.randomBytes` unless a test gives a scripted one. */
export type RandomSource = (size: number) => Uint8Array;

export function generateBootstrapToken(random: RandomSource = randomBytes): BootstrapToken {
  return {
    id: randomTokenString(TOKEN_ID_LENGTH, random),
    secret: randomTokenString(TOKEN_SECRET_LENGTH, random),
  };
}

/** `length` characters of [a-z0-9], each byte >= 252 discarded, as kubeadm's randBytes does. */
export function randomTokenString(length: number, random: RandomSource = randomBytes): string {
  let out = "";
  while (out.length < length) {
    for (const byte of random(length - out.length)) {
      if (byte >= UNBIASED_BYTE_LIMIT) continue;
      out += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
    }
  }
  return out;
}

export function formatBootstrapToken(token: BootstrapToken): string {
  return `${token.id}.${token.secret}`;
}

export class InvalidBootstrapTokenError extends Error {
  constructor() {
    // Never echo the value: it may be a real token with a typo.
    super('invalid bootstrap token: expected "<id>.<secret>", id 6 and secret 16 characters of [a-z0-9]');
    this.name = "InvalidBootstrapTokenError";
  }
}

export function parseBootstrapToken(text: string): BootstrapToken {
  const match = TOKEN_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new InvalidBootstrapTokenError();
  return { id: match[1], secret: match[2] };
}

export function bootstrapTokenSecretName(id: string): string {
  return `${TOKEN_SECRET_PREFIX}${id}`;
}

/** RFC 3339 in UTC without fractional seconds, as Go's `time.RFC3339` prints a UTC time. */
export function formatExpiration(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}

export interface TokenSecretOptions {
  /** Absent means the token never expires, which kubeadm allows and we never ask for. */
  expiresAt?: Date;
  description?: string;
}

/**
 * The Secret `kubeadm token create` writes: usable for authentication (the TLS bootstrap) and
 * signing (cluster-info), in kubeadm's default node-token group so its bootstrap RBAC applies.
 */
export function renderBootstrapTokenSecret(token: BootstrapToken, options: TokenSecretOptions = {}): Secret {
  const stringData: Record<string, string> = {
    "token-id": token.id,
    "token-secret": token.secret,
  };
  if (options.description) stringData.description = options.description;
  if (options.expiresAt) stringData.expiration = formatExpiration(options.expiresAt);
  stringData["usage-bootstrap-authentication"] = "true";
  stringData["usage-bootstrap-signing"] = "true";
  stringData["auth-extra-groups"] = DEFAULT_NODE_TOKEN_GROUP;
  return {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: bootstrapTokenSecretName(token.id), namespace: TOKEN_NAMESPACE },
    type: TOKEN_SECRET_TYPE,
    stringData,
  };
}

/** What a token's description says, so that `kubeadm token list` tells who made it and why. */
export function describeToken(run: {
  tenant: string;
  controlPlane: string;
  pool?: string;
  runId?: string;
}): string {
  const target = [run.tenant, run.controlPlane, run.pool].filter(Boolean).join("/");
  return `nodepool-action: join ${target}${run.runId ? `, run ${run.runId}` : ""}`;
}
