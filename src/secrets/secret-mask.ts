import { parse } from "yaml";

/** What a secret is replaced with, as GitHub's own log masking does. */
export const MASK = "***";

/**
 * Shorter values are not masked: replacing every `true` or `1234` in a plan would wreck the text and
 * hide nothing worth hiding. `add` reports such values so the adapter can warn about them.
 */
export const MIN_SECRET_LENGTH = 6;

/** Environment variable names whose values are credentials (`VSPHERE_PASSWORD`, `TF_VAR_vcd_api_token`, ...). */
export const SECRET_ENV_NAME = /(^|[_-])(PASSWORD|PASSWD|PASS|PWD|TOKEN|SECRET|KEY|CREDENTIALS?|CONN_STR)$/i;

/**
 * Shapes that are secret wherever they appear, registered or not: a kubeadm bootstrap token
 * (`<id>.<secret>`) and a PEM private key block.
 */
const SECRET_SHAPES: readonly RegExp[] = [
  /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/g,
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g,
];

/** A line of a multi-line secret that is itself worth masking: long, no spaces (PEM body, token). */
/** Shell variables whose names look like credentials but hold the working directory. */
const NOT_SECRET_ENV = new Set(["PWD", "OLDPWD"]);
const TOKEN_LIKE_LINE = /^[A-Za-z0-9+/=_.~-]{16,}$/;

/** `scheme://user:password@host`: the password is masked on its own too. */
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@/i;

/**
 * Collects secret values and replaces them, and the forms they take when embedded in other text,
 * with `***`. The GitHub client applies it to every request it sends, so a secret reaches a comment
 * only if nobody registered it.
 */
export class SecretMask {
  readonly #values = new Set<string>();
  #pattern: RegExp | undefined;

  /** The registered values, for the adapter to pass to `core.setSecret` (the runner masks logs). */
  get values(): readonly string[] {
    return [...this.#values];
  }

  /**
   * Registers one secret. A URL with a password also registers the password, and a multi-line
   * value registers its token-like lines (terraform shows multi-line strings line by line).
   * Returns false when the value is too short to be masked (and was not registered).
   */
  add(value: string | undefined): boolean {
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
  addFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
    return Object.entries(env)
      .filter(([name, value]) => SECRET_ENV_NAME.test(name) && !NOT_SECRET_ENV.has(name) && this.add(value))
      .map(([name]) => name);
  }

  /**
   * Registers a kubeconfig: the whole text, and each credential in it (tokens, passwords, client
   * keys, also decoded), since a plan may show any one of them alone.
   */
  addKubeconfig(text: string): void {
    this.add(text);
    for (const value of kubeconfigCredentials(text)) this.add(value);
  }

  /** `text` with every registered secret, in every form we know, and every secret shape replaced. */
  apply(text: string): string {
    let masked = text;
    const pattern = this.#compiled();
    if (pattern) masked = masked.replace(pattern, MASK);
    for (const shape of SECRET_SHAPES) masked = masked.replace(shape, MASK);
    return masked;
  }

  /** Applies the mask to every string inside a JSON-like value (a request's parameters). */
  applyDeep<T>(value: T): T {
    return maskDeep(value, (text) => this.apply(text)) as T;
  }

  #register(value: string): void {
    if (value.length < MIN_SECRET_LENGTH || this.#values.has(value)) return;
    this.#values.add(value);
    this.#pattern = undefined;
  }

  #compiled(): RegExp | undefined {
    if (this.#pattern || this.#values.size === 0) return this.#pattern;
    const forms = new Set<string>();
    for (const value of this.#values) for (const form of encodedForms(value)) forms.add(form);
    // Longest first: the alternation takes the first match at a position, so a secret that
    // contains another one is replaced whole.
    const sorted = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.#pattern = new RegExp(sorted.join("|"), "g");
    return this.#pattern;
  }
}

/**
 * The forms a secret takes inside other text: itself, URL-encoded (query strings, connection
 * strings), JSON-escaped (quotes, newlines), and base64 (kubeconfig data, cloud-init user data).
 * Inside a longer base64 text a value starts at any of three byte offsets, each giving different
 * characters, so all three are included, trimmed to the characters that depend on the value alone.
 */
export function encodedForms(value: string): string[] {
  const bytes = Buffer.from(value, "utf8");
  const forms = [
    value,
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, "+"),
    JSON.stringify(value).slice(1, -1),
    bytes.toString("base64"),
    bytes.toString("base64url"),
  ];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64");
    const first = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    forms.push(encoded.slice(first, end));
  }
  return forms.filter((form) => form.length >= MIN_SECRET_LENGTH);
}

function kubeconfigCredentials(text: string): string[] {
  let document: unknown;
  try {
    document = parse(text);
  } catch {
    // Not YAML: the whole text is registered already, and there are no fields to pick out.
    return [];
  }
  const users = isRecord(document) && Array.isArray(document.users) ? document.users : [];
  const found: string[] = [];
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

function maskDeep(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === "string") return mask(value);
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, mask));
  if (isRecord(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, maskDeep(item, mask)]));
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // A stray `%` is not an encoding: the password is the text as written.
    return text;
  }
}
