import type { BuiltFileKind } from "./built-file-kind";
import { findByteProblems, type ByteProblem } from "./byte-problems";
import { problemContext, showProblem } from "./problem-context";
import { wordAt } from "./replacement-words";

/** A problem that stays after the sources had their say, with its text for the report. */
export interface FoundProblem {
  problem: ByteProblem;
  /** The problem in its text, on one line (see showProblem). */
  shown: string;
}

/**
 * The problems of one built file. A U+FFFD is accepted in rendered text when its word is one of
 * `acceptedWords` (the words of the sources that hold one, see replacementWords), and in code.
 */
export function checkBuiltFile(
  bytes: Uint8Array,
  kind: BuiltFileKind,
  acceptedWords: ReadonlySet<string>,
): FoundProblem[] {
  return findByteProblems(bytes)
    .filter((problem) => {
      if (problem.kind !== "replacement") return true;
      if (kind === "code") return false;
      const { text, start } = problemContext(bytes, problem);
      return !acceptedWords.has(wordAt(text, start));
    })
    .map((problem) => ({ problem, shown: showProblem(bytes, problem) }));
}
