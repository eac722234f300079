/**
 * The plan part of `terraform plan` (or `tofu plan`) output: from its first line to the separator
 * before "Saved the plan to: <path>". Without the refresh progress before it (in no fixed order)
 * and the saved plan's temporary path after it, the same plan always gives the same text: what
 * the comment shows, and what the reviewed hash covers.
 */
export function readPlanText(stdout: string): string {
  const starts = [
    "Terraform used the selected providers",
    "OpenTofu used the selected providers",
    "Terraform will perform the following actions",
    "OpenTofu will perform the following actions",
    "Changes to Outputs:",
    "No changes.",
  ];
  const at = Math.min(...starts.map((marker) => stdout.indexOf(marker)).filter((index) => index >= 0));
  const plan = Number.isFinite(at) ? stdout.slice(at) : stdout;
  const separator = plan.search(/^─{20,}$/m);
  return `${(separator >= 0 ? plan.slice(0, separator) : plan).trimEnd()}\n`;
}
