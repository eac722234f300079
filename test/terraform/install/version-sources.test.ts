import { describe, expect, it } from "vitest";
import {
  findRequiredVersions,
  parsePin,
  readToolVersions,
  readVersionFile,
} from "../../../src/terraform/install/version-sources.js";

describe("version files", () => {
  it("reads the first meaningful line of .terraform-version / .opentofu-version", () => {
    expect(readVersionFile("# pinned for CI\n\n  1.8.5  \n1.9.0\n")).toBe("1.8.5");
    expect(readVersionFile("\r\nv1.6.3\r\n")).toBe("v1.6.3");
    expect(readVersionFile("# nothing\n")).toBeUndefined();
  });

  it("reads the tool's first version from .tool-versions", () => {
    const text = "# asdf\nnodejs 20.20.2\nterraform 1.8.5 1.7.0 # newest first\nopentofu   1.6.3\n";
    expect(readToolVersions(text, "terraform")).toBe("1.8.5");
    expect(readToolVersions(text, "opentofu")).toBe("1.6.3");
    expect(readToolVersions(text, "tofu")).toBeUndefined();
  });

  it("accepts an exact version or latest in files, and constraints only as input", () => {
    expect(parsePin("v1.8.5", false)).toEqual({ ok: true, value: { kind: "exact", version: "1.8.5" } });
    expect(parsePin("latest", false)).toEqual({ ok: true, value: { kind: "latest" } });
    expect(parsePin("~> 1.8", true)).toMatchObject({ ok: true, value: { kind: "constraints" } });
    expect(parsePin("~> 1.8", false)).toEqual({
      ok: false,
      issue: '"~> 1.8" is not a version; expected an exact version (1.8.5) or "latest"',
    });
    expect(parsePin("latest:^1.8", false)).toMatchObject({ ok: false });
    expect(parsePin("1.8", true)).toEqual({
      ok: false,
      issue:
        '"1.8" is not a version; expected an exact version (1.8.5), "latest", or constraints (~> 1.8, >= 1.5.0, < 2.0.0)',
    });
  });
});

describe("findRequiredVersions", () => {
  it("reads required_version from HCL, ignoring comments but not strings holding #", () => {
    const tf = [
      '# required_version = "= 0.12.0"',
      '// required_version = "= 0.13.0"',
      '/* terraform { required_version = "= 0.14.0" } */',
      'locals { tag = "#not-a-comment" }',
      "terraform {",
      '  required_version = ">= 1.5.0, < 2.0.0" # trailing comment',
      "}",
    ].join("\n");
    expect(findRequiredVersions("modules/proxmox/versions.tf", tf)).toEqual({
      found: [{ file: "modules/proxmox/versions.tf", constraint: ">= 1.5.0, < 2.0.0" }],
      problems: [],
    });
  });

  it("reads required_version from JSON syntax, one block or a list of them", () => {
    expect(
      findRequiredVersions("main.tf.json", '{"terraform": {"required_version": "~> 1.8"}}').found,
    ).toEqual([{ file: "main.tf.json", constraint: "~> 1.8" }]);
    expect(
      findRequiredVersions("main.tf.json", '{"terraform": [{"required_version": ">= 1.5"}, {"backend": {}}]}')
        .found,
    ).toEqual([{ file: "main.tf.json", constraint: ">= 1.5" }]);
    expect(findRequiredVersions("x.tf.json", '{"resource": {}}')).toEqual({ found: [], problems: [] });
    expect(findRequiredVersions("bad.tf.json", "{").problems[0]).toMatch(/^bad\.tf\.json: not valid JSON/);
  });
});
