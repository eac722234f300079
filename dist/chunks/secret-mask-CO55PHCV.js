import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parse
} from "./chunk-LDKM7FQ4.js";
import "./chunk-ORUZ7EY6.js";

// src/secrets/secret-mask.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 6;
var SECRET_ENV_NAME = /(^|[_-])(PASSWORD|PASSWD|PASS|PWD|TOKEN|SECRET|KEY|CREDENTIALS?|CONN_STR)$/i;
var SECRET_SHAPES = [
  /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/g,
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g
];
var NOT_SECRET_ENV = /* @__PURE__ */ new Set(["PWD", "OLDPWD"]);
var TOKEN_LIKE_LINE = /^[A-Za-z0-9+/=_.~-]{16,}$/;
var URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@/i;
var SecretMask = class {
  #values = /* @__PURE__ */ new Set();
  #pattern;
  /** The registered values, for the adapter to pass to `core.setSecret` (the runner masks logs). */
  get values() {
    return [...this.#values];
  }
  /**
   * Registers one secret. A URL with a password also registers the password, and a multi-line
   * value registers its token-like lines (terraform shows multi-line strings line by line).
   * Returns false when the value is too short to be masked (and was not registered).
   */
  add(value) {
    const trimmed = value?.trim() ?? "";
    if (trimmed.length < MIN_SECRET_LENGTH) return false;
    this.#register(trimmed);
    const password = URL_PASSWORD.exec(trimmed)?.[1];
    if (password) this.#register(safeDecode(password));
    if (trimmed.includes("\n")) {
      for (const line of trimmed.split(/\r?\n/)) {
        if (TOKEN_LIKE_LINE.test(line.trim())) this.#register(line.trim());
      }
    }
    return true;
  }
  /**
   * Registers the value of every variable whose name looks like a credential (`*_PASSWORD`,
   * `*_TOKEN`, `*_SECRET`, `*_KEY`, `PG_CONN_STR`, ...). Returns the names registered.
   */
  addFromEnv(env) {
    return Object.entries(env).filter(([name, value]) => SECRET_ENV_NAME.test(name) && !NOT_SECRET_ENV.has(name) && this.add(value)).map(([name]) => name);
  }
  /**
   * Registers a kubeconfig: the whole text, and each credential in it (tokens, passwords, client
   * keys, also decoded), since a plan may show any one of them alone.
   */
  addKubeconfig(text) {
    this.add(text);
    for (const value of kubeconfigCredentials(text)) this.add(value);
  }
  /** `text` with every registered secret, in every form we know, and every secret shape replaced. */
  apply(text) {
    let masked = text;
    const pattern = this.#compiled();
    if (pattern) masked = masked.replace(pattern, MASK);
    for (const shape of SECRET_SHAPES) masked = masked.replace(shape, MASK);
    return masked;
  }
  /** Applies the mask to every string inside a JSON-like value (a request's parameters). */
  applyDeep(value) {
    return maskDeep(value, (text) => this.apply(text));
  }
  #register(value) {
    if (value.length < MIN_SECRET_LENGTH || this.#values.has(value)) return;
    this.#values.add(value);
    this.#pattern = void 0;
  }
  #compiled() {
    if (this.#pattern || this.#values.size === 0) return this.#pattern;
    const forms = /* @__PURE__ */ new Set();
    for (const value of this.#values) for (const form of encodedForms(value)) forms.add(form);
    const sorted = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.#pattern = new RegExp(sorted.join("|"), "g");
    return this.#pattern;
  }
};
function encodedForms(value) {
  const bytes = Buffer.from(value, "utf8");
  const forms = [
    value,
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, "+"),
    JSON.stringify(value).slice(1, -1),
    bytes.toString("base64"),
    bytes.toString("base64url")
  ];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    const first = Math.ceil(8 * offset / 6);
    const end = Math.floor(8 * (offset + bytes.length) / 6);
    forms.push(encoded.slice(first, end));
  }
  return forms.filter((form) => form.length >= MIN_SECRET_LENGTH);
}
function kubeconfigCredentials(text) {
  let document;
  try {
    document = parse(text);
  } catch {
    return [];
  }
  const users = isRecord(document) && Array.isArray(document.users) ? document.users : [];
  const found = [];
  for (const entry of users) {
    const user = isRecord(entry) && isRecord(entry.user) ? entry.user : {};
    for (const field of ["token", "password", "client-key-data"]) {
      const value = user[field];
      if (typeof value !== "string") continue;
      found.push(value);
      if (field === "client-key-data") found.push(Buffer.from(value, "base64").toString("utf8"));
    }
  }
  return found;
}
function maskDeep(value, mask) {
  if (typeof value === "string") return mask(value);
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, mask));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)]));
  }
  return value;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
export {
  MASK,
  MIN_SECRET_LENGTH,
  SECRET_ENV_NAME,
  SecretMask,
  encodedForms
};
