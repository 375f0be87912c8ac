import { DEFAULT_VIEW, SEE_ALL_HINTS, ruleMatches, type ReportView } from "./report-options";
import type { Problem } from "./types";

/** How many warnings of each rule the short report shows. */
export const SHOWN_PER_RULE = 3;

export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}

/** `path:line:col`, leaving out what is unknown. */
export function formatLocation(problem: Problem): string {
  return [problem.file, problem.line, problem.line === null ? null : problem.column]
    .filter((part) => part !== null)
    .join(":");
}

/** `path:line:col: severity: message [rule]`, the form editors and grep understand. */
export function formatProblem(problem: Problem): string {
  return `${formatLocation(problem)}: ${problem.severity}: ${problem.message} [${problem.rule}]`;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  notes: number;
  /** Files with an error or a warning. */
  files: number;
}

export function summarize(problems: readonly Problem[]): ReportSummary {
  const serious = problems.filter((problem) => problem.severity !== "note");
  return {
    errors: problems.filter((problem) => problem.severity === "error").length,
    warnings: problems.filter((problem) => problem.severity === "warning").length,
    notes: problems.length - serious.length,
    files: new Set(serious.map((problem) => problem.file)).size,
  };
}

/** The warnings of one rule, in file order. */
export interface WarningGroup {
  rule: string;
  problems: Problem[];
  files: number;
  /** The message every warning of the group shares, or null when they differ. */
  sharedMessage: string | null;
}

/** Warnings by rule, the largest group first, so the bulk of a migration's noise leads. */
export function groupWarnings(problems: readonly Problem[]): WarningGroup[] {
  const byRule = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.severity !== "warning") continue;
    const members = byRule.get(problem.rule);
    if (members) members.push(problem);
    else byRule.set(problem.rule, [problem]);
  }
  return [...byRule]
    .map(([rule, members]) => {
      const sorted = members.sort(compareProblems);
      const first = sorted[0]?.message ?? "";
      return {
        rule,
        problems: sorted,
        files: new Set(sorted.map((problem) => problem.file)).size,
        sharedMessage: sorted.every((problem) => problem.message === first) ? first : null,
      };
    })
    .sort((a, b) => b.problems.length - a.problems.length || a.rule.localeCompare(b.rule));
}

/** Notes that say the same thing, in file order. */
export interface NoteGroup {
  rule: string;
  message: string;
  problems: Problem[];
  files: number;
}

/**
 * Notes by rule and message, the largest group first: each says how the site read one thing
 * (`spoiler` as `description`), and where it did matters less than how often.
 */
