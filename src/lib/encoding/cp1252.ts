/**
 * Windows-1252, the encoding text most often goes through by mistake. It is Latin-1 except for
 * bytes 0x80–0x9F, where it has typographic characters instead of control characters; five of
 * those bytes are unassigned. Written out because Node's TextDecoder may treat "windows-1252" as
 * Latin-1.
 */
const HIGH = "€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ";

const BYTE_OF_HIGH: ReadonlyMap<string, number> = new Map(
  [...HIGH].flatMap((char, index) => (char === "\u0000" ? [] : [[char, 0x80 + index] as const])),
);

/** The character a byte reads as in Windows-1252, or null for the five unassigned bytes. */
export function cp1252Char(byte: number): string | null {
  if (byte < 0x80 || byte > 0x9f) return String.fromCharCode(byte);
  const char = HIGH[byte - 0x80];
  return char === undefined || char === "\u0000" ? null : char;
}

/**
 * The byte a character was read from, reading as Windows-1252 or as Latin-1 (whose C1 control
 * characters U+0080–U+009F stand for the bytes Windows-1252 leaves unassigned, or for all of
 * 0x80–0x9F); null for a character neither encoding has.
 */
export function byteOfChar(char: string): number | null {
  const high = BYTE_OF_HIGH.get(char);
  if (high !== undefined) return high;
  const code = char.codePointAt(0);
  return code !== undefined && code <= 0xff ? code : null;
}
