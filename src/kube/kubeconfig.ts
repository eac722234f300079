import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import type { RequestOptions as HttpsRequestOptions } from "node:https";
import { isAbsolute, resolve } from "node:path";
import { parse } from "yaml";
import { checkProxyUrl } from "../net/proxy-from-environment.js";
import { redactSecrets } from "../secrets/redact.js";
import { DEFAULT_REQUEST_TIMEOUT_MS, KubeClient } from "./kube-client.js";

/**
 * Reads a kubeconfig the way client-go does, for what our users' kubeconfigs carry: a CA (data or
 * file), client certificates, tokens (inline or file), basic auth, exec credential plugins (cloud
 * CLIs such as `aws eks get-token` or `kubelogin`) and an http(s) `proxy-url` (not socks5).
 * @kubernetes/client-node would do this, but version 2 cannot even be imported on Node 20 (its
 * undici needs Node 22.19).
 */

export class KubeconfigError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = "KubeconfigError";
  }
}

export interface Kubeconfig {
  /** The current context's API server URL, no trailing slash. */
  server: string;
  /** The current cluster's CA (PEM), from certificate-authority-data or the file it names. */
  caPem: string | undefined;
  connect(timeoutMs?: number): KubeClient;
}

export interface KubeconfigOptions {
  /** Names the kubeconfig in messages (an input or file name); never its contents. */
  where?: string;
  /** Folder that relative file paths inside the kubeconfig are relative to (the kubeconfig's own). */
  baseDir?: string;
  context?: string;
  /**
   * Accept inline data only: refuse exec and auth-provider plugins, file paths and proxy-url. For a
   * kubeconfig read from a cluster (an admin Secret), which whoever may write that Secret wrote: it
   * must not run a command on the runner, with the runner's environment, nor read the runner's files.
   */
  inlineOnly?: boolean;
}

/** What `inlineOnly` refuses: each would run a command, read a file or reroute the connection. */
const NOT_INLINE = {
  cluster: ["certificate-authority", "proxy-url"],
  user: ["exec", "auth-provider", "client-certificate", "client-key", "tokenFile"],
} as const satisfies { cluster: readonly (keyof ClusterEntry)[]; user: readonly (keyof UserEntry)[] };
const INLINE_FIELDS =
  "certificate-authority-data, client-certificate-data, client-key-data, token, username and password";

interface ClusterEntry {
  server?: string;
  "certificate-authority-data"?: string;
  "certificate-authority"?: string;
  "insecure-skip-tls-verify"?: boolean;
  "tls-server-name"?: string;
  "proxy-url"?: string;
}

interface ExecConfig {
  command?: string;
  args?: string[];
  env?: { name: string; value: string }[] | null;
  apiVersion?: string;
}

interface UserEntry {
  "client-certificate-data"?: string;
  "client-key-data"?: string;
  "client-certificate"?: string;
  "client-key"?: string;
  token?: string;
  tokenFile?: string;
  username?: string;
  password?: string;
  exec?: ExecConfig;
  "auth-provider"?: unknown;
}

