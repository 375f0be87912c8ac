import type { ByteProblem, InvalidUtf8Reason } from "./byte-problems";
import type { FoundProblem } from "./check-built-file";

export interface IntegrityProblem extends FoundProblem {
  /** The built file, relative to the project root with `/` separators: `public/a/index.html`. */
  file: string;
}

/** A broken build can have a problem on every page; the first few say what is wrong. */
const MAX_PER_FILE = 5;
const MAX_FILES = 20;

const REASONS: Record<InvalidUtf8Reason, string> = {
  truncated: "a character cut short",
  overlong: "an overlong encoding",
  surrogate: "a UTF-16 surrogate",
  "out-of-range": "a code point beyond U+10FFFF",
  "stray-continuation": "continuation bytes with no character to continue",
  "invalid-byte": "a byte that UTF-8 never uses",
};

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : `${count} ${many}`;
}

function describe(problem: ByteProblem): string {
  switch (problem.kind) {
    case "nul":
      return plural(problem.length, "a NUL byte", "NUL bytes");
    case "replacement": {
      const what = plural(problem.length / 3, "a U+FFFD", "U+FFFD characters");
      return `${what} (the replacement character) that no source has`;
    }
    case "invalid-utf8": {
      const what = plural(problem.length, "a byte that is", "bytes that are");
      return `${what} not UTF-8 (${REASONS[problem.reason]})`;
    }
  }
}

/** `public/a/index.html: byte 2046: NUL bytes … in "…ゼ␀␀ロ…"` */
export function formatIntegrityProblem(found: IntegrityProblem): string {
  return `${found.file}: byte ${found.problem.offset}: ${describe(found.problem)} in "${found.shown}"`;
}

/**
 * The report of a build whose files hold bytes no source has: the problems grouped by file, at
 * most MAX_PER_FILE of each and MAX_FILES files, and the counts.
 */
export function formatIntegrityReport(
  problems: readonly IntegrityProblem[],
  checkedFiles: number,
): string {
  const byFile = new Map<string, IntegrityProblem[]>();
  for (const problem of problems) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const lines: string[] = [];
  for (const [file, list] of [...byFile].slice(0, MAX_FILES)) {
    lines.push(...list.slice(0, MAX_PER_FILE).map(formatIntegrityProblem));
    if (list.length > MAX_PER_FILE) lines.push(`${file}: ${list.length - MAX_PER_FILE} more`);
  }
  if (byFile.size > MAX_FILES) lines.push(`… and ${byFile.size - MAX_FILES} more files`);
  const hasNul = problems.some((found) => found.problem.kind === "nul");
  return [
    "The built site holds bytes that its sources do not: NUL, U+FFFD or invalid UTF-8. Nothing is safe to publish until they are gone.",
    ...lines,
    "",
    `${plural(problems.length, "1 problem", "problems")} in ${plural(byFile.size, "1 file", "files")} (${checkedFiles} files checked).`,
    ...(hasNul
      ? [
          "NUL bytes next to multi-byte characters come from React 18's streaming renderer (react issue 31134), which replaceRenderer in gatsby-ssr.tsx keeps out of the pages.",
        ]
      : []),
  ].join("\n");
}
