/**
 * `<sha256 hex>  <file name>` lines, as `sha256sum` writes them (a `*` before the name marks binary
 * mode). Lines of any other form are skipped: the file is signed, so they are not an attack, and the
 * archive we need either has a well-formed line or is refused as not listed.
 */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (match?.[1] && match[2]) sums.set(match[2], match[1].toLowerCase());
  }
  return sums;
}
