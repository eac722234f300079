import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The forms a secret can take in text an attacker or a careless template produces, not only the
 * ones our mask knows: as written, its second half alone (a token's secret part), base64 at each of
 * the three alignments it can have inside a longer encoded text (cloud-init user data), hex, URL
 * and JSON escaping.
 */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret, secret.slice(Math.floor(secret.length / 2)), encodeURIComponent(secret)]);
  forms.add(JSON.stringify(secret).slice(1, -1));
  forms.add(Buffer.from(secret).toString("hex"));
  for (const pad of ["", "x", "xx"]) {
    // Drop the characters that depend on the neighbouring bytes: what remains appears in any text
    // that encodes the secret at this alignment.
    const encoded = Buffer.from(pad + secret).toString("base64");
    forms.add(encoded.slice(pad.length === 0 ? 0 : 4, -4));
  }
  return [...forms].filter((form) => form.length >= 8);
}

/** Every place under `roots` (files, recursively; `.git` left out) where a form of `secret` appears. */
export function findSecret(secret: string, roots: readonly string[]): string[] {
  const forms = secretForms(secret);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== ".git") walk(path);
      else if (entry.isFile()) {
        const text = readFileSync(path).toString("latin1");
        for (const form of forms) if (text.includes(form)) found.push(`${path}: ${form}`);
      }
    }
  };
  for (const root of roots) walk(root);
  return found;
}

/** The same search in texts (logs, outputs, request bodies). */
export function secretIn(secret: string, texts: Record<string, string>): string[] {
  const forms = secretForms(secret);
  return Object.entries(texts).flatMap(([where, text]) =>
    forms.filter((form) => text.includes(form)).map((form) => `${where}: ${form}`),
  );
}

/**
 * A step's log as GitHub shows it: `::add-mask::VALUE` lines are commands to the runner, which
 * consumes them (and masks VALUE from then on); they never reach the displayed log.
 */
export function shownLog(log: string): string {
  return log
    .split("\n")
    .filter((line) => !line.startsWith("::add-mask::"))
    .join("\n");
}
