import { describe, expect, it } from "vitest";
import type { RepositorySettings } from "../../../src/pool-format/types.js";
import { chooseTool } from "../../../src/terraform/install/tool-choice.js";

const settings = (terraform: RepositorySettings["terraform"], withSource = true): RepositorySettings => ({
  backend: { local: { directory: ".nodepool-state" } },
  terraform,
  ...(withSource ? { source: { file: "pools/settings.yaml", line: 3 } } : {}),
});

describe("which tool runs the pools", () => {
  it.each([
    ["the settings' tool when none is given", undefined, { tool: "tofu" }, { tool: "tofu" }],
    ["the given tool over the settings'", "terraform", { tool: "tofu" }, { tool: "terraform" }],
    [
      "the settings' version with the settings' tool",
      undefined,
      { tool: "terraform", version: "1.8.5" },
      {
        tool: "terraform",
        settings: { version: "1.8.5", source: "spec.terraform.version in pools/settings.yaml:3" },
      },
    ],
    ["no version of another tool", "tofu", { tool: "terraform", version: "1.8.5" }, { tool: "tofu" }],
  ] as const)("%s", (_, given, terraform, expected) => {
    expect(chooseTool({ tool: given }, settings(terraform))).toEqual(expected);
  });
});
