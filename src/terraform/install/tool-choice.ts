import type { RepositorySettings } from "../../pool-format/types.js";
import type { ToolName } from "./tools.js";

export interface ToolChoice {
  tool: ToolName;
  /** The settings' exact version, when they pin one and the tool is theirs: the input still wins. */
  settings?: { version: string; source: string };
}

/**
 * Which binary runs the pools: the `tool` input (action) or `--tool` flag (CLI) when given, else
 * NodePoolSettings `spec.terraform.tool`. The settings' version only goes with the settings' tool:
 * a terraform version means nothing to tofu.
 */
export function chooseTool(given: { tool?: ToolName | undefined }, settings: RepositorySettings): ToolChoice {
  const tool = given.tool ?? settings.terraform.tool;
  const { version } = settings.terraform;
  if (!version || tool !== settings.terraform.tool) return { tool };
  const where = settings.source ? `${settings.source.file}:${settings.source.line}` : "NodePoolSettings";
  return { tool, settings: { version, source: `spec.terraform.version in ${where}` } };
}
