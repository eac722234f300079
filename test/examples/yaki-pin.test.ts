import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPools } from "../../src/pool-format/load-pools.js";

// The example pools are copied into production: a yaki pin there must be one a machine can
// download and verify. The pin is computed from clastix/yaki itself (README, "Pinning yaki");
// CI cannot reach GitHub, so this keeps every example on that one documented pin.

const PIN_URL = /^https:\/\/raw\.githubusercontent\.com\/clastix\/yaki\/([0-9a-f]{40})\/script\/yaki$/;

function documentedPin(): { commit: string; sha256: string } {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("### Pinning yaki"));
  const row = /^\| v[0-9.]+ \| `([0-9a-f]{40})` \| `([0-9a-f]{64})` \|$/m.exec(section);
  if (!row?.[1] || !row[2]) throw new Error('README has no pin row under "### Pinning yaki"');
  return { commit: row[1], sha256: row[2] };
}

describe("the yaki pin of the example pools", () => {
  it("is the documented release: a full commit of clastix/yaki's script/yaki and its sha256", async () => {
    const pin = documentedPin();
    const loaded = await loadPools(["pools"], process.cwd());
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
    expect(loaded.value.pools.length).toBeGreaterThan(0);
    for (const pool of loaded.value.pools) {
      const { yakiURL, yakiSHA256 } = pool.spec.bootstrap;
      expect(PIN_URL.exec(yakiURL)?.[1], `${pool.name}: ${yakiURL}`).toBe(pin.commit);
      expect(yakiSHA256, pool.name).toBe(pin.sha256);
    }
  });

  it("is the one README's own examples show", () => {
    const pin = documentedPin();
    const readme = readFileSync("README.md", "utf8");
    const urls = [
      ...readme.matchAll(/https:\/\/raw\.githubusercontent\.com\/clastix\/yaki\/[^\s`"')]+/g),
    ].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls)
      expect(url).toBe(`https://raw.githubusercontent.com/clastix/yaki/${pin.commit}/script/yaki`);
  });
});
