import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Users upgrade by moving a pin: each release says what that means for them. */
describe("CHANGELOG.md", () => {
  const changelog = readFileSync("CHANGELOG.md", "utf8");
  const releases = [...changelog.matchAll(/^## (\d+\.\d+\.\d+)\b.*$/gm)];

  it("has an entry for the package's version, first", () => {
    const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;
    expect(releases[0]?.[1]).toBe(version);
  });

  it("gives every release upgrade notes", () => {
    expect(releases.length).toBeGreaterThan(0);
    releases.forEach((release, i) => {
      const end = releases[i + 1]?.index ?? changelog.length;
      const entry = changelog.slice(release.index, end);
      expect(entry, release[1]).toMatch(/^### Upgrade notes\n\n- \S/m);
    });
  });
});
