import { cp1252Char } from "../encoding/cp1252";
import { findMojibake } from "../encoding/mojibake";
import type { PostSource, Problem } from "./types";

/** One problem per bad place is useful; hundreds of them for a file saved as Latin-1 are not. */
const MAX_INVALID_REPORTS = 20;

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;

interface InvalidSequence {
  line: number;
  /** Column of the U+FFFD that replaces the sequence in the decoded text. */
  column: number;
  bytes: number[];
}

interface Utf8Scan {
  invalid: InvalidSequence[];
  /** Whether any character took more than one byte: then the file is at least partly UTF-8. */
  hasMultibyte: boolean;
}

/**
 * Walks the bytes the way the WHATWG decoder (TextDecoder) does, so that each bad sequence is
 * exactly one U+FFFD in `source.text` and the columns match what the author's editor shows.
 */
function scanUtf8(bytes: Uint8Array, start: number): Utf8Scan {
  const invalid: InvalidSequence[] = [];
  let hasMultibyte = false;
  let line = 1;
  let column = 1;
  let pending: number[] = [];
  let needed = 0;
  let lower = 0x80;
  let upper = 0xbf;

  const fail = (sequence: number[]): void => {
    invalid.push({ line, column, bytes: sequence });
    column += 1;
  };

  let index = start;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    if (needed === 0) {
      index += 1;
      if (byte <= 0x7f) {
        if (byte === 0x0a) {
          line += 1;
          column = 1;
        } else {
          column += 1;
        }
        continue;
      }
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) needed = 2;
      else if (byte >= 0xf0 && byte <= 0xf4) needed = 3;
      else {
        fail([byte]);
        continue;
      }
      // Overlong forms and surrogates are excluded by narrowing the second byte's range.
      if (byte === 0xe0) lower = 0xa0;
      if (byte === 0xed) upper = 0x9f;
      if (byte === 0xf0) lower = 0x90;
      if (byte === 0xf4) upper = 0x8f;
      pending = [byte];
      continue;
    }
    if (byte < lower || byte > upper) {
      // The byte that broke the sequence may start a good one, so it is read again.
      fail(pending);
      needed = 0;
      lower = 0x80;
      upper = 0xbf;
      continue;
    }
    index += 1;
    lower = 0x80;
    upper = 0xbf;
    pending.push(byte);
    if (pending.length === needed + 1) {
      hasMultibyte = true;
      column += 1;
      needed = 0;
    }
  }
  if (needed !== 0) fail(pending);
  return { invalid, hasMultibyte };
}

/** Whether every byte of the file means something in Windows-1252. */
function readsAsCp1252(bytes: Uint8Array): boolean {
  return bytes.every((byte) => cp1252Char(byte) !== null);
}

function invalidMessage(sequence: number[], wholeFileCp1252: boolean, mixed: boolean): string {
  const chars = sequence.map(cp1252Char);
  const reading = chars.every((char) => char !== null) ? chars.join("") : null;
  const what =
    sequence.length === 1
      ? `byte ${hex(sequence[0] ?? 0)} is`
      : `bytes ${sequence.map(hex).join(" ")} are`;
  const where =
    reading === null
      ? "(the file may be saved as Windows-1252 or Latin-1)"
      : `(the file may be saved as Windows-1252 or Latin-1, where ${sequence.length === 1 ? "it reads" : "they read"} "${reading}")`;
  let fix = "save it as UTF-8";
  if (wholeFileCp1252) {
    fix =
      "the whole file reads cleanly as Windows-1252, so reopen it in that encoding and save it as UTF-8";
  } else if (mixed) {
    // Converting the whole file would garble the parts that are already UTF-8.
    fix = `the rest of the file is UTF-8, so retype ${reading === null ? "this character" : `"${reading}"`} here and save the file as UTF-8`;
  }
  return `${what} not valid UTF-8 ${where}; ${fix}`;
}

function checkUtf8(source: PostSource, start: number): Problem[] {
  const { invalid, hasMultibyte } = scanUtf8(source.bytes, start);
  if (invalid.length === 0) return [];
  const wholeFileCp1252 = !hasMultibyte && readsAsCp1252(source.bytes.subarray(start));
  const problems: Problem[] = invalid.slice(0, MAX_INVALID_REPORTS).map((sequence) => ({
    file: source.file,
    line: sequence.line,
    column: sequence.column,
    severity: "error",
    rule: "encoding/invalid-utf8",
    message: invalidMessage(sequence.bytes, wholeFileCp1252, hasMultibyte),
  }));
  const unlisted = invalid.length - MAX_INVALID_REPORTS;
  if (unlisted > 0) {
    problems.push({
      file: source.file,
      line: null,
      column: null,
      severity: "error",
      rule: "encoding/invalid-utf8",
      message: `${unlisted} more places hold bytes that are not valid UTF-8; save the file as UTF-8`,
    });
  }
  return problems;
}

/** Shows C1 control characters (what Latin-1 makes of 0x80–0x9F), which print as nothing. */
function visible(text: string): string {
  return text.replace(
    /[\u0080-\u009f]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function checkMojibake(source: PostSource): Problem[] {
  // TextDecoder drops a BOM, but a text decoded another way may keep it as a character.
  const bomChar = source.text.startsWith("\uFEFF") ? 1 : 0;
  return findMojibake(source.text).map((finding) => {
    const readAs = /[\u0080-\u009f]/.test(finding.garbled) ? "Latin-1" : "Windows-1252";
    return {
      file: source.file,
      line: finding.line,
      column: finding.line === 1 ? finding.column - bomChar : finding.column,
      severity: "error",
      rule: "encoding/mojibake",
      message: `text "${visible(finding.garbled)}" looks like "${finding.repaired}" garbled by a wrong encoding (UTF-8 read as ${readAs}); run \`npm run content:fix-encoding -- ${source.file}\` to repair it`,
    };
  });
}

function problemAtStart(
  source: PostSource,
  severity: Problem["severity"],
  rule: string,
  message: string,
): Problem {
  return { file: source.file, line: 1, column: 1, severity, rule, message };
}

/** Bytes that are not UTF-8, a byte order mark, and text garbled by an earlier wrong decoding. */
export function checkEncoding(source: PostSource): Problem[] {
  const { bytes } = source;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // Every other byte of UTF-16 is zero or garbage as UTF-8; one problem says it all.
    return [
      problemAtStart(
        source,
        "error",
        "encoding/invalid-utf8",
        "the file is saved as UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8",
      ),
    ];
  }
  const problems: Problem[] = [];
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) {
    problems.push(
      problemAtStart(
        source,
        "warning",
        "encoding/bom",
        "the file starts with a UTF-8 byte order mark (BOM), which some tools show as a stray character or read as part of the first line; save it as UTF-8 without BOM",
      ),
    );
  }
  problems.push(...checkUtf8(source, hasBom ? 3 : 0), ...checkMojibake(source));
  return problems;
}
