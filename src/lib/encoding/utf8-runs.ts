import { byteOfChar } from "./cp1252";

/**
 * A stretch of a line whose characters, taken as Windows-1252 (or Latin-1) bytes, form exactly one
 * well-formed multi-byte UTF-8 sequence: what one character turns into when UTF-8 is read in the
 * wrong encoding. Correct text can form one too ("é\u00a0»" reads as E9 A0 BB, which is 頻), so
 * a run is only a candidate; mojibake-evidence.ts weighs it.
 */
export interface Utf8Run {
  /** UTF-16 index of the run's first character in the line. */
  start: number;
  /** UTF-16 index just past the run. */
  end: number;
  /** The run's characters: the lead first, then the one to three continuations. */
  chars: readonly string[];
  /** The character the bytes stand for. */
  decoded: string;
}

/** `ignoreBOM` keeps a garbled byte order mark ("ï»¿") as the U+FEFF it stood for. */
const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Length of the UTF-8 sequence a lead byte starts, or 0 if it starts none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isContinuation = (byte: number | null): byte is number =>
  byte !== null && byte >= 0x80 && byte <= 0xbf;

/**
 * Control characters and unassigned code points are not text anyone wrote, so bytes that decode
 * to one were not UTF-8 to begin with ("Â…" would be U+0085).
 */
const NOT_TEXT = /^[\p{Cc}\p{Cn}]$/u;

function decode(bytes: readonly number[]): string | null {
  try {
    const decoded = strictUtf8.decode(Uint8Array.from(bytes));
    return NOT_TEXT.test(decoded) ? null : decoded;
  } catch {
    // Overlong forms, surrogates and values above U+10FFFF are not UTF-8.
    return null;
  }
}

/** The run starting at `chars[index]`, or null if no sequence starts there. */
function runAt(chars: readonly string[], index: number): Omit<Utf8Run, "start" | "end"> | null {
  const leadByte = byteOfChar(chars[index] ?? "");
  const length = leadByte === null ? 0 : sequenceLength(leadByte);
  if (leadByte === null || length === 0) return null;
  const runChars = chars.slice(index, index + length);
  const continuations = runChars.slice(1).map(byteOfChar);
  if (runChars.length < length || !continuations.every(isContinuation)) return null;
  const decoded = decode([leadByte, ...continuations]);
  return decoded === null ? null : { chars: runChars, decoded };
}

/** Every run in `line`, in order; runs never overlap. */
export function utf8Runs(line: string): Utf8Run[] {
  const chars = [...line];
  const runs: Utf8Run[] = [];
  let offset = 0;
  let index = 0;
  while (index < chars.length) {
    const run = runAt(chars, index);
    if (run === null) {
      offset += (chars[index] ?? "").length;
      index += 1;
      continue;
    }
    const end = offset + run.chars.join("").length;
    runs.push({ start: offset, end, ...run });
    offset = end;
    index += run.chars.length;
  }
  return runs;
}
