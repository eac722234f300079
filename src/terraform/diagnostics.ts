/** Terraform's machine-readable diagnostics (`-json` UI output) and what we make of them. */

export interface Diagnostic {
  severity: "error" | "warning";
  summary: string;
  detail?: string;
  /** `main.tf.json:12`, when Terraform names a place. */
  location?: string;
}

/** Who holds a state lock, from Terraform's "Lock Info" block. */
export interface LockInfo {
  id: string;
  who?: string;
  operation?: string;
  created?: string;
}

interface JsonUiLine {
  type?: string;
  diagnostic?: {
    severity?: string;
    summary?: string;
    detail?: string;
    range?: { filename?: string; start?: { line?: number } };
  };
}

/** Diagnostics from the lines of `terraform plan|apply -json`; other lines are ignored. */
export function readJsonDiagnostics(output: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    let parsed: JsonUiLine;
    try {
      parsed = JSON.parse(line) as JsonUiLine;
    } catch {
      continue; // a provider may print plain text into the stream
    }
    const d = parsed.diagnostic;
    if (parsed.type !== "diagnostic" || !d?.summary) continue;
    const diagnostic: Diagnostic = {
      severity: d.severity === "warning" ? "warning" : "error",
      summary: d.summary,
    };
    if (d.detail) diagnostic.detail = d.detail;
    if (d.range?.filename) diagnostic.location = `${d.range.filename}:${d.range.start?.line ?? 1}`;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** Diagnostics from plain text output (`init` has no -json in 1.8): each `Error: ...` block. */
export function readTextDiagnostics(output: string): Diagnostic[] {
  const blocks = output.split(/\n(?=(?:│ )?(?:Error|Warning): )/);
  return (
    blocks
      // Terraform frames text diagnostics with box-drawing characters; keep only their words.
      .map((block) =>
        block
          .replace(/^│ ?/gm, "")
          .replace(/^[╷╵]\s*$/gm, "")
          .trim(),
      )
      .filter((block) => /^(Error|Warning): /.test(block))
      .map((block) => {
        const [first = "", ...rest] = block.split("\n");
        const severity = first.startsWith("Warning") ? "warning" : "error";
        const detail = rest.join("\n").trim();
        const diagnostic: Diagnostic = { severity, summary: first.replace(/^(Error|Warning): /, "") };
        const place = /^\s*on (\S+) line (\d+)/m.exec(detail);
        if (place) diagnostic.location = `${place[1]}:${place[2]}`;
        return detail ? { ...diagnostic, detail } : diagnostic;
      })
  );
}

/** The lock holder when a diagnostic says the state is locked by someone else. */
export function findLockInfo(diagnostics: readonly Diagnostic[]): LockInfo | undefined {
  const locked = diagnostics.find((d) => /Error acquiring the state lock/i.test(d.summary));
  if (!locked) return undefined;
  const field = (name: string) =>
    new RegExp(`^\\s*${name}:\\s*(.*)$`, "m").exec(locked.detail ?? "")?.[1]?.trim();
  const lock: LockInfo = { id: field("ID") ?? "unknown" };
  const who = field("Who");
  const operation = field("Operation");
  const created = field("Created");
  if (who) lock.who = who;
  if (operation) lock.operation = operation;
  if (created) lock.created = created;
  return lock;
}
