import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-LDKM7FQ4.js";

// src/kube/kube-client.ts
import http2 from "node:http";
import https2 from "node:https";

// src/net/connect-tunnel.ts
import http from "node:http";
import https from "node:https";
import { isIP as isIP2 } from "node:net";
import tls from "node:tls";

// src/net/proxy-from-environment.ts
import { BlockList, isIP } from "node:net";
var ProxySettingError = class extends Error {
  constructor(setting, problem) {
    super(`${setting}: ${problem}`);
    this.setting = setting;
    this.problem = problem;
    this.name = "ProxySettingError";
  }
  setting;
  problem;
};
function checkProxyUrl(text) {
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, issue: "not a URL; expected http://host:port or https://host:port" };
  }
  if (url.protocol === "socks5:" || url.protocol === "socks5h:" || url.protocol === "socks4:") {
    return {
      ok: false,
      issue: `${url.protocol.slice(0, -1)} proxies are not supported; use an http:// or https:// proxy (HTTP CONNECT)`
    };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, issue: `the scheme ${url.protocol} is not supported; use http:// or https://` };
  }
  if (!url.hostname) return { ok: false, issue: "names no host; expected http://host:port" };
  return { ok: true, value: url };
}
function proxyFromEnvironment(target, env = process.env) {
  const names = target.protocol === "https:" ? ["https_proxy", "HTTPS_PROXY"] : target.protocol === "http:" ? ["http_proxy", "HTTP_PROXY"] : [];
  const name = names.find((candidate) => env[candidate]);
  const value = name ? env[name]?.trim() : void 0;
  if (!name || !value) return void 0;
  if (goesDirect(target, env.no_proxy || env.NO_PROXY || "")) return void 0;
  const checked = checkProxyUrl(value.includes("://") ? value : `http://${value}`);
  if (!checked.ok) throw new ProxySettingError(name, checked.issue);
  return checked.value;
}
function proxyAuthorization(proxy) {
  if (!proxy.username && !proxy.password) return void 0;
  const credentials = `${decodeComponent(proxy.username)}:${proxyPassword(proxy)}`;
  return `Basic ${Buffer.from(credentials).toString("base64")}`;
}
function proxyPassword(proxy) {
  return decodeComponent(proxy.password);
}
function decodeComponent(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function bareHostname(url) {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}
function portOf(url) {
  return url.port || (url.protocol === "https:" ? "443" : "80");
}
function goesDirect(target, noProxy) {
  const host = bareHostname(target).toLowerCase();
  const port = portOf(target);
  const family = ipFamily(host);
  if (isLoopback(host, family)) return true;
  return noProxy.split(",").map((entry) => entry.trim().toLowerCase()).some((entry) => entry === "*" || entry !== "" && matchesEntry(entry, host, family, port));
}
function isLoopback(host, family) {
  if (host === "localhost") return true;
  return family !== void 0 && addressIn(host, family, family === "ipv4" ? "127.0.0.0/8" : "::1/128");
}
function matchesEntry(entry, host, family, port) {
  if (entry.includes("/")) return family !== void 0 && addressIn(host, family, entry);
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  const [entryHost, entryPort] = bracketed ? [bracketed[1] ?? "", bracketed[2]] : isIP(entry) === 6 ? [entry, void 0] : splitPort(entry);
  if (entryPort !== void 0 && entryPort !== port) return false;
  const entryFamily = ipFamily(entryHost);
  if (entryFamily) {
    return family === entryFamily && addressIn(host, family, `${entryHost}/${family === "ipv4" ? 32 : 128}`);
  }
  if (entryHost.startsWith("*.")) return host.endsWith(entryHost.slice(1));
  if (entryHost.startsWith(".")) return host.endsWith(entryHost);
  return entryHost !== "" && (host === entryHost || host.endsWith(`.${entryHost}`));
}
function splitPort(entry) {
  const match = /^(.*):(\d+)$/.exec(entry);
  return match ? [match[1] ?? "", match[2]] : [entry, void 0];
}
function ipFamily(host) {
  const version = isIP(host);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : void 0;
}
function addressIn(address, family, cidr) {
  const [network = "", bits = ""] = cidr.split("/");
  if (ipFamily(network) !== family || !/^\d+$/.test(bits)) return false;
  const prefix = Number(bits);
  if (prefix > (family === "ipv4" ? 32 : 128)) return false;
  const range = new BlockList();
  range.addSubnet(network, prefix, family);
  return range.check(address, family);
}

// src/net/connect-tunnel.ts
var ProxyTunnelError = class extends Error {
  constructor(status, statusText) {
    super(
      `the proxy answered ${status} ${statusText}${status === 407 || status === 401 ? " (its credentials, user:password in the proxy URL, are missing or wrong)" : ""}`.trim()
    );
    this.status = status;
    this.name = "ProxyTunnelError";
  }
  status;
};
function openConnectTunnel(proxy, target, signal) {
  const authority = `${target.hostname}:${portOf(target)}`;
  const authorization = proxyAuthorization(proxy);
  const proxyHost = bareHostname(proxy);
  const options = {
    host: proxyHost,
    port: portOf(proxy),
    method: "CONNECT",
    path: authority,
    headers: { host: authority, ...authorization ? { "proxy-authorization": authorization } : {} },
    agent: false,
    ...signal ? { signal } : {},
    ...proxy.protocol === "https:" && !isIP2(proxyHost) ? { servername: proxyHost } : {}
  };
  const transport = proxy.protocol === "https:" ? https : http;
  return new Promise((resolve2, reject) => {
    const request = transport.request(options);
    request.once("connect", (response, socket, head) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        reject(new ProxyTunnelError(response.statusCode ?? 0, response.statusMessage ?? ""));
        return;
      }
      if (head.length > 0) socket.unshift(head);
      resolve2(socket);
    });
    request.once("error", reject);
    request.end();
  });
}
function startTlsInTunnel(tunnel, target, settings) {
  const host = bareHostname(target);
  const picked = {};
  if (settings.ca !== void 0) picked.ca = settings.ca;
  if (settings.cert !== void 0) picked.cert = settings.cert;
  if (settings.key !== void 0) picked.key = settings.key;
  if (settings.rejectUnauthorized !== void 0) picked.rejectUnauthorized = settings.rejectUnauthorized;
  const servername = settings.servername ?? (isIP2(host) ? void 0 : host);
  if (servername !== void 0) picked.servername = servername;
  return tls.connect({ ...picked, socket: tunnel, host });
}

// src/secrets/redact.ts
var BOOTSTRAP_TOKEN = /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/g;
function redactSecrets(text, secrets = []) {
  let redacted = text;
  for (const secret of [...secrets].filter((s) => s.length >= 6).sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join("***");
  }
  return redacted.replace(BOOTSTRAP_TOKEN, "***");
}
function maskUrlUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/i, "$1***@");
}
function redactUrl(text) {
  try {
    const url = new URL(text);
    if (!url.username && !url.password) return text;
    url.username = "***";
    url.password = "";
    return url.toString();
  } catch {
    return text.replace(/\/\/[^/@]*@/, "//***@");
  }
}

