import { isUtf8 } from "node:buffer";

/** Why a run of bytes is not UTF-8. */
export type InvalidUtf8Reason =
  /** A lead byte whose continuation bytes stop early (or the file ends). */
  | "truncated"
  /** A character encoded with more bytes than it needs (C0, C1, E0 80–9F, F0 80–8F). */
  | "overlong"
  /** A UTF-16 surrogate (ED A0–BF), which UTF-8 never encodes. */
  | "surrogate"
  /** Above U+10FFFF (F4 90–BF, F5–F7). */
  | "out-of-range"
  /** Continuation bytes (80–BF) where a character should start. */
  | "stray-continuation"
  /** F8–FF, which no UTF-8 text holds. */
  | "invalid-byte";

/** A run of bad bytes; `offset` and `length` count bytes. Adjacent runs of one kind are merged. */
export type ByteProblem =
  | { kind: "nul"; offset: number; length: number }
  | { kind: "replacement"; offset: number; length: number }
  | { kind: "invalid-utf8"; offset: number; length: number; reason: InvalidUtf8Reason };

/** U+FFFD REPLACEMENT CHARACTER, as UTF-8. */
export const REPLACEMENT_BYTES: Readonly<Uint8Array> = Uint8Array.of(0xef, 0xbf, 0xbd);

const isContinuation = (byte: number | undefined): boolean =>
  byte !== undefined && (byte & 0xc0) === 0x80;

/** What the second byte of a sequence says about it, whatever follows. */
function secondByteReason(lead: number, second: number): InvalidUtf8Reason | null {
  if (lead === 0xe0 && second < 0xa0) return "overlong";
  if (lead === 0xf0 && second < 0x90) return "overlong";
  if (lead === 0xed && second >= 0xa0) return "surrogate";
  if (lead === 0xf4 && second >= 0x90) return "out-of-range";
  return null;
}

/**
 * The sequence that starts with the byte at `index` (at least 0x80): its length in bytes, and why
 * it is invalid (null for a valid character). A bad sequence takes the continuation bytes that
 * belong to it, so `ED A0 80` is one surrogate rather than a surrogate and two strays.
 */
function sequenceAt(
  bytes: Uint8Array,
  index: number,
): { length: number; reason: InvalidUtf8Reason | null } {
  const lead = bytes[index] ?? 0;
  if (lead < 0xc0) return { length: 1, reason: "stray-continuation" };
  if (lead >= 0xf8) return { length: 1, reason: "invalid-byte" };
  const wanted = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  let available = 1;
  while (available < wanted && isContinuation(bytes[index + available])) available += 1;
  let reason: InvalidUtf8Reason | null = null;
  if (lead < 0xc2) reason = "overlong";
  else if (lead > 0xf4) reason = "out-of-range";
  else if (available > 1) reason = secondByteReason(lead, bytes[index + 1] ?? 0);
  if (reason === null && available < wanted) reason = "truncated";
  return { length: available, reason };
}

function add(problems: ByteProblem[], problem: ByteProblem): void {
  const last = problems[problems.length - 1];
  const joins =
    last !== undefined &&
    last.kind === problem.kind &&
    last.offset + last.length === problem.offset &&
    (last.kind !== "invalid-utf8" ||
      (problem.kind === "invalid-utf8" && last.reason === problem.reason));
  if (joins) last.length += problem.length;
  else problems.push(problem);
}

/**
 * Every NUL byte, U+FFFD and byte sequence that is not UTF-8 in `bytes`, in one pass, in order.
 * A NUL or U+FFFD is only found where a character starts, so bytes inside a bad sequence are
 * reported once, as that sequence.
 */
export function scanBytes(bytes: Uint8Array): ByteProblem[] {
  const problems: ByteProblem[] = [];
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (byte !== 0 && byte < 0x80) {
      index += 1;
      continue;
    }
    if (byte === 0) {
      add(problems, { kind: "nul", offset: index, length: 1 });
      index += 1;
      continue;
    }
    const { length, reason } = sequenceAt(bytes, index);
    if (reason !== null) {
      add(problems, { kind: "invalid-utf8", offset: index, length, reason });
    } else if (byte === 0xef && bytes[index + 1] === 0xbf && bytes[index + 2] === 0xbd) {
      add(problems, { kind: "replacement", offset: index, length });
    }
    index += length;
  }
  return problems;
}

/**
 * scanBytes, after a check in native code that nearly every clean file passes: Node's UTF-8
 * validator and two byte searches are many times faster than a loop in JavaScript.
 */
export function findByteProblems(bytes: Uint8Array): ByteProblem[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer) && buffer.indexOf(0) === -1 && buffer.indexOf(REPLACEMENT_BYTES) === -1) {
    return [];
  }
  return scanBytes(bytes);
}
