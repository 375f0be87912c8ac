import { workflowCommands } from "../lib/content-check/annotations";
import { formatReport } from "../lib/content-check/report";
import { REPORT_ENV, parseReportEnv } from "../lib/content-check/report-options";
import type { Problem } from "../lib/content-check/types";

/**
 * A report printed by the Gatsby process, listing what CHECK_REPORT asks for: Gatsby's command
 * line is not ours to extend, and `npm run build` hands its `--all` and `--rule` on this way.
 */
export function formatGatsbyReport(
  problems: readonly Problem[],
  checkedFiles: number,
  seeAll: string,
): string {
  return formatReport(problems, checkedFiles, {
    view: parseReportEnv(process.env[REPORT_ENV]),
    seeAll,
  });
}

/** The problems as GitHub Actions annotations, when the build runs there. */
export function printAnnotations(problems: readonly Problem[]): void {
  // Straight to stdout: a workflow command must start its line, which Gatsby's reporter prefixes.
  for (const line of workflowCommands(problems, process.env, process.cwd())) {
    process.stdout.write(`${line}\n`);
  }
}