// src/kube/kube-client.ts
var DEFAULT_REQUEST_TIMEOUT_MS = 1e4;
var KubeApiError = class extends Error {
  constructor(method, path, status, reason, causes, detail) {
    super(`${method} ${path}: ${status} ${reason}${detail ? `: ${detail}` : ""}`);
    this.method = method;
    this.path = path;
    this.status = status;
    this.reason = reason;
    this.causes = causes;
    this.name = "KubeApiError";
  }
  method;
  path;
  status;
  reason;
  causes;
};
var KubeConnectionError = class extends Error {
  constructor(server, code, detail, proxy) {
    const shownProxy = proxy ? redactUrl(proxy.href) : void 0;
    super(
      `cannot reach ${maskUrlUserinfo(server)}${shownProxy ? ` through the proxy ${shownProxy}` : ""}: ${detail}`
    );
    this.code = code;
    this.name = "KubeConnectionError";
    this.server = maskUrlUserinfo(server);
    this.proxy = shownProxy;
  }
  code;
  /** The API server URL, credentials in it masked. */
  server;
  /** The proxy the request went through, its credentials masked. */
  proxy;
};
var CONNECTION_HINTS = {
  ECONNREFUSED: "connection refused (nothing listens on that port)",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name does not resolve (DNS lookup failed)",
  EHOSTUNREACH: "no route to host",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "the connection was reset",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server certificate is self-signed and not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server certificate is not signed by the trusted CA",
  SELF_SIGNED_CERT_IN_CHAIN: "the server certificate chain is not trusted",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server certificate is not valid for this host name",
  CERT_HAS_EXPIRED: "the server certificate has expired"
};
var KubeClient = class {
  constructor(connection, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
    this.connection = connection;
    this.timeoutMs = timeoutMs;
  }
  connection;
  timeoutMs;
  get server() {
    return this.connection.server;
  }
  get(path, query) {
    return this.request("GET", path, query ? { query } : {});
  }
  post(path, body) {
    return this.request("POST", path, { body });
  }
  patch(path, body, contentType) {
    return this.request("PATCH", path, contentType ? { body, contentType } : { body });
  }
  delete(path, body) {
    return this.request("DELETE", path, body === void 0 ? {} : { body });
  }
  async request(method, path, options = {}) {
    let url;
    try {
      url = new URL(`${this.server}${path}${formatQuery(options.query)}`);
    } catch {
      throw new KubeConnectionError(this.server, "INVALID_URL", "the server is not a valid URL");
    }
    const body = options.body === void 0 ? void 0 : JSON.stringify(options.body);
    const signal = AbortSignal.timeout(this.timeoutMs);
    const requestOptions = {
      method,
      headers: {
        Accept: "application/json",
        ...body === void 0 ? {} : {
          "Content-Type": options.contentType ?? "application/json",
          "Content-Length": Buffer.byteLength(body)
        }
      },
      signal
    };
    await this.connection.prepare(requestOptions);
    const proxy = this.proxyFor(url);
    if (proxy) {
      const tunnel = await openConnectTunnel(proxy, url, signal).catch((error) => {
        throw this.connectionError(error, proxy, "connecting to the proxy: ");
      });
      requestOptions.agent = void 0;
      requestOptions.createConnection = () => url.protocol === "https:" ? startTlsInTunnel(tunnel, url, requestOptions) : tunnel;
    }
    const transport = url.protocol === "http:" ? http2 : https2;
    const { status, text } = await new Promise((resolve2, reject) => {
      const request = transport.request(url, requestOptions, (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on(
          "end",
          () => resolve2({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") })
        );
        response.on("error", (error) => reject(this.connectionError(error, proxy)));
      });
      request.on("error", (error) => reject(this.connectionError(error, proxy)));
      request.end(body);
    });
    if (status >= 400) throw this.apiError(method, path, status, text, options.secrets ?? []);
    return text ? JSON.parse(text) : void 0;
  }
  apiError(method, path, status, text, secrets) {
    let parsed = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = { message: text.split("\n")[0]?.slice(0, 200) ?? "" };
    }
    const reason = parsed.reason ?? (status === 401 ? "Unauthorized" : `HTTP${status}`);
    const detail = redactSecrets(parsed.message ?? "", [...this.connection.secrets, ...secrets]);
    return new KubeApiError(method, path, status, reason, parsed.details?.causes ?? [], detail);
  }
  /** The kubeconfig's proxy, else the environment's for this URL; undefined to go direct. */
  proxyFor(url) {
    if (this.connection.proxy) return this.connection.proxy;
    try {
      return proxyFromEnvironment(url);
    } catch (error) {
      if (error instanceof ProxySettingError) {
        throw new KubeConnectionError(this.server, "BAD_PROXY", error.message);
      }
      throw error;
    }
  }
  /** `stage` prefixes the detail: which hop failed, when it was the one to the proxy. */
  connectionError(error, proxy, stage = "") {
    if (error instanceof ProxyTunnelError) {
      return new KubeConnectionError(this.server, "PROXY_REFUSED", error.message, proxy);
    }
    const timedOut = error.name === "AbortError" || error.name === "TimeoutError";
    const code = timedOut ? "TIMEOUT" : error.code ?? "UNKNOWN";
    const secrets = [...this.connection.secrets, ...proxy ? [proxyPassword(proxy)] : []];
    const detail = timedOut ? `no answer within ${this.timeoutMs / 1e3}s (a firewall, a wrong address, or the server is down)` : CONNECTION_HINTS[code] ?? redactSecrets(error.message, secrets);
    return new KubeConnectionError(
      this.server,
      code,
      `${stage}${timedOut ? detail : `${detail} [${code}]`}`,
      proxy
    );
  }
};
function formatQuery(query) {
  const entries = Object.entries(query ?? {}).filter(([, value]) => value !== void 0);
  if (entries.length === 0) return "";
  return `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString()}`;
}
function connectAnonymous(server, trust, timeoutMs) {
  return new KubeClient(
    {
      server: trimServer(server),
      secrets: [],
      prepare: async (options) => {
        options.agent = false;
        if ("caPem" in trust) options.ca = trust.caPem;
        else options.rejectUnauthorized = false;
      }
    },
    timeoutMs
  );
}
function connectWithToken(server, token, caPem, timeoutMs) {
  return new KubeClient(
    {
      server: trimServer(server),
      secrets: [token],
      prepare: async (options) => {
        options.agent = false;
        options.ca = caPem;
        options.headers = { ...options.headers, Authorization: `Bearer ${token}` };
      }
    },
    timeoutMs
  );
}
function trimServer(server) {
  const url = /^[a-z]+:\/\//.test(server) ? server : `https://${server}`;
  return url.replace(/\/+$/, "");
}

// src/kube/kubeconfig.ts
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
var KubeconfigError = class extends Error {
  constructor(where, problem) {
    super(`${where}: ${problem}`);
    this.where = where;
    this.problem = problem;
    this.name = "KubeconfigError";
  }
  where;
  problem;
};
var NOT_INLINE = {
  cluster: ["certificate-authority", "proxy-url"],
  user: ["exec", "auth-provider", "client-certificate", "client-key", "tokenFile"]
};
var INLINE_FIELDS = "certificate-authority-data, client-certificate-data, client-key-data, token, username and password";
function loadKubeconfig(text, options = {}) {
  const where = options.where ?? "kubeconfig";
  const fail = (problem) => {
    throw new KubeconfigError(where, problem);
  };
  let doc;
  try {
    doc = parse(text) ?? {};
  } catch (error) {
    const line = error.linePos?.[0]?.line;
    return fail(line === void 0 ? "not valid YAML" : `not valid YAML (line ${line})`);
  }
  if (typeof doc !== "object" || Array.isArray(doc)) return fail("not a kubeconfig (expected a mapping)");
  const contextName = options.context ?? stringOr(doc["current-context"]);
  if (!contextName) return fail("no current-context is set and no context was given");
  const context = findNamed(doc.contexts, contextName, "context");
  if (!context) {
    const known = namesOf(doc.contexts);
    return fail(`no context "${contextName}" (contexts: ${known.join(", ") || "none"})`);
  }
  const cluster = context.cluster ? findNamed(doc.clusters, context.cluster, "cluster") : void 0;
  if (!cluster?.server) return fail(`context "${contextName}" names no cluster with a server`);
  const user = (context.user ? findNamed(doc.users, context.user, "user") : void 0) ?? {};
  if (options.inlineOnly) {
    const refused = [
      ...NOT_INLINE.cluster.filter((field) => cluster[field] != null).map((field) => `cluster ${field}`),
      ...NOT_INLINE.user.filter((field) => user[field] != null).map((field) => `user ${field}`)
    ][0];
    if (refused) {
      return fail(
        `${refused} is refused: a kubeconfig read from a cluster may hold inline data only (${INLINE_FIELDS})`
      );
    }
  }
  let proxy;
  if (cluster["proxy-url"] != null) {
    const checked = checkProxyUrl(String(cluster["proxy-url"]));
    if (!checked.ok) return fail(`cluster proxy-url: ${checked.issue}`);
    proxy = checked.value;
  }
  if (user["auth-provider"])
    return fail("auth-provider plugins are not supported; use an exec plugin or a token");
  const path = (file) => isAbsolute(file) || !options.baseDir ? file : resolve(options.baseDir, file);
  const readText = (file, what) => {
    try {
      return readFileSync(path(file), "utf8");
    } catch {
      return fail(`cannot read the ${what} file ${file}`);
    }
  };
  const decode = (data) => Buffer.from(data, "base64").toString("utf8");
  const server = cluster.server.replace(/\/+$/, "");
  const caPem = cluster["certificate-authority-data"] ? decode(cluster["certificate-authority-data"]) : cluster["certificate-authority"] ? readText(cluster["certificate-authority"], "certificate-authority") : void 0;
  const cert = user["client-certificate-data"] ? decode(user["client-certificate-data"]) : user["client-certificate"] ? readText(user["client-certificate"], "client-certificate") : void 0;
  const key = user["client-key-data"] ? decode(user["client-key-data"]) : user["client-key"] ? readText(user["client-key"], "client-key") : void 0;
  const staticSecrets = [user.token, user.password].filter((s) => typeof s === "string");
  const exec = user.exec ? execPlugin(user.exec, where, options.baseDir) : void 0;
  const prepare = async (request) => {
    request.agent = false;
    if (caPem) request.ca = caPem;
    if (cluster["insecure-skip-tls-verify"]) request.rejectUnauthorized = false;
    if (cluster["tls-server-name"]) request.servername = cluster["tls-server-name"];
    const headers = { ...request.headers };
    if (cert && key) {
      request.cert = cert;
      request.key = key;
    }
    if (user.token) headers.Authorization = `Bearer ${user.token}`;
    else if (user.tokenFile) headers.Authorization = `Bearer ${readText(user.tokenFile, "tokenFile").trim()}`;
    else if (user.username !== void 0 && user.password !== void 0) {
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
    connect: (timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) => new KubeClient(
      {
        server,
        prepare,
        get secrets() {
          return [...staticSecrets, ...exec?.secrets() ?? []];
        },
        ...proxy ? { proxy } : {}
      },
      timeoutMs
    )
  };
}
function stringOr(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function namesOf(list) {
  return Array.isArray(list) ? list.map((item) => String(item?.name ?? "")) : [];
}
function findNamed(list, name, kind) {
  if (!Array.isArray(list)) return void 0;
  const entry = list.find((item) => item?.name === name);
  const value = entry?.[kind];
  return value && typeof value === "object" ? value : void 0;
}
function execPlugin(config, where, baseDir) {
  const command = config.command;
  if (!command) throw new KubeconfigError(where, "exec has no command");
  const apiVersion = config.apiVersion ?? "client.authentication.k8s.io/v1";
  const file = command.includes("/") && !isAbsolute(command) && baseDir ? resolve(baseDir, command) : command;
  let cached;
  return {
    secrets: () => [cached?.credential.token].filter((s) => typeof s === "string"),
    credential: async () => {
      if (cached && cached.expires > Date.now() + 1e4) return cached.credential;
      const env = {
        ...process.env,
        ...Object.fromEntries((config.env ?? []).map(({ name, value }) => [name, value])),
        KUBERNETES_EXEC_INFO: JSON.stringify({
          apiVersion,
          kind: "ExecCredential",
          spec: { interactive: false }
        })
      };
      const stdout = await new Promise((resolvePromise, reject) => {
        execFile(file, config.args ?? [], { env, timeout: 6e4, maxBuffer: 4 << 20 }, (error, out, err) => {
          if (!error) return resolvePromise(out);
          const last = redactSecrets(String(err).trim().split("\n").at(-1) ?? "").slice(0, 300);
          reject(
            new KubeconfigError(
              where,
              `exec plugin ${command} failed (${error.code ?? "error"})${last ? `: ${last}` : ""}`
            )
          );
        });
      });
      let status;
      try {
        status = JSON.parse(stdout).status ?? {};
      } catch {
        throw new KubeconfigError(where, `exec plugin ${command} did not print an ExecCredential`);
      }
      const credential = {
        ...status.token ? { token: status.token } : {},
        ...status.clientCertificateData ? { cert: status.clientCertificateData } : {},
        ...status.clientKeyData ? { key: status.clientKeyData } : {}
      };
      const expires = status.expirationTimestamp ? Date.parse(status.expirationTimestamp) : Number.POSITIVE_INFINITY;
      cached = { credential, expires };
      return credential;
    }
  };
}

// src/kamaji/bootstrap-token.ts
import { randomBytes } from "node:crypto";
var TOKEN_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";
var TOKEN_ID_LENGTH = 6;
var TOKEN_SECRET_LENGTH = 16;
var TOKEN_NAMESPACE = "kube-system";
var TOKEN_SECRET_TYPE = "bootstrap.kubernetes.io/token";
var TOKEN_SECRET_PREFIX = "bootstrap-token-";
var DEFAULT_NODE_TOKEN_GROUP = "system:bootstrappers:kubeadm:default-node-token";
var BOOTSTRAPPERS_GROUP = "system:bootstrappers";
var TOKEN_PATTERN = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;
var UNBIASED_BYTE_LIMIT = 252;
function generateBootstrapToken(random = randomBytes) {
  return {
    id: randomTokenString(TOKEN_ID_LENGTH, random),
    secret: randomTokenString(TOKEN_SECRET_LENGTH, random)
  };
}
function randomTokenString(length, random = randomBytes) {
  let out = "";
  while (out.length < length) {
    for (const byte of random(length - out.length)) {
      if (byte >= UNBIASED_BYTE_LIMIT) continue;
      out += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
    }
  }
  return out;
}
function formatBootstrapToken(token) {
  return `${token.id}.${token.secret}`;
}
var InvalidBootstrapTokenError = class extends Error {
  constructor() {
    super('invalid bootstrap token: expected "<id>.<secret>", id 6 and secret 16 characters of [a-z0-9]');
    this.name = "InvalidBootstrapTokenError";
  }
};
function parseBootstrapToken(text) {
  const match = TOKEN_PATTERN.exec(text.trim());
  if (!match?.[1] || !match[2]) throw new InvalidBootstrapTokenError();
  return { id: match[1], secret: match[2] };
}
function bootstrapTokenSecretName(id) {
  return `${TOKEN_SECRET_PREFIX}${id}`;
}
function formatExpiration(at) {
  return at.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function renderBootstrapTokenSecret(token, options = {}) {
  const stringData = {
    "token-id": token.id,
    "token-secret": token.secret
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
    stringData
  };
}
function describeToken(run) {
  const target = [run.tenant, run.controlPlane, run.pool].filter(Boolean).join("/");
  return `nodepool-action: join ${target}${run.runId ? `, run ${run.runId}` : ""}`;
}

// src/kamaji/ca-pin.ts
import { createHash, X509Certificate } from "node:crypto";
var PIN_PATTERN = /^sha256:[0-9a-f]{64}$/;
var PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
var CaCertificateError = class extends Error {
  constructor(where) {
    super(`${where}: no PEM certificate could be read`);
    this.where = where;
    this.name = "CaCertificateError";
  }
  where;
};
function computeCaPin(pem) {
  const spki = new X509Certificate(pem).publicKey.export({ type: "spki", format: "der" });
  return `sha256:${createHash("sha256").update(spki).digest("hex")}`;
}
function computeCaPins(bundle, where = "CA data") {
  const blocks = bundle.match(PEM_CERTIFICATE) ?? [];
  try {
    const pins = blocks.map(computeCaPin);
    if (pins.length === 0) throw new CaCertificateError(where);
    return pins;
  } catch (error) {
    if (error instanceof CaCertificateError) throw error;
    throw new CaCertificateError(where);
  }
}
function normalizeCaPin(pin) {
  const lower = pin.trim().toLowerCase();
  return PIN_PATTERN.test(lower) ? lower : void 0;
}

// src/kamaji/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
var PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
var DurationError = class extends Error {
  constructor(input, value) {
    super(`${input}: "${value}" is not a duration; use Go's form such as 2h, 90m, 1h30m or 45s`);
    this.input = input;
    this.value = value;
    this.name = "DurationError";
  }
  input;
  value;
};
function parseDuration(value, input = "duration") {
  const text = value.trim();
  if (!DURATION.test(text)) throw new DurationError(input, value);
  let ms = 0;
  for (const [, amount, unit] of text.matchAll(PART)) ms += Number(amount) * (UNIT_MS[unit ?? ""] ?? 0);
  if (ms <= 0) throw new DurationError(input, value);
  return Math.round(ms);
}

// src/kamaji/join-command.ts
function formatJoinCommand(server, token, caPins) {
  const hashes = caPins.map((pin) => ` --discovery-token-ca-cert-hash ${pin}`).join("");
  return `kubeadm join ${server.replaceAll("https://", "")} --token ${token}${hashes}`;
}
function endpointOf(server) {
  return server.replaceAll("https://", "").replace(/\/+$/, "");
}

// src/kamaji/jws.ts
import { createHmac, timingSafeEqual } from "node:crypto";
function verifyDetachedJws(jws, content, token) {
  const parts = jws.split(".");
  const [header = "", payload, signature = ""] = parts;
  if (parts.length !== 3 || payload !== "") {
    return { ok: false, problem: "not a detached JWS (expected <header>..<signature>)" };
  }
  let decoded;
  try {
    decoded = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
  } catch {
    return { ok: false, problem: "the JWS header is not base64url JSON" };
  }
  const { alg, kid } = decoded ?? {};
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
function base64url(text) {
  return Buffer.from(text, "utf8").toString("base64url");
}
function hmac(input, key) {
  return createHmac("sha256", key).update(input).digest("base64url");
}

// src/kamaji/cluster-info.ts
var CLUSTER_INFO = { namespace: "kube-public", name: "cluster-info", key: "kubeconfig" };
var JWS_KEY_PREFIX = "jws-kubeconfig-";
function parseClusterInfoKubeconfig(text) {
  let doc;
  try {
    doc = parse(text);
  } catch {
    return void 0;
  }
  const clusters = doc?.clusters;
  const cluster = Array.isArray(clusters) ? clusters[0]?.cluster : void 0;
  const server = cluster?.server;
  const caData = cluster?.["certificate-authority-data"];
  if (typeof server !== "string" || typeof caData !== "string") return void 0;
  return { server, caPem: Buffer.from(caData, "base64").toString("utf8") };
}
function checkClusterInfo(data, token, caPin) {
  const kubeconfigText = data[CLUSTER_INFO.key];
  if (!kubeconfigText) {
    return {
      ok: false,
      step: "kubeconfig",
      problem: `cluster-info has no "${CLUSTER_INFO.key}" key: the tenant is not set up for token bootstrapping`
    };
  }
  const jws = data[`${JWS_KEY_PREFIX}${token.id}`];
  if (!jws) {
    return {
      ok: false,
      step: "signature",
      problem: `cluster-info carries no signature for token id ${token.id}: the token is unknown, expired or deleted, or the tenant's bootstrapsigner controller is not running`
    };
  }
  const verified = verifyDetachedJws(jws, kubeconfigText, token);
  if (!verified.ok) {
    return {
      ok: false,
      step: "signature",
      problem: `the cluster-info signature of token id ${token.id} does not match: ${verified.problem} (wrong token secret?)`
    };
  }
  const kubeconfig = parseClusterInfoKubeconfig(kubeconfigText);
  if (!kubeconfig) {
    return {
      ok: false,
      step: "kubeconfig",
      problem: "cluster-info's kubeconfig has no cluster with server and certificate-authority-data"
    };
  }
  let caPins;
  try {
    caPins = computeCaPins(kubeconfig.caPem, "cluster-info's certificate-authority-data");
  } catch (error) {
    if (!(error instanceof CaCertificateError)) throw error;
    return { ok: false, step: "kubeconfig", problem: error.message };
  }
  const wanted = normalizeCaPin(caPin);
  if (!wanted || !caPins.includes(wanted)) {
    return {
      ok: false,
      step: "ca-pin",
      problem: `none of the public keys of cluster-info's CA (${caPins.join(", ")}) is pinned by ${caPin}`
    };
  }
  return { ok: true, kubeconfig, caPins };
}

// src/kamaji/poll.ts
import { setTimeout as sleep } from "node:timers/promises";
async function pollUntil(check, options) {
  const deadline = Date.now() + options.timeoutMs;
  for (; ; ) {
    const value = await check();
    if (value !== void 0) return value;
    const left = deadline - Date.now();
    if (left <= 0) return void 0;
    await sleep(Math.min(options.intervalMs, left));
  }
}
async function retryUntil(action, isRetryable, options) {
  const deadline = Date.now() + options.timeoutMs;
  for (; ; ) {
    try {
      return await action();
    } catch (error) {
      const left = deadline - Date.now();
      if (!isRetryable(error) || left <= 0) throw error;
      await sleep(Math.min(options.intervalMs, left));
    }
  }
}
function isSettlingError(error) {
  return error instanceof KubeApiError && [403, 404, 429, 500, 502, 503, 504].includes(error.status);
}

// src/kamaji/tokens.ts
var DEFAULT_TOKEN_TTL_MS = 2 * 36e5;
var TOKEN_CREATE_RETRY = { timeoutMs: 6e4, intervalMs: 1e3 };
var SIGNATURE_WAIT = { timeoutMs: 3e4, intervalMs: 250 };
var JoinToken = class {
  id;
  expiresAt;
  #value;
  constructor(token, expiresAt) {
    this.id = token.id;
    this.expiresAt = expiresAt;
    this.#value = formatBootstrapToken(token);
  }
  /** `<id>.<secret>`: hand it to Terraform as a sensitive variable, nowhere else. */
  reveal() {
    return this.#value;
  }
};
var TokenSignatureTimeoutError = class extends Error {
  constructor(tokenId, waitedMs) {
    super(
      `cluster-info got no signature for token id ${tokenId} within ${Math.round(waitedMs / 1e3)}s: the tenant's controller manager must run the bootstrapsigner controller (--controllers=*,bootstrapsigner,tokencleaner)`
    );
    this.tokenId = tokenId;
    this.waitedMs = waitedMs;
    this.name = "TokenSignatureTimeoutError";
  }
  tokenId;
  waitedMs;
};
async function createJoinToken(client, options = {}) {
  const ttlMs = options.ttlMs ?? DEFAULT_TOKEN_TTL_MS;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  let token = generateBootstrapToken(options.random);
  let clashes = 0;
  const isClash = (error) => error instanceof KubeApiError && error.status === 409;
  return retryUntil(
    async () => {
      const expiresAt = new Date(Math.floor((now().getTime() + ttlMs) / 1e3) * 1e3);
      const secret = renderBootstrapTokenSecret(token, {
        expiresAt,
        ...options.description ? { description: options.description } : {}
      });
      try {
        await client.request("POST", `/api/v1/namespaces/${TOKEN_NAMESPACE}/secrets`, {
          body: secret,
          secrets: [token.secret]
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
    (error) => isSettlingError(error) || isClash(error) && clashes < 3,
    options.retry ?? TOKEN_CREATE_RETRY
  );
}
async function waitForTokenSignature(client, tokenId, options = SIGNATURE_WAIT) {
  const started = Date.now();
  const path = `/api/v1/namespaces/${CLUSTER_INFO.namespace}/configmaps/${CLUSTER_INFO.name}`;
  const signed = await pollUntil(async () => {
    try {
      const clusterInfo = await client.get(path);
      return clusterInfo.data?.[`${JWS_KEY_PREFIX}${tokenId}`] ? true : void 0;
    } catch (error) {
      if (isSettlingError(error)) return void 0;
      throw error;
    }
  }, options);
  if (!signed) throw new TokenSignatureTimeoutError(tokenId, Date.now() - started);
  return Date.now() - started;
}
async function deleteJoinTokens(client, ids) {
  const result = { deleted: [], absent: [], failed: [] };
  for (const id of ids) {
    try {
      await client.delete(`/api/v1/namespaces/${TOKEN_NAMESPACE}/secrets/${bootstrapTokenSecretName(id)}`);
      result.deleted.push(id);
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) result.absent.push(id);
      else result.failed.push({ id, message: error.message });
    }
  }
  return result;
}

// src/kamaji/create-join-command.ts
async function createJoinCommand(kubeconfigText, options = {}) {
  const kubeconfig = loadKubeconfig(kubeconfigText, options);
  const where = options.where ?? "kubeconfig";
  if (!kubeconfig.caPem) {
    throw new KubeconfigError(
      where,
      "its cluster has no certificate-authority-data: the CA to pin is unknown"
    );
  }
  const pins = computeCaPins(kubeconfig.caPem, `${where} certificate-authority-data`);
  if (options.caHashOnly) return pins.join("\n");
  const ttlMs = options.ttl === void 0 ? void 0 : parseDuration(options.ttl, "--ttl");
  const client = kubeconfig.connect(options.timeoutMs ?? 5e3);
  const token = await createJoinToken(client, {
    ...ttlMs === void 0 ? {} : { ttlMs },
    description: options.description ?? "nodepool-action: nodepool join-command",
    // A person is waiting: fail fast on a server that does not answer, but ride out RBAC lag.
    retry: { timeoutMs: 2e4, intervalMs: 1e3 }
  });
  await waitForTokenSignature(client, token.id);
  return formatJoinCommand(kubeconfig.server, token.reveal(), pins);
}

// src/kamaji/drain.ts
import { setTimeout as sleep2 } from "node:timers/promises";

// src/kamaji/drain-plan.ts
var MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";
function planDrain(pods) {
  const plan = { evict: [], skip: [] };
  for (const pod of pods) {
    const ref = podRef(pod);
    const why = skipReason(pod);
    if (why) plan.skip.push({ pod: ref, why });
    else plan.evict.push(ref);
  }
  return plan;
}
function skipReason(pod) {
  if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== void 0) return "mirror";
  const controller = pod.metadata.ownerReferences?.find((owner) => owner.controller);
  if (controller?.kind === "DaemonSet" && controller.apiVersion.startsWith("apps/")) return "daemonset";
  return void 0;
}
function podRef(pod) {
  return { namespace: pod.metadata.namespace ?? "default", name: pod.metadata.name };
}
function formatPodRef(pod) {
  return `${pod.namespace}/${pod.name}`;
}
function blockingBudget(causes) {
  for (const cause of causes) {
    if (cause.reason !== "DisruptionBudget") continue;
    const match = /disruption budget (\S+)/.exec(cause.message ?? "");
    if (match?.[1]) return match[1];
  }
  return void 0;
}

// src/kamaji/drain.ts
async function cordonNode(client, node) {
  try {
    await client.patch(
      `/api/v1/nodes/${node}`,
      { spec: { unschedulable: true } },
      "application/merge-patch+json"
    );
    return "cordoned";
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return "absent";
    throw error;
  }
}
async function drainNodes(client, nodes, options) {
  const deadline = Date.now() + options.timeoutMs;
  const absent = /* @__PURE__ */ new Set();
  for (const node of nodes) {
    if (await cordonNode(client, node) === "absent") absent.add(node);
    else options.onEvent?.({ type: "cordoned", node });
  }
  const reports = [];
  for (const node of nodes) {
    if (absent.has(node)) {
      reports.push({
        node,
        drained: true,
        absent: true,
        evicted: [],
        skipped: [],
        blocking: [],
        elapsedMs: 0
      });
      continue;
    }
    reports.push(
      await evictPods(client, node, { ...options, timeoutMs: Math.max(0, deadline - Date.now()) })
    );
  }
  return reports;
}
async function drainNode(client, node, options) {
  const [report] = await drainNodes(client, [node], options);
  if (!report) throw new Error("unreachable: one node in, one report out");
  return report;
}
async function evictPods(client, node, options) {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const interval = options.intervalMs ?? 5e3;
  const emit = options.onEvent ?? (() => {
  });
  const pods = await client.get("/api/v1/pods", { fieldSelector: `spec.nodeName=${node}` });
  const plan = planDrain(pods.items);
  for (const skip of plan.skip) emit({ type: "skipped", node, ...skip });
  const uids = new Map(pods.items.map((pod) => [formatPodRef(podRef(pod)), pod.metadata.uid]));
  const pending = new Map(
    plan.evict.map((pod) => [
      formatPodRef(pod),
      { pod, uid: uids.get(formatPodRef(pod)), evicted: false, reason: "not evicted yet" }
    ])
  );
  const evicted = [];
  for (; ; ) {
    for (const [key, entry] of pending) {
      if (entry.evicted) {
        if (await isGone(client, entry)) {
          pending.delete(key);
          emit({ type: "gone", node, pod: entry.pod });
        }
        continue;
      }
      const outcome = await evict(client, entry.pod);
      if (outcome === "evicted" || outcome === "gone") {
        entry.evicted = true;
        entry.reason = "evicted, still terminating";
        evicted.push(entry.pod);
        emit({ type: "evicted", node, pod: entry.pod });
        if (outcome === "gone" || await isGone(client, entry)) {
          pending.delete(key);
          emit({ type: "gone", node, pod: entry.pod });
        }
      } else if (outcome !== entry.reason) {
        entry.reason = outcome;
        emit({ type: "blocked", node, pod: entry.pod, reason: outcome });
      }
    }
    const elapsedMs = Date.now() - started;
    const base = { node, absent: false, evicted, skipped: plan.skip, elapsedMs };
    if (pending.size === 0) {
      emit({ type: "drained", node, elapsedMs });
      return { ...base, drained: true, blocking: [] };
    }
    if (Date.now() >= deadline) {
      const blocking = [...pending.values()].map(({ pod, reason }) => ({ pod, reason }));
      emit({ type: "timed-out", node, blocking });
      return { ...base, drained: false, blocking };
    }
    await sleep2(Math.min(interval, Math.max(0, deadline - Date.now())));
  }
}
async function evict(client, pod) {
  try {
    await client.post(`/api/v1/namespaces/${pod.namespace}/pods/${pod.name}/eviction`, {
      apiVersion: "policy/v1",
      kind: "Eviction",
      metadata: { name: pod.name, namespace: pod.namespace }
    });
    return "evicted";
  } catch (error) {
    if (!(error instanceof KubeApiError)) throw error;
    if (error.status === 404) return "gone";
    if (error.status === 429) {
      const budget = blockingBudget(error.causes);
      const cause = error.causes.find((c) => c.reason === "DisruptionBudget")?.message;
      return budget ? `PodDisruptionBudget ${pod.namespace}/${budget} allows no disruption${cause ? ` (${cause})` : ""}` : `the Eviction API refused for now: ${error.message}`;
    }
    if (error.status === 500) return `the Eviction API failed: ${error.message}`;
    throw error;
  }
}
async function isGone(client, entry) {
  try {
    const current = await client.get(`/api/v1/namespaces/${entry.pod.namespace}/pods/${entry.pod.name}`);
    return entry.uid !== void 0 && current.metadata.uid !== entry.uid;
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return true;
    throw error;
  }
}
async function deleteNode(client, node) {
  try {
    await client.delete(`/api/v1/nodes/${node}`);
    return "deleted";
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return "absent";
    throw error;
  }
}
function describeDrain(report) {
  if (report.absent) return [`${report.node}: no Node object, nothing to drain`];
  const seconds = (report.elapsedMs / 1e3).toFixed(1);
  const head = report.drained ? `${report.node}: drained in ${seconds}s (${report.evicted.length} evicted, ${report.skipped.length} skipped)` : `${report.node}: NOT drained after ${seconds}s; blocked by:`;
  return [head, ...report.blocking.map(({ pod, reason }) => `  ${formatPodRef(pod)}: ${reason}`)];
}

// src/kamaji/tenant-control-plane.ts
var TCP_API = {
  group: "kamaji.clastix.io",
  version: "v1alpha1",
  plural: "tenantcontrolplanes"
};
var ADMIN_KUBECONFIG_KEY = "admin.conf";
function readTenantControlPlane(tcp) {
  const where = `TenantControlPlane ${tcp.metadata.namespace ?? ""}/${tcp.metadata.name}`;
  const version = tcp.status?.kubernetesResources?.version;
  const status = version?.status ?? "Unknown";
  if (status !== "Ready") {
    return {
      ok: false,
      status,
      message: `${where} is ${status}, not Ready: nodes join only a Ready control plane (status.kubernetesResources.version.status)`
    };
  }
  const endpoint = tcp.status?.controlPlaneEndpoint;
  const kubernetesVersion = version?.version;
  const adminSecretName = tcp.status?.kubeconfig?.admin?.secretName;
  if (!endpoint || !kubernetesVersion || !adminSecretName) {
    const missing = [
      endpoint ? "" : "status.controlPlaneEndpoint",
      kubernetesVersion ? "" : "status.kubernetesResources.version.version",
      adminSecretName ? "" : "status.kubeconfig.admin.secretName"
    ].filter(Boolean);
    return { ok: false, status, message: `${where} is Ready but has no ${missing.join(", ")}` };
  }
  return { ok: true, value: { endpoint, kubernetesVersion, adminSecretName } };
}

// src/kamaji/join-source.ts
var JoinSourceError = class extends Error {
  constructor(where, problem) {
    super(`${where}: ${problem}`);
    this.where = where;
    this.problem = problem;
    this.name = "JoinSourceError";
  }
  where;
  problem;
};
async function resolveJoinSource(source, options = {}) {
  switch (source.kind) {
    case "explicit":
      return resolveExplicit(source.url, source.caHash);
    case "tenant":
      return resolveTenant(source.kubeconfig, options.timeoutMs);
    case "management":
      return resolveManagement(source, options.timeoutMs);
  }
}
function resolveExplicit(url, caHash) {
  const caPin = normalizeCaPin(caHash);
  if (!caPin) {
    throw new JoinSourceError("join CA hash", 'expected "sha256:" and 64 hex digits, as kubeadm prints it');
  }
  const endpoint = endpointOf(url);
  if (!/^[^\s/:]+:\d+$|^\[[0-9a-fA-F:]+\]:\d+$/.test(endpoint)) {
    throw new JoinSourceError("join URL", `"${url}" is not host:port (for example 10.0.0.10:6443)`);
  }
  return { endpoint, caPin };
}
async function resolveTenant(kubeconfigText, timeoutMs) {
  const kubeconfig = loadKubeconfig(kubeconfigText, { where: "tenant kubeconfig" });
  const caPin = pinOf(kubeconfig.caPem, "tenant kubeconfig");
  const version = await kubeconfig.connect(timeoutMs).get("/version");
  return withKubeconfig(
    {
      endpoint: endpointOf(kubeconfig.server),
      caPin,
      ...version.gitVersion ? { kubernetesVersion: version.gitVersion } : {}
    },
    kubeconfigText,
    "tenant kubeconfig"
  );
}
async function resolveManagement(source, timeoutMs) {
  const management = loadKubeconfig(source.kubeconfig, {
    where: "management kubeconfig",
    ...source.context ? { context: source.context } : {}
  }).connect(timeoutMs);
  const where = `TenantControlPlane ${source.tenant}/${source.controlPlane}`;
  const tcp = await getOrExplain(
    management,
    `/apis/${TCP_API.group}/${TCP_API.version}/namespaces/${source.tenant}/${TCP_API.plural}/${source.controlPlane}`,
    where
  );
  const checked = readTenantControlPlane(tcp);
  if (!checked.ok) throw new JoinSourceError(where, checked.message.replace(`${where} `, ""));
  const { endpoint, kubernetesVersion, adminSecretName } = checked.value;
  const secretWhere = `Secret ${source.tenant}/${adminSecretName}`;
  const secret = await getOrExplain(
    management,
    `/api/v1/namespaces/${source.tenant}/secrets/${adminSecretName}`,
    secretWhere
  );
  const encoded = secret.data?.[ADMIN_KUBECONFIG_KEY];
  if (!encoded) throw new JoinSourceError(secretWhere, `has no key ${ADMIN_KUBECONFIG_KEY}`);
  const tenantKubeconfig = Buffer.from(encoded, "base64").toString("utf8");
  const kubeconfigWhere = `${secretWhere} key ${ADMIN_KUBECONFIG_KEY}`;
  const admin = loadKubeconfig(tenantKubeconfig, { where: kubeconfigWhere, inlineOnly: true });
  const caPin = pinOf(admin.caPem, kubeconfigWhere);
  return withKubeconfig(
    { endpoint: endpointOf(endpoint), caPin, kubernetesVersion },
    tenantKubeconfig,
    kubeconfigWhere
  );
}
async function getOrExplain(client, path, where) {
  try {
    return await client.get(path);
  } catch (error) {
    if (!(error instanceof KubeApiError)) throw error;
    if (error.status === 404) throw new JoinSourceError(where, "not found in the management cluster");
    if (error.status === 403 || error.status === 401) {
      throw new JoinSourceError(
        where,
        `the management kubeconfig may not read it (${error.status} ${error.reason})`
      );
    }
    throw error;
  }
}
function pinOf(caPem, where) {
  if (!caPem) {
    throw new KubeconfigError(
      where,
      "its cluster has no certificate-authority-data: the CA to pin is unknown"
    );
  }
  const [pin] = computeCaPins(caPem, `${where} certificate-authority-data`);
  if (!pin) throw new KubeconfigError(where, "no CA certificate");
  return pin;
}
function withKubeconfig(target, kubeconfig, where) {
  return Object.defineProperties(target, {
    tenantKubeconfig: { value: kubeconfig, enumerable: false },
    // Not enumerable either, so that the target compares and serialises as before.
    tenantKubeconfigWhere: { value: where, enumerable: false }
  });
}

// src/kamaji/node-readiness.ts
var JOIN_LOG = "/var/log/nodepool-join.log";
function assessNode(node) {
  const name = node.metadata.name;
  const conditions = node.status?.conditions ?? [];
  const ready = conditions.find((c) => c.type === "Ready");
  if (ready?.status === "True") return { name, state: "ready" };
  const telling = conditions.filter((c) => c.type === "Ready" ? true : c.status !== "False");
  const sorted = [...telling].sort((a, b) => Number(b.type === "Ready") - Number(a.type === "Ready"));
  return {
    name,
    state: "not-ready",
    conditions: sorted.length > 0 ? sorted : [{ type: "Ready", status: "Unknown", reason: "NoStatusYet" }]
  };
}
function absentNode(name) {
  return {
    name,
    state: "absent",
    hint: `never registered: see ${JOIN_LOG} on the machine (and /var/log/cloud-init-output.log)`
  };
}
function describeReadiness(readiness) {
  switch (readiness.state) {
    case "ready":
      return `${readiness.name}: Ready`;
    case "not-ready":
      return `${readiness.name}: NotReady (${readiness.conditions.map(describeCondition).join("; ")})`;
    case "absent":
      return `${readiness.name}: ${readiness.hint}`;
  }
}
function describeCondition(condition) {
  const why = [condition.reason, condition.message].filter(Boolean).join(": ").replace(/[`\r\n]+/g, " ").slice(0, 300);
  return `${condition.type}=${condition.status}${why ? ` \`${why}\`` : ""}`;
}

// src/kamaji/pool-nodes.ts
function poolNodePattern(controlPlane, pool) {
  return new RegExp(`^${escapeRegExp(controlPlane)}-${escapeRegExp(pool)}-node-\\d{2,}$`);
}
function comparePoolNodes(machines, nodes, pool) {
  const byName = new Map(nodes.map((node) => [node.metadata.name, node]));
  const result = { ready: [], notReady: [], missing: [], orphans: [] };
  for (const machine of [...machines].sort()) {
    const node = byName.get(machine);
    if (!node) {
      result.missing.push(machine);
      continue;
    }
    const readiness = assessNode(node);
    if (readiness.state === "ready") result.ready.push(machine);
    else result.notReady.push(readiness);
  }
  const pattern = poolNodePattern(pool.controlPlane, pool.name);
  const known = new Set(machines);
  result.orphans = [...byName.keys()].filter((name) => pattern.test(name) && !known.has(name)).sort();
  return result;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/kamaji/version-skew.ts
var VERSION_PATTERN = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;
function parseKubernetesVersion(text) {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}
function allowedKubeletSkew(apiServer) {
  return apiServer.major === 1 && apiServer.minor < 28 ? 2 : 3;
}
function resolvePoolVersion(poolVersion, controlPlaneVersion, where) {
  const cp = parseKubernetesVersion(controlPlaneVersion);
  if (!cp) {
    return {
      ok: false,
      message: `${where}: the control plane reports version "${controlPlaneVersion}", which is not vMAJOR.MINOR.PATCH`
    };
  }
  const cpText = `v${cp.major}.${cp.minor}.${cp.patch}`;
  if (poolVersion === void 0) return { ok: true, version: cpText, source: "control-plane", warnings: [] };
  const pool = parseKubernetesVersion(poolVersion);
  if (!pool) {
    return { ok: false, message: `${where}: kubernetes.version "${poolVersion}" is not vMAJOR.MINOR.PATCH` };
  }
  const poolText = `v${pool.major}.${pool.minor}.${pool.patch}`;
  const skew = allowedKubeletSkew(cp);
  const oldest = `v${cp.major}.${Math.max(0, cp.minor - skew)}`;
  if (pool.major !== cp.major) {
    return {
      ok: false,
      message: `${where}: kubernetes.version ${poolText} has another major version than the control plane (${cpText}); use v${cp.major}.${Math.max(0, cp.minor - skew)} to v${cp.major}.${cp.minor}, or leave it out to use ${cpText}`
    };
  }
  if (pool.minor > cp.minor) {
    return {
      ok: false,
      message: `${where}: kubernetes.version ${poolText} is newer than the control plane (${cpText}); a kubelet must never be newer than its API server. Use ${oldest} to v${cp.major}.${cp.minor}, or leave it out to use ${cpText}`
    };
  }
  if (cp.minor - pool.minor > skew) {
    return {
      ok: false,
      message: `${where}: kubernetes.version ${poolText} is ${cp.minor - pool.minor} minor versions older than the control plane (${cpText}); a kubelet may be at most ${skew} older. Use ${oldest} to v${cp.major}.${cp.minor}, or leave it out to use ${cpText}`
    };
  }
  const warnings = pool.minor === cp.minor && pool.patch > cp.patch ? [
    `${where}: kubernetes.version ${poolText} is a newer patch release than the control plane (${cpText}); kubeadm accepts it, but the control plane should be patched first`
  ] : [];
  return { ok: true, version: poolText, source: "pool", warnings };
}

// src/kamaji/workers-behind.ts
function workersBehind(nodes, pool, wanted, controlPlane) {
  const target = parseKubernetesVersion(wanted);
  const apiServer = parseKubernetesVersion(controlPlane);
  if (!target || !apiServer) return [];
  const pattern = poolNodePattern(pool.controlPlane, pool.name);
  const behind = [];
  for (const node of nodes) {
    const version = parseKubernetesVersion(node.status?.nodeInfo?.kubeletVersion ?? "");
    if (!pattern.test(node.metadata.name) || !version || compare(version, target) >= 0) continue;
    behind.push({
      node: node.metadata.name,
      kubelet: `v${version.major}.${version.minor}.${version.patch}`,
      outsideSkew: version.major !== apiServer.major || apiServer.minor - version.minor > allowedKubeletSkew(apiServer)
    });
  }
  return behind.sort((a, b) => a.node < b.node ? -1 : 1);
}
function compare(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

// src/kamaji/node-status.ts
async function waitForNodesReady(client, names, options) {
  let latest = [];
  await pollUntil(async () => {
    latest = await Promise.all(names.map((name) => readNode(client, name)));
    return latest.every((node) => node.state === "ready") ? true : void 0;
  }, options);
  return latest;
}
async function readNode(client, name) {
  try {
    return assessNode(await client.get(`/api/v1/nodes/${name}`));
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return absentNode(name);
    throw error;
  }
}
async function readPoolStatus(client, pool) {
  const nodes = (await client.get("/api/v1/nodes")).items;
  return {
    ...comparePoolNodes(pool.machines, nodes, pool),
    behind: pool.versions ? workersBehind(nodes, pool, pool.versions.wanted, pool.versions.controlPlane) : []
  };
}

// src/kamaji/preflight.ts
var CLUSTER_INFO_PATH = `/api/v1/namespaces/${CLUSTER_INFO.namespace}/configmaps/${CLUSTER_INFO.name}`;
async function preflightJoin(join, options = {}) {
  const endpoint = endpointOf(join.endpoint);
  const verdict = { endpoint, ok: false, checks: [] };
  const pass = (step, detail) => verdict.checks.push({ step, ok: true, detail });
  const fail = (step, detail) => {
    verdict.checks.push({ step, ok: false, detail });
    return verdict;
  };
  let token;
  try {
    token = parseBootstrapToken(join.token);
  } catch (error) {
    if (error instanceof InvalidBootstrapTokenError) return fail("token", error.message);
    throw error;
  }
  verdict.tokenId = token.id;
  let insecure;
  try {
    insecure = await connectAnonymous(endpoint, { insecure: true }, options.timeoutMs).get(
      CLUSTER_INFO_PATH
    );
  } catch (error) {
    if (error instanceof KubeConnectionError) return fail("reach", error.message);
    if (error instanceof KubeApiError) return fail("cluster-info", explainClusterInfoError(error));
    throw error;
  }
  pass("reach", `https://${endpoint} answers`);
  const checked = checkClusterInfo(insecure.data ?? {}, token, join.caPin);
  if (!checked.ok)
    return fail(checked.step === "kubeconfig" ? "cluster-info" : checked.step, checked.problem);
  pass("signature", `cluster-info is signed by token id ${token.id}`);
  pass("ca-pin", `cluster-info's CA matches ${join.caPin}`);
  const { kubeconfig } = checked;
  verdict.apiServer = kubeconfig.server;
  try {
    const secure = await connectAnonymous(
      endpoint,
      { caPem: kubeconfig.caPem },
      options.timeoutMs
    ).get(CLUSTER_INFO_PATH);
    if (secure.data?.[CLUSTER_INFO.key] !== insecure.data?.[CLUSTER_INFO.key]) {
      return fail("tls", "cluster-info read over verified TLS differs from the first read");
    }
  } catch (error) {
    if (error instanceof KubeConnectionError) {
      return fail("tls", `the pinned CA does not verify https://${endpoint}: ${error.message}`);
    }
    throw error;
  }
  pass("tls", `https://${endpoint} presents a certificate of the pinned CA`);
  const moved = endpointOf(kubeconfig.server) !== endpoint;
  try {
    const user = await reviewSelf(kubeconfig.server, join.token, kubeconfig.caPem, options.timeoutMs);
    verdict.user = user;
    const expected = `system:bootstrap:${token.id}`;
    const missingGroups = [BOOTSTRAPPERS_GROUP, DEFAULT_NODE_TOKEN_GROUP].filter(
      (g) => !user.groups.includes(g)
    );
    if (user.username !== expected || missingGroups.length > 0) {
      return fail(
        "authentication",
        `the token authenticates as ${user.username} in [${user.groups.join(", ")}]; a joining node needs ${expected} in ${BOOTSTRAPPERS_GROUP} and ${DEFAULT_NODE_TOKEN_GROUP} (kubeadm's bootstrap RBAC is bound to that group)`
      );
    }
  } catch (error) {
    const where = moved ? ` at ${kubeconfig.server} (cluster-info's server, used after discovery)` : "";
    if (error instanceof KubeConnectionError) return fail("authentication", `${error.message}${where}`);
    if (error instanceof KubeApiError)
      return fail("authentication", explainReviewError(error, token.id) + where);
    throw error;
  }
  pass(
    "authentication",
    `the token authenticates as system:bootstrap:${token.id} in ${DEFAULT_NODE_TOKEN_GROUP}${moved ? ` at ${kubeconfig.server}` : ""}`
  );
  const version = await connectAnonymous(kubeconfig.server, { caPem: kubeconfig.caPem }, options.timeoutMs).get("/version").catch(() => void 0);
  if (version?.gitVersion) verdict.serverVersion = version.gitVersion;
  verdict.ok = true;
  return verdict;
}
async function reviewSelf(server, token, caPem, timeoutMs) {
  const client = connectWithToken(server, token, caPem, timeoutMs);
  let review;
  try {
    review = await client.post("/apis/authentication.k8s.io/v1/selfsubjectreviews", {
      apiVersion: "authentication.k8s.io/v1",
      kind: "SelfSubjectReview"
    });
  } catch (error) {
    if (!(error instanceof KubeApiError && error.status === 404)) throw error;
    review = await client.post("/apis/authentication.k8s.io/v1beta1/selfsubjectreviews", {
      apiVersion: "authentication.k8s.io/v1beta1",
      kind: "SelfSubjectReview"
    });
  }
  const info = review.status?.userInfo ?? {};
  return { username: info.username ?? "", groups: info.groups ?? [] };
}
function explainClusterInfoError(error) {
  switch (error.status) {
    case 401:
      return "anonymous requests are refused (401): token discovery needs --anonymous-auth on the API server";
    case 403:
      return "anonymous users may not read kube-public/cluster-info (403): the Role and RoleBinding kubeadm:bootstrap-signer-clusterinfo are missing";
    case 404:
      return "there is no kube-public/cluster-info ConfigMap: the tenant is not set up for token bootstrapping";
    default:
      return `reading kube-public/cluster-info failed: ${error.message}`;
  }
}
function explainReviewError(error, tokenId) {
  if (error.status === 401) {
    return `the token (id ${tokenId}) does not authenticate (401 Unauthorized): it expired, was deleted, or is not meant for authentication`;
  }
  if (error.status === 403) {
    return `the token (id ${tokenId}) authenticates but may not create a SelfSubjectReview (403)`;
  }
  return `reviewing the token (id ${tokenId}) failed: ${error.message}`;
}
function describeVerdict(verdict) {
  const head = `${verdict.endpoint}: ${verdict.ok ? "ready to join" : "cannot join"}${verdict.serverVersion ? ` (Kubernetes ${verdict.serverVersion})` : ""}`;
  return [head, ...verdict.checks.map((c) => `  ${c.ok ? "ok  " : "FAIL"} ${c.step}: ${c.detail}`)];
}

export {
  redactSecrets,
  KubeApiError,
  KubeConnectionError,
  KubeClient,
  KubeconfigError,
  loadKubeconfig,
  generateBootstrapToken,
  formatBootstrapToken,
  InvalidBootstrapTokenError,
  parseBootstrapToken,
  renderBootstrapTokenSecret,
  describeToken,
  CaCertificateError,
  computeCaPin,
  computeCaPins,
  normalizeCaPin,
  DurationError,
  parseDuration,
  formatJoinCommand,
  endpointOf,
  DEFAULT_TOKEN_TTL_MS,
  JoinToken,
  TokenSignatureTimeoutError,
  createJoinToken,
  waitForTokenSignature,
  deleteJoinTokens,
  createJoinCommand,
  cordonNode,
  drainNodes,
  drainNode,
  deleteNode,
  describeDrain,
  JoinSourceError,
  resolveJoinSource,
  JOIN_LOG,
  describeReadiness,
  poolNodePattern,
  resolvePoolVersion,
  workersBehind,
  waitForNodesReady,
  readPoolStatus,
  preflightJoin,
  describeVerdict
};
