import { describe, expect, it } from "vitest";
import {
  pickVersion,
  requestVersion,
  type VersionSources,
} from "../../../src/terraform/install/version-request.js";

const MODULES = [
  { file: "modules/vsphere/versions.tf", constraint: ">= 1.5.0" },
  { file: "modules/maas/versions.tf", constraint: "< 1.9.0" },
];
const RELEASES = ["1.5.7", "1.8.4", "1.8.5", "1.9.0-rc1", "1.9.8", "1.10.2"];

function sources(overrides: Partial<VersionSources> = {}): VersionSources {
  return { files: {}, requiredVersions: MODULES, problems: [], ...overrides };
}

function resolve(tool: "terraform" | "tofu", given: VersionSources) {
  const request = requestVersion(tool, given);
  if (!request.ok) return { issues: request.issues };
  const picked = pickVersion(tool, request.value, RELEASES);
  return picked.ok
    ? { version: picked.version, source: request.value.source, warnings: request.warnings }
    : { issues: [picked.issue] };
}

describe("requestVersion + pickVersion", () => {
  it("takes the input first", () => {
    const files = { ".terraform-version": "1.8.4\n", ".tool-versions": "terraform 1.5.7\n" };
    expect(resolve("terraform", sources({ input: "1.8.5", files }))).toEqual({
      version: "1.8.5",
      source: "input",
      warnings: [],
    });
  });

  it("takes the pool settings' version after the input, before the version files", () => {
    const files = { ".terraform-version": "1.8.4\n" };
    const settings = { version: "1.5.7", source: "spec.terraform.version in pools/settings.yaml:3" };
    expect(resolve("terraform", sources({ settings, files }))).toEqual({
      version: "1.5.7",
      source: "spec.terraform.version in pools/settings.yaml:3",
      warnings: [],
    });
    expect(resolve("terraform", sources({ input: "1.8.5", settings, files }))).toMatchObject({
      version: "1.8.5",
      source: "input",
    });
  });

  it("takes .terraform-version next, then .tool-versions", () => {
    const files = { ".terraform-version": "1.8.4\n", ".tool-versions": "terraform 1.5.7\n" };
    expect(resolve("terraform", sources({ input: "  ", files }))).toMatchObject({
      version: "1.8.4",
      source: ".terraform-version",
    });
    expect(resolve("terraform", sources({ files: { ".tool-versions": "terraform 1.5.7\n" } }))).toMatchObject(
      {
        version: "1.5.7",
        source: ".tool-versions",
      },
    );
  });

  it("reads .opentofu-version and the opentofu line of .tool-versions for tofu, never terraform's", () => {
    const files = { ".terraform-version": "1.8.4\n", ".tool-versions": "terraform 1.8.4\nopentofu 1.8.5\n" };
    expect(resolve("tofu", sources({ files }))).toMatchObject({ version: "1.8.5", source: ".tool-versions" });
    expect(resolve("tofu", sources({ files: { ...files, ".opentofu-version": "1.5.7" } }))).toMatchObject({
      version: "1.5.7",
      source: ".opentofu-version",
    });
  });

  it("otherwise picks the newest stable release meeting every required_version", () => {
    expect(resolve("terraform", sources())).toEqual({
      version: "1.8.5",
      source: "required_version in modules/vsphere/versions.tf, modules/maas/versions.tf",
      warnings: [],
    });
    expect(resolve("terraform", sources({ requiredVersions: [] }))).toMatchObject({
      version: "1.10.2",
      source: "newest release",
    });
  });

  it("combines input constraints and latest with required_version", () => {
    expect(resolve("terraform", sources({ input: "~> 1.5.0" }))).toMatchObject({
      version: "1.5.7",
      source: "input and required_version in modules/vsphere/versions.tf, modules/maas/versions.tf",
    });
    expect(resolve("terraform", sources({ files: { ".terraform-version": "latest" } }))).toMatchObject({
      version: "1.8.5",
    });
  });

  it("warns when a pin contradicts required_version, since init will refuse it", () => {
    expect(resolve("terraform", sources({ input: "1.9.8" }))).toEqual({
      version: "1.9.8",
      source: "input",
      warnings: [
        "Terraform 1.9.8 from input does not satisfy required_version in modules/vsphere/versions.tf, " +
          "modules/maas/versions.tf (>= 1.5.0, < 1.9.0); init will refuse it",
      ],
    });
  });

  it("names the source of every problem", () => {
    expect(resolve("terraform", sources({ files: { ".terraform-version": "1.8\n" } }))).toEqual({
      issues: ['.terraform-version: "1.8" is not a version; expected an exact version (1.8.5) or "latest"'],
    });
    const broken = sources({
      requiredVersions: [{ file: "modules/x/versions.tf", constraint: ">= one" }],
      problems: ["main.tf.json: not valid JSON (Unexpected end of JSON input)"],
    });
    expect(resolve("terraform", broken)).toEqual({
      issues: [
        "main.tf.json: not valid JSON (Unexpected end of JSON input)",
        'modules/x/versions.tf: required_version: ">= one" is not a version constraint; use an operator ' +
          '(=, !=, >, >=, <, <=, ~>) and a version, e.g. ">= 1.5.0, < 2.0.0" or "~> 1.8"',
      ],
    });
    // A pinned version does not need the constraints: what cannot be read is only a warning.
    expect(resolve("terraform", { ...broken, input: "1.8.5" })).toMatchObject({
      version: "1.8.5",
      warnings: [expect.stringContaining("main.tf.json"), expect.stringContaining("modules/x/versions.tf")],
    });
  });

  it("says when no release fits, and which one is newest", () => {
    expect(resolve("tofu", sources({ input: ">= 2.0.0" }))).toEqual({
      issues: [
        "no OpenTofu release satisfies >= 2.0.0, >= 1.5.0, < 1.9.0 " +
          "(input and required_version in modules/vsphere/versions.tf, modules/maas/versions.tf); " +
          "the newest release is 1.10.2",
      ],
    });
  });
});
