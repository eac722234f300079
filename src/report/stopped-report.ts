/** The report of a run that stopped before planning anything, with why. */
export function stoppedReport(
  title: "nodepool plan" | "nodepool apply" | "nodepool drift",
  how: "skipped" | "nothing to do" | "refused",
  message: string,
): string {
  return `## ${title}: ${how}\n\n${message}`;
}
