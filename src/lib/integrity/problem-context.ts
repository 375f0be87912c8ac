import type { ByteProblem } from "./byte-problems";

/** Bytes decoded on each side of a problem: enough for the longest word of a CJK sentence. */
const RADIUS = 1024;
/** Characters of context shown on each side of a problem in a report. */
const SHOWN = 24;

/** Kept as a character, so that a window that starts with one is not shortened. */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

const isContinuation = (byte: number | undefined): boolean =>
  byte !== undefined && (byte & 0xc0) === 0x80;

export interface ProblemContext {
  /** The text around the problem, decoded (bad bytes as U+FFFD); never a whole file. */
  text: string;
  /** Where the problem's own bytes begin and end in `text`. */
  start: number;
  end: number;
}

/**
 * The problem's surroundings, decoded from at most RADIUS bytes each side, cut where characters
 * start so that the cut makes no U+FFFD of its own.
 */
export function problemContext(bytes: Uint8Array, problem: ByteProblem): ProblemContext {
  const problemEnd = problem.offset + problem.length;
  let from = Math.max(0, problem.offset - RADIUS);
  while (from < problem.offset && isContinuation(bytes[from])) from += 1;
  let to = Math.min(bytes.length, problemEnd + RADIUS);
  while (to > problemEnd && isContinuation(bytes[to])) to -= 1;
  const before = decoder.decode(bytes.subarray(from, problem.offset));
  const own = decoder.decode(bytes.subarray(problem.offset, problemEnd));
  const after = decoder.decode(bytes.subarray(problemEnd, to));
  return { text: before + own + after, start: before.length, end: before.length + own.length };
}

const hexByte = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, "0");

/** Whitespace as one space, NUL as ␀ and other control characters as `\xNN`, for one line. */
function visible(text: string): string {
  return [...text.replace(/\s+/g, " ")]
    .map((char) => {
      const code = char.charCodeAt(0);
      if (code === 0) return "\u2400";
      return code < 0x20 || code === 0x7f ? `\\x${hexByte(code)}` : char;
    })
    .join("");
}

/**
 * One line showing the problem in its text: `…表現学習 ␀␀学ぶ…`, with invalid bytes in hex
 * (`\xE3\x81`) and up to SHOWN characters on each side.
 */
export function showProblem(bytes: Uint8Array, problem: ByteProblem): string {
  const { text, start, end } = problemContext(bytes, problem);
  const before = [...text.slice(0, start)];
  const after = [...text.slice(end)];
  const own =
    problem.kind === "invalid-utf8"
      ? [...bytes.subarray(problem.offset, problem.offset + problem.length)]
          .map((byte) => `\\x${hexByte(byte)}`)
          .join("")
      : visible(text.slice(start, end));
  return [
    before.length > SHOWN ? "…" : "",
    visible(before.slice(-SHOWN).join("")),
    own,
    visible(after.slice(0, SHOWN).join("")),
    after.length > SHOWN ? "…" : "",
  ].join("");
}
