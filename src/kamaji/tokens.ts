import { KubeApiError, type KubeClient } from "../kube/kube-client.js";
import type { ConfigMap } from "../kube/kube-types.js";
import {
  type BootstrapToken,
  bootstrapTokenSecretName,
  formatBootstrapToken,
  generateBootstrapToken,
  type RandomSource,
  renderBootstrapTokenSecret,
  TOKEN_NAMESPACE,
} from "./bootstrap-token.js";
import { CLUSTER_INFO, JWS_KEY_PREFIX } from "./cluster-info.js";
import { isSettlingError, type PollOptions, pollUntil, retryUntil } from "./poll.js";

export const DEFAULT_TOKEN_TTL_MS = 2 * 3_600_000;
/** Kamaji's own e2e test retries token creation this long: RBAC may lag behind a new tenant. */
export const TOKEN_CREATE_RETRY: PollOptions = { timeoutMs: 60_000, intervalMs: 1_000 };
export const SIGNATURE_WAIT: PollOptions = { timeoutMs: 30_000, intervalMs: 250 };

/**
 * A token this run created. The value sits in a private field, so that logging the object, or
 * serialising it into a report, shows the id and expiry only.
 */
export class JoinToken {
  readonly id: string;
  readonly expiresAt: Date;
  readonly #value: string;

  constructor(token: BootstrapToken, expiresAt: Date) {
    this.id = token.id;
    this.expiresAt = expiresAt;
    this.#value = formatBootstrapToken(token);
  }

  /** `<id>.<secret>`: hand it to Terraform as a sensitive variable, nowhere else. */
  reveal(): string {
    return this.#value;
  }
}

export class TokenSignatureTimeoutError extends Error {
  constructor(
    readonly tokenId: string,
    readonly waitedMs: number,
  ) {
    super(
      `cluster-info got no signature for token id ${tokenId} within ${Math.round(waitedMs / 1000)}s: ` +
        "the tenant's controller manager must run the bootstrapsigner controller " +
        "(--controllers=*,bootstrapsigner,tokencleaner)",
    );
    this.name = "TokenSignatureTimeoutError";
  }
}

export interface CreateTokenOptions {
  ttlMs?: number;
  /** Names pool and run (see describeToken), so that a leftover token explains itself. */
  description?: string;
  now?: () => Date;
  random?: RandomSource;
  retry?: PollOptions;
}

/**
 * Creates a bootstrap token Secret in the tenant, as `kubeadm token create` does. A new id is drawn
 * when the id exists already (kubeadm fails there; with 36^6 ids a clash is someone else's token).
 */
export async function createJoinToken(
  client: KubeClient,
  options: CreateTokenOptions = {},
): Promise<JoinToken> {
  const ttlMs = options.ttlMs ?? DEFAULT_TOKEN_TTL_MS;
  const now = options.now ?? (() => new Date());
  let token = generateBootstrapToken(options.random);
  let clashes = 0;
  const isClash = (error: unknown) => error instanceof KubeApiError && error.status === 409;
  return retryUntil(
    async () => {
      // Whole seconds, as the Secret stores it: the token expires then, not a fraction later.
      const expiresAt = new Date(Math.floor((now().getTime() + ttlMs) / 1000) * 1000);
      const secret = renderBootstrapTokenSecret(token, {
        expiresAt,
        ...(options.description ? { description: options.description } : {}),
      });
      try {
        await client.request("POST", `/api/v1/namespaces/${TOKEN_NAMESPACE}/secrets`, {
          body: secret,
          secrets: [token.secret],
        });
      } catch (error) {
        if (isClash(error)) {
          clashes += 1;
          token = generateBootstrapToken(options.random);
        }
        throw error;
      }
      return new JoinToken(token, expiresAt);
    },
    (error) => isSettlingError(error) || (isClash(error) && clashes < 3),
    options.retry ?? TOKEN_CREATE_RETRY,
  );
}

/**
 * Waits until the bootstrapsigner has signed cluster-info with the token: before that, a joining
 * machine cannot trust the endpoint. Returns how long it took.
 */
export async function waitForTokenSignature(
  client: KubeClient,
  tokenId: string,
  options: PollOptions = SIGNATURE_WAIT,
): Promise<number> {
  const started = Date.now();
  const path = `/api/v1/namespaces/${CLUSTER_INFO.namespace}/configmaps/${CLUSTER_INFO.name}`;
  const signed = await pollUntil(async () => {
    try {
      const clusterInfo = await client.get<ConfigMap>(path);
      return clusterInfo.data?.[`${JWS_KEY_PREFIX}${tokenId}`] ? true : undefined;
    } catch (error) {
      if (isSettlingError(error)) return undefined;
      throw error;
    }
  }, options);
  if (!signed) throw new TokenSignatureTimeoutError(tokenId, Date.now() - started);
  return Date.now() - started;
}

export interface TokenCleanup {
  deleted: string[];
  /** Gone already: expired and removed by the tokencleaner, or deleted by someone else. */
  absent: string[];
  failed: { id: string; message: string }[];
}

/** Deletes the tokens a run created. Never throws: a failed cleanup is reported, the token expires anyway. */
export async function deleteJoinTokens(client: KubeClient, ids: readonly string[]): Promise<TokenCleanup> {
  const result: TokenCleanup = { deleted: [], absent: [], failed: [] };
  for (const id of ids) {
    try {
      await client.delete(`/api/v1/namespaces/${TOKEN_NAMESPACE}/secrets/${bootstrapTokenSecretName(id)}`);
      result.deleted.push(id);
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) result.absent.push(id);
      else result.failed.push({ id, message: (error as Error).message });
    }
  }
  return result;
}
