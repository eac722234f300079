import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { parseType, type TerraformType } from "./terraform-types.js";

export interface ModuleVariable {
  type: TerraformType;
  required: boolean;
}

/** A module's variables, read with HashiCorp's HCL parser (WebAssembly build) from every .tf file. */
export async function readModuleVariables(moduleDir: string): Promise<Record<string, ModuleVariable>> {
  const variables: Record<string, ModuleVariable> = {};
  for (const name of readdirSync(moduleDir).filter((f) => f.endsWith(".tf"))) {
    const parsed = (await parse(name, readFileSync(join(moduleDir, name), "utf8"))) as {
      variable?: Record<string, { type?: string; default?: unknown }[]>;
    };
    for (const [variable, [block]] of Object.entries(parsed.variable ?? {})) {
      if (!block) continue;
      variables[variable] = {
        type: block.type ? parseType(block.type) : { kind: "any" },
        required: !("default" in block),
      };
    }
  }
  return variables;
}
