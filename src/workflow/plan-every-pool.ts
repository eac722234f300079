import { hasLabel } from "../github/pull-requests.js";
import { PLAN_ALL_LABEL } from "../plan/affected-pools.js";
import type { WorkflowContext } from "./context.js";

/**
 * Why a change covers every pool (a module upgrade), or undefined: the action's pin changed since
 * `ref`, or the pull request carries the plan-all label.
 */
export async function planEveryPool(
  ctx: WorkflowContext,
  ref: string,
  pullNumber: number,
): Promise<string | undefined> {
  if (await ctx.actionPinChanged(ref)) return "the action's pin changed";
  if (ctx.github && pullNumber > 0) {
    const { owner, repo } = ctx.github;
    if (await hasLabel(ctx.github.client, { owner, repo, number: pullNumber, label: PLAN_ALL_LABEL }))
      return `the ${PLAN_ALL_LABEL} label`;
  }
  return undefined;
}