export function groupNotes(problems: readonly Problem[]): NoteGroup[] {
  const byText = new Map<string, Problem[]>();
  for (const problem of problems) {
    if (problem.severity !== "note") continue;
    const key = `${problem.rule}\n${problem.message}`;
    const members = byText.get(key);
    if (members) members.push(problem);
    else byText.set(key, [problem]);
  }
  return [...byText.values()]
    .map((members) => {
      const sorted = members.sort(compareProblems);
      const first = sorted[0] as Problem;
      return {
        rule: first.rule,
        message: first.message,
        problems: sorted,
        files: new Set(sorted.map((problem) => problem.file)).size,
      };
    })
    .sort(
      (a, b) =>
        b.problems.length - a.problems.length ||
        a.rule.localeCompare(b.rule) ||
        a.message.localeCompare(b.message),
    );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** One line per problem, a blank line between files. */
function listByFile(problems: readonly Problem[]): string[] {
  const lines: string[] = [];
  let currentFile: string | null = null;
  for (const problem of [...problems].sort(compareProblems)) {
    if (currentFile !== null && problem.file !== currentFile) lines.push("");
    currentFile = problem.file;
    lines.push(formatProblem(problem));
  }
  return lines;
}

/** A rule's count and message, then its first `shown` locations, indented. */
function formatGroup(group: WarningGroup, shown: number): string[] {
  const count = plural(group.problems.length, "warning");
  const files = group.files > 1 ? ` in ${group.files} files` : "";
  const message = group.sharedMessage === null ? "" : ` ${group.sharedMessage}`;
  const lines = [`${count} [${group.rule}]${files}:${message}`];
  for (const problem of group.problems.slice(0, shown)) {
    const where = formatLocation(problem);
    lines.push(group.sharedMessage === null ? `  ${where}: ${problem.message}` : `  ${where}`);
  }
  const hidden = group.problems.length - shown;
  if (hidden > 0) lines.push(`  … and ${hidden} more`);
  return lines;
}

/** One line for a group of notes; a note of its own keeps its place. */
function formatNoteGroup(group: NoteGroup): string {
  const [only] = group.problems;
  if (group.problems.length === 1 && only !== undefined) return formatProblem(only);
  const files = group.files > 1 ? ` in ${group.files} files` : "";
  return `${plural(group.problems.length, "note")} [${group.rule}]${files}: ${group.message}`;
}

function summaryLine(problems: readonly Problem[], checkedFiles: number): string {
  const { errors, warnings, notes, files } = summarize(problems);
  const checked = plural(checkedFiles, "file");
  const noted = notes > 0 ? `; ${plural(notes, "note")}` : "";
  if (errors + warnings === 0) {
    return notes === 0 ? `No problems in ${checked}.` : `No problems in ${checked}${noted}.`;
  }
  return `${plural(errors, "error")} and ${plural(warnings, "warning")} in ${plural(files, "file")} (${checked} checked)${noted}.`;
}

const isError = (problem: Problem): boolean => problem.severity === "error";
const isWarning = (problem: Problem): boolean => problem.severity === "warning";
const isNote = (problem: Problem): boolean => problem.severity === "note";

/** Every problem of the asked-for rules, errors first, and how many of all problems they are. */
function ruleSections(problems: readonly Problem[], rules: readonly string[]): string[][] {
  const chosen = problems.filter((problem) =>
    rules.some((pattern) => ruleMatches(pattern, problem.rule)),
  );
  const asked = rules.join(", ");
  if (chosen.length === 0 && problems.length > 0) {
    const present = [...new Set(problems.map((problem) => problem.rule))].sort();
    return [[`No problems of ${asked}; the rules with problems are ${present.join(", ")}.`]];
  }
  return [
    listByFile(chosen.filter(isError)),
    listByFile(chosen.filter(isWarning)),
    listByFile(chosen.filter(isNote)),
    chosen.length < problems.length
      ? [
          `Shown: the ${plural(chosen.length, "problem")} of ${asked}; ${plural(problems.length - chosen.length, "other")} left out.`,
        ]
      : [],
  ];
}

/**
 * Errors in full, then warnings and notes: in full with `all`; else a few warnings of each rule,
 * one line for each kind of note, and the hint.
 */
function shortSections(
  problems: readonly Problem[],
  all: boolean,
  shown: number,
  seeAll: string,
): string[][] {
  const errors = listByFile(problems.filter(isError));
  if (all) {
    return [errors, listByFile(problems.filter(isWarning)), listByFile(problems.filter(isNote))];
  }
  const groups = groupWarnings(problems);
  const notes = groupNotes(problems);
  const leftOut = [
    ...(groups.some((group) => group.problems.length > shown)
      ? [`Each rule shows its first ${plural(shown, "warning")}`]
      : []),
    ...(notes.some((group) => group.problems.length > 1) ? ["each note sums up its posts"] : []),
  ];
  const hint = leftOut.length > 0 ? [[`${capitalized(leftOut.join(", and "))}; ${seeAll}.`]] : [];
  return [
    errors,
    ...groups.map((group) => formatGroup(group, shown)),
    notes.map(formatNoteGroup),
    ...hint,
  ];
}

function capitalized(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

export interface ReportOptions {
  /** What to list; by default every error and a few warnings of each rule. */
  view?: ReportView;
  /** How the reader gets the left-out warnings, as a clause: "`npm run check -- --all` lists …". */
  seeAll?: string;
  /** Warnings shown per rule when they are not all listed. */
  shownPerRule?: number;
}

/**
 * The whole report. Errors come first, every one, grouped by file, because they are what stops a
 * build; warnings follow grouped by rule with their count and first locations, since hundreds of
 * them (an old blog moved in) would otherwise bury the errors. The last line has the counts of
 * every problem, whatever the view left out.
 */
export function formatReport(
  problems: readonly Problem[],
  checkedFiles: number,
  options: ReportOptions = {},
): string {
  const view = options.view ?? DEFAULT_VIEW;
  const sections =
    view.rules.length > 0
      ? ruleSections(problems, view.rules)
      : shortSections(
          problems,
          view.all,
          options.shownPerRule ?? SHOWN_PER_RULE,
          options.seeAll ?? SEE_ALL_HINTS.check,
        );
  return [...sections, [summaryLine(problems, checkedFiles)]]
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join("\n"))
    .join("\n\n");
}

/** Whether the problems must stop a build: any error, or any warning when strict; never a note. */
export function mustFail(problems: readonly Problem[], strict: boolean): boolean {
  return problems.some(
    (problem) => problem.severity === "error" || (strict && problem.severity === "warning"),
  );
}