export function loadKubeconfig(text: string, options: KubeconfigOptions = {}): Kubeconfig {
  const where = options.where ?? "kubeconfig";
  const fail = (problem: string): never => {
    throw new KubeconfigError(where, problem);
  };
  let doc: Record<string, unknown>;
  try {
    doc = (parse(text) ?? {}) as Record<string, unknown>;
  } catch (error) {
    // YAML errors quote the offending lines, which may hold a token: keep the line number only.
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return fail(line === undefined ? "not valid YAML" : `not valid YAML (line ${line})`);
  }
  if (typeof doc !== "object" || Array.isArray(doc)) return fail("not a kubeconfig (expected a mapping)");

  const contextName = options.context ?? stringOr(doc["current-context"]);
  if (!contextName) return fail("no current-context is set and no context was given");
  const context = findNamed<{ cluster?: string; user?: string }>(doc.contexts, contextName, "context");
  if (!context) {
    const known = namesOf(doc.contexts);
    return fail(`no context "${contextName}" (contexts: ${known.join(", ") || "none"})`);
  }
  const cluster = context.cluster
    ? findNamed<ClusterEntry>(doc.clusters, context.cluster, "cluster")
    : undefined;
  if (!cluster?.server) return fail(`context "${contextName}" names no cluster with a server`);
  const user = (context.user ? findNamed<UserEntry>(doc.users, context.user, "user") : undefined) ?? {};
  if (options.inlineOnly) {
    // Field names only: their values are the writer's, and may be paths or secrets.
    const refused = [
      ...NOT_INLINE.cluster.filter((field) => cluster[field] != null).map((field) => `cluster ${field}`),
      ...NOT_INLINE.user.filter((field) => user[field] != null).map((field) => `user ${field}`),
    ][0];
    if (refused) {
      return fail(
        `${refused} is refused: a kubeconfig read from a cluster may hold inline data only (${INLINE_FIELDS})`,
      );
    }
  }
  let proxy: URL | undefined;
  if (cluster["proxy-url"] != null) {
    // As client-go: the cluster's proxy, for every request, NO_PROXY notwithstanding. Never quoted:
    // it may hold the proxy's password.
    const checked = checkProxyUrl(String(cluster["proxy-url"]));
    if (!checked.ok) return fail(`cluster proxy-url: ${checked.issue}`);
    proxy = checked.value;
  }
  if (user["auth-provider"])
    return fail("auth-provider plugins are not supported; use an exec plugin or a token");

  const path = (file: string) =>
    isAbsolute(file) || !options.baseDir ? file : resolve(options.baseDir, file);
  const readText = (file: string, what: string): string => {
    try {
      return readFileSync(path(file), "utf8");
    } catch {
      return fail(`cannot read the ${what} file ${file}`);
    }
  };
  const decode = (data: string) => Buffer.from(data, "base64").toString("utf8");

  const server = cluster.server.replace(/\/+$/, "");
  const caPem = cluster["certificate-authority-data"]
    ? decode(cluster["certificate-authority-data"])
    : cluster["certificate-authority"]
      ? readText(cluster["certificate-authority"], "certificate-authority")
      : undefined;
  const cert = user["client-certificate-data"]
    ? decode(user["client-certificate-data"])
    : user["client-certificate"]
      ? readText(user["client-certificate"], "client-certificate")
      : undefined;
  const key = user["client-key-data"]
    ? decode(user["client-key-data"])
    : user["client-key"]
      ? readText(user["client-key"], "client-key")
      : undefined;
  const staticSecrets = [user.token, user.password].filter((s): s is string => typeof s === "string");
  const exec = user.exec ? execPlugin(user.exec, where, options.baseDir) : undefined;

  const prepare = async (request: HttpsRequestOptions) => {
    request.agent = false;
    if (caPem) request.ca = caPem;
    if (cluster["insecure-skip-tls-verify"]) request.rejectUnauthorized = false;
    if (cluster["tls-server-name"]) request.servername = cluster["tls-server-name"];
    const headers: Record<string, string | number | string[]> = { ...(request.headers as object) };
    if (cert && key) {
      request.cert = cert;
      request.key = key;
    }
    if (user.token) headers.Authorization = `Bearer ${user.token}`;
    else if (user.tokenFile) headers.Authorization = `Bearer ${readText(user.tokenFile, "tokenFile").trim()}`;
    else if (user.username !== undefined && user.password !== undefined) {
      headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString("base64")}`;
    }
    if (exec) {
      const credential = await exec.credential();
      if (credential.token) headers.Authorization = `Bearer ${credential.token}`;
      if (credential.cert && credential.key) {
        request.cert = credential.cert;
        request.key = credential.key;
      }
    }
    request.headers = headers;
  };

  return {
    server,
    caPem,
    connect: (timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) =>
      new KubeClient(
        {
          server,
          prepare,
          get secrets() {
            return [...staticSecrets, ...(exec?.secrets() ?? [])];
          },
          ...(proxy ? { proxy } : {}),
        },
        timeoutMs,
      ),
  };
}

function stringOr(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function namesOf(list: unknown): string[] {
  return Array.isArray(list)
    ? list.map((item) => String((item as { name?: unknown } | null)?.name ?? ""))
    : [];
}

/** `clusters`, `users` and `contexts` are lists of `{name, <kind>: {...}}`. */
function findNamed<T>(list: unknown, name: string, kind: string): T | undefined {
  if (!Array.isArray(list)) return undefined;
  const entry = list.find((item) => (item as { name?: unknown } | null)?.name === name) as
    | Record<string, unknown>
    | undefined;
  const value = entry?.[kind];
  return value && typeof value === "object" ? (value as T) : undefined;
}

interface ExecCredential {
  token?: string;
  cert?: string;
  key?: string;
}

/**
 * A client-go exec credential plugin (client.authentication.k8s.io/v1 or v1beta1): run the command,
 * read an ExecCredential from its stdout, reuse it until it expires.
 */
function execPlugin(config: ExecConfig, where: string, baseDir: string | undefined) {
  const command = config.command;
  if (!command) throw new KubeconfigError(where, "exec has no command");
  const apiVersion = config.apiVersion ?? "client.authentication.k8s.io/v1";
  // client-go resolves a relative command with a slash against the kubeconfig's folder.
  const file = command.includes("/") && !isAbsolute(command) && baseDir ? resolve(baseDir, command) : command;
  let cached: { credential: ExecCredential; expires: number } | undefined;
  return {
    secrets: () => [cached?.credential.token].filter((s): s is string => typeof s === "string"),
    credential: async (): Promise<ExecCredential> => {
      if (cached && cached.expires > Date.now() + 10_000) return cached.credential;
      const env = {
        ...process.env,
        ...Object.fromEntries((config.env ?? []).map(({ name, value }) => [name, value])),
        KUBERNETES_EXEC_INFO: JSON.stringify({
          apiVersion,
          kind: "ExecCredential",
          spec: { interactive: false },
        }),
      };
      const stdout = await new Promise<string>((resolvePromise, reject) => {
        execFile(file, config.args ?? [], { env, timeout: 60_000, maxBuffer: 4 << 20 }, (error, out, err) => {
          if (!error) return resolvePromise(out);
          const last = redactSecrets(String(err).trim().split("\n").at(-1) ?? "").slice(0, 300);
          reject(
            new KubeconfigError(
              where,
              `exec plugin ${command} failed (${(error as { code?: unknown }).code ?? "error"})${last ? `: ${last}` : ""}`,
            ),
          );
        });
      });
      let status: {
        token?: string;
        clientCertificateData?: string;
        clientKeyData?: string;
        expirationTimestamp?: string;
      };
      try {
        status = (JSON.parse(stdout) as { status?: typeof status }).status ?? {};
      } catch {
        throw new KubeconfigError(where, `exec plugin ${command} did not print an ExecCredential`);
      }
      const credential: ExecCredential = {
        ...(status.token ? { token: status.token } : {}),
        ...(status.clientCertificateData ? { cert: status.clientCertificateData } : {}),
        ...(status.clientKeyData ? { key: status.clientKeyData } : {}),
      };
      // Without an expiry client-go keeps the credential for the life of the process; so do we.
      const expires = status.expirationTimestamp
        ? Date.parse(status.expirationTimestamp)
        : Number.POSITIVE_INFINITY;
      cached = { credential, expires };
      return credential;
    },
  };
}
