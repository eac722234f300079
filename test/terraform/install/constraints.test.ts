import { describe, expect, it } from "vitest";
import {
  type Constraint,
  newestSatisfying,
  parseConstraints,
  satisfiesAll,
} from "../../../src/terraform/install/constraints.js";
import {
  compareVersions,
  parseReleaseVersion,
  parseVersion,
} from "../../../src/terraform/install/version.js";

function constraints(text: string): Constraint[] {
  const parsed = parseConstraints(text);
  if (!parsed.ok) throw new Error(parsed.issue);
  return parsed.value;
}

function meets(version: string, text: string): boolean {
  const parsed = parseReleaseVersion(version);
  if (!parsed) throw new Error(`bad version ${version}`);
  return satisfiesAll(parsed, constraints(text));
}

describe("parseVersion / compareVersions", () => {
  it("reads one to three numbers, a pre-release and ignores build metadata", () => {
    expect(parseVersion("1.8")).toEqual({ major: 1, minor: 8, patch: 0, prerelease: "", written: 2 });
    expect(parseVersion("v1.9.0-alpha20240516")).toMatchObject({ patch: 0, prerelease: "alpha20240516" });
    expect(parseVersion("1.8.5+ent")).toMatchObject({ patch: 5, prerelease: "", written: 3 });
    for (const bad of ["", "1.8.5.1", "one", "1.8.x", "1.8.5-", "../1.8.5"])
      expect(parseVersion(bad)).toBeUndefined();
    expect(parseReleaseVersion("1.8")).toBeUndefined();
  });

  it("orders pre-releases before their release, numerically where both are numbers", () => {
    const sorted = [
      "1.10.0",
      "1.9.0",
      "1.9.0-rc1",
      "1.9.0-alpha20240516",
      "1.9.0-beta2",
      "1.9.0-beta10",
      "1.2.10",
    ]
      .map((text) => ({ text, version: parseVersion(text) }))
      .sort((a, b) => compareVersions(a.version ?? fail(), b.version ?? fail()))
      .map((v) => v.text);
    expect(sorted).toEqual([
      "1.2.10",
      "1.9.0-alpha20240516",
      "1.9.0-beta10",
      "1.9.0-beta2",
      "1.9.0-rc1",
      "1.9.0",
      "1.10.0",
    ]);
    expect(
      compareVersions(parseVersion("1.0.0-rc.2") ?? fail(), parseVersion("1.0.0-rc.10") ?? fail()),
    ).toBeLessThan(0);
  });
});

describe("parseConstraints", () => {
  it("reads Terraform's operators, a bare version meaning =", () => {
    expect(constraints(">= 1.5.0, < 2.0.0").map((c) => [c.operator, c.text])).toEqual([
      [">=", ">= 1.5.0"],
      ["<", "< 2.0.0"],
    ]);
    expect(constraints("~>1.8")[0]).toMatchObject({ operator: "~>", version: { written: 2 } });
    expect(constraints("1.8.5")[0]?.operator).toBe("=");
    expect(constraints("!= 1.6.0")[0]?.operator).toBe("!=");
  });

  it("explains what is wrong with a constraint it cannot read", () => {
    expect(parseConstraints(">= 1.5.0,")).toEqual({
      ok: false,
      issue: expect.stringContaining('"" is not a version constraint; use an operator'),
    });
    expect(parseConstraints("=> 1.5")).toMatchObject({ ok: false });
    expect(parseConstraints("^1.5")).toMatchObject({ ok: false });
  });
});

describe("satisfiesAll", () => {
  it.each([
    ["1.8.5", ">= 1.5.0, < 2.0.0", true],
    ["2.0.0", ">= 1.5.0, < 2.0.0", false],
    ["1.9.3", "~> 1.8", true],
    ["2.0.0", "~> 1.8", false],
    ["1.7.9", "~> 1.8", false],
    ["1.8.9", "~> 1.8.5", true],
    ["1.9.0", "~> 1.8.5", false],
    ["1.8.4", "~> 1.8.5", false],
    ["3.1.0", "~> 1", true],
    ["1.8.5", "= 1.8.5", true],
    ["1.8.5", "1.8.5", true],
    ["1.8.5", "!= 1.8.5", false],
    ["1.8.0", "= 1.8", true],
    ["1.6.0", "> 1.5.7, <= 1.6.0", true],
  ])("%s against %s is %s", (version, text, expected) => {
    expect(meets(version, text)).toBe(expected);
  });

  it("admits a pre-release only where the constraint names one of the same version", () => {
    expect(meets("1.9.0-beta1", ">= 1.5.0")).toBe(false);
    expect(meets("1.9.0-beta2", ">= 1.9.0-alpha1")).toBe(true);
    expect(meets("1.10.0-beta1", ">= 1.9.0-alpha1")).toBe(false);
    expect(meets("1.9.0-beta1", "= 1.9.0-beta1")).toBe(true);
    expect(meets("1.9.0-rc1", "~> 1.9.0-beta1")).toBe(true);
    expect(meets("1.9.0", "~> 1.9.0-beta1")).toBe(false);
  });
});

describe("newestSatisfying", () => {
  const available = ["1.5.7", "1.6.0-rc1", "1.8.5", "1.9.0-beta2", "1.9.8", "1.10.0-alpha20240606", "2.0.0"];

  it("picks the newest release, skipping pre-releases unless a constraint names one", () => {
    expect(newestSatisfying(available, [])).toBe("2.0.0");
    expect(newestSatisfying(available, constraints(">= 1.5.0, < 2.0.0"))).toBe("1.9.8");
    expect(newestSatisfying(available, constraints("~> 1.8.0"))).toBe("1.8.5");
    expect(newestSatisfying(available, constraints("!= 2.0.0"))).toBe("1.9.8");
    expect(newestSatisfying(available, constraints("~> 1.9.0-beta1"))).toBe("1.9.0-beta2");
    // As in go-version (and so in Terraform): "< 1.9.0" names no pre-release, so it admits none.
    expect(newestSatisfying(available, constraints(">= 1.9.0-beta1, < 1.9.0"))).toBeUndefined();
    expect(newestSatisfying(available, constraints("= 1.10.0-alpha20240606"))).toBe("1.10.0-alpha20240606");
  });

  it("returns undefined when nothing fits, and skips entries that are not versions", () => {
    expect(newestSatisfying(available, constraints(">= 3.0.0"))).toBeUndefined();
    expect(newestSatisfying(["latest", "1.8", "1.8.5"], [])).toBe("1.8.5");
  });
});

function fail(): never {
  throw new Error("unparsable version in test data");
}
