/**
 * Finds and repairs text that was saved as UTF-8, read back as Windows-1252 (or Latin-1) and
 * saved again: "ðŸ˜²" for 😲, "â€¦" for …, "Ã©" for é.
 *
 * Each garbled character stands for one byte. A run is repaired only when its bytes form exactly
 * one well-formed multi-byte UTF-8 sequence, which ordinary accented text almost never does.
 */

/** Windows-1252 bytes 0x80–0x9F, where it differs from Latin-1. */
const CP1252_HIGH: ReadonlyMap<string, number> = new Map([
  ["€", 0x80],
  ["‚", 0x82],
  ["ƒ", 0x83],
  ["„", 0x84],
  ["…", 0x85],
  ["†", 0x86],
  ["‡", 0x87],
  ["ˆ", 0x88],
  ["‰", 0x89],
  ["Š", 0x8a],
  ["‹", 0x8b],
  ["Œ", 0x8c],
  ["Ž", 0x8e],
  ["‘", 0x91],
  ["’", 0x92],
  ["“", 0x93],
  ["”", 0x94],
  ["•", 0x95],
  ["–", 0x96],
  ["—", 0x97],
  ["˜", 0x98],
  ["™", 0x99],
  ["š", 0x9a],
  ["›", 0x9b],
  ["œ", 0x9c],
  ["ž", 0x9e],
  ["Ÿ", 0x9f],
]);

const CONTINUATION_CHARS = `${[...CP1252_HIGH.keys()].join("")}\\u0080-\\u009f\\u00a0-\\u00bf`;
/** A lead byte (0xC2–0xF4 read as Latin-1) followed by one to three continuation bytes. */
const CANDIDATE = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION_CHARS}]{1,3}`, "gu");

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function byteOf(char: string): number | null {
  const high = CP1252_HIGH.get(char);
  if (high !== undefined) return high;
  const code = char.codePointAt(0);
  return code !== undefined && code <= 0xff ? code : null;
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 if it starts none. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The character a garbled run stood for, or null if the run is not one UTF-8 sequence. */
function decodeRun(run: string): { repaired: string; used: number } | null {
  const chars = [...run];
  const bytes = chars.map(byteOf);
  const lead = bytes[0];
  if (lead === undefined || lead === null) return null;
  const length = sequenceLength(lead);
  if (length === 0 || bytes.length < length) return null;
  const sequence = bytes.slice(0, length);
  if (sequence.some((byte) => byte === null)) return null;
  try {
    const repaired = strictUtf8.decode(Uint8Array.from(sequence as number[]));
    return { repaired, used: length };
  } catch {
    return null;
  }
}

export interface MojibakeFinding {
  /** 1-based line of the garbled text. */
  line: number;
  /** 1-based column, counted in characters (code points). */
  column: number;
  garbled: string;
  repaired: string;
}

/** Every garbled sequence in `text`, with the character it stood for. */
export function findMojibake(text: string): MojibakeFinding[] {
  const findings: MojibakeFinding[] = [];
  const lines = text.split("\n");
  lines.forEach((lineText, lineIndex) => {
    for (const match of lineText.matchAll(CANDIDATE)) {
      const decoded = decodeRun(match[0]);
      if (decoded === null) continue;
      const garbled = [...match[0]].slice(0, decoded.used).join("");
      findings.push({
        line: lineIndex + 1,
        column: [...lineText.slice(0, match.index)].length + 1,
        garbled,
        repaired: decoded.repaired,
      });
    }
  });
  return findings;
}

/** `text` with every garbled sequence replaced by the character it stood for. */
export function repairMojibake(text: string): string {
  return text.replace(CANDIDATE, (run) => {
    const decoded = decodeRun(run);
    if (decoded === null) return run;
    return decoded.repaired + [...run].slice(decoded.used).join("");
  });
}
