/** The parts of `terraform show -json PLANFILE` (format_version 0.x and 1.x) that we read. */

export type ChangeAction = "no-op" | "create" | "read" | "update" | "delete";

export interface PlanResourceChange {
  address: string;
  module_address?: string;
  mode?: "managed" | "data";
  type: string;
  name: string;
  index?: string | number;
  action_reason?: string;
  change: {
    actions: ChangeAction[];
    before: unknown;
    after: unknown;
    after_unknown?: unknown;
    before_sensitive?: unknown;
    after_sensitive?: unknown;
    replace_paths?: unknown[][];
  };
}

/** A root module output's change (`output_changes`): before is null for an output new to the state. */
export interface PlanOutputChange {
  actions: ChangeAction[];
  before: unknown;
  after: unknown;
}

export interface PlanJson {
  format_version: string;
  terraform_version?: string;
  resource_changes?: PlanResourceChange[];
  resource_drift?: PlanResourceChange[];
  output_changes?: Record<string, PlanOutputChange>;
  errored?: boolean;
}

/** A plan JSON document we cannot read: its message says what is wrong with it. */
export class PlanFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanFormatError";
  }
}

/** Parses and checks the shape of plan JSON, accepting every format_version 0.x and 1.x. */
export function parsePlanJson(text: string): PlanJson {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PlanFormatError(`plan JSON does not parse: ${(error as Error).message}`);
  }
  const plan = value as Partial<PlanJson> | null;
  if (typeof plan !== "object" || plan === null || typeof plan.format_version !== "string") {
    throw new PlanFormatError(
      "plan JSON has no format_version: is this `terraform show -json` of a plan file?",
    );
  }
  if (!/^[01]\./.test(plan.format_version)) {
    throw new PlanFormatError(
      `plan JSON format_version ${plan.format_version} is not supported (0.x and 1.x are)`,
    );
  }
  for (const list of [plan.resource_changes, plan.resource_drift]) {
    if (list !== undefined && !Array.isArray(list))
      throw new PlanFormatError("resource_changes must be a list");
    for (const change of list ?? []) {
      if (typeof change?.address !== "string" || !Array.isArray(change.change?.actions)) {
        throw new PlanFormatError(
          `a resource change lacks address or change.actions: ${JSON.stringify(change).slice(0, 120)}`,
        );
      }
    }
  }
  return plan as PlanJson;
}
