/** A bootstrap token `<id>.<secret>` anywhere in a text. */
const BOOTSTRAP_TOKEN = /\b[a-z0-9]{6}\.[a-z0-9]{16}\b/g;

/**
 * Replaces known secret values, and anything shaped like a bootstrap token, with `***`. Used on
 * every text that reaches an error message from outside (API server messages, tool output), since
 * those end up in logs and PR comments.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let redacted = text;
  // Longest first, so that a secret containing another one is replaced whole.
  for (const secret of [...secrets].filter((s) => s.length >= 6).sort((a, b) => b.length - a.length)) {
    redacted = redacted.split(secret).join("***");
  }
  return redacted.replace(BOOTSTRAP_TOKEN, "***");
}

/**
 * A URL with its user info (`https://user:password@host`) masked as `https://***@host`: a kubeconfig's
 * server URL may carry credentials there, and it is shown in errors.
 */
export function maskUrlUserinfo(url: string): string {
  // To the last "@", where URL parsers end the user info; a password may hold "@" or even "/".
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)?.*@/i, "$1***@");
}

/** The URL with any user:password replaced (`https://***@host/path`), safe to log. */
export function redactUrl(text: string): string {
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
