import type { Problem } from "./types";

function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}

/** `path:line:col: severity: message`, the form editors and grep understand. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.line === null ? null : problem.column]
    .filter((part) => part !== null)
    .join(":");
  return `${where}: ${problem.severity}: ${problem.message} [${problem.rule}]`;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  files: number;
}

export function summarize(problems: readonly Problem[]): ReportSummary {
  return {
    errors: problems.filter((problem) => problem.severity === "error").length,
    warnings: problems.filter((problem) => problem.severity === "warning").length,
    files: new Set(problems.map((problem) => problem.file)).size,
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * The whole report: problems grouped by file (a blank line between files), in file order, then
 * one line with the counts.
 */
export function formatReport(problems: readonly Problem[], checkedFiles: number): string {
  const sorted = [...problems].sort(compareProblems);
  const lines: string[] = [];
  let currentFile: string | null = null;
  for (const problem of sorted) {
    if (currentFile !== null && problem.file !== currentFile) lines.push("");
    currentFile = problem.file;
    lines.push(formatProblem(problem));
  }
  const { errors, warnings, files } = summarize(problems);
  if (lines.length > 0) lines.push("");
  lines.push(
    problems.length === 0
      ? `No problems in ${plural(checkedFiles, "file")}.`
      : `${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(files, "file")} (${plural(checkedFiles, "file")} checked).`,
  );
  return lines.join("\n");
}

/** Whether the problems must stop a build: any error, or any warning when strict. */
export function mustFail(problems: readonly Problem[], strict: boolean): boolean {
  return problems.some((problem) => problem.severity === "error" || strict);
}
