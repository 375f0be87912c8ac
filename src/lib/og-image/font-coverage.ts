// Which characters each family has, read from the fonts' own cmap tables. resvg's fallback for
// a missing glyph ignores the font-family list and the weight (it takes the first loaded font
// that has the character, and may re-set the whole text in it), so the card never relies on it:
// font-runs.ts gives every character a family that is known to draw it.
import { closeSync, openSync, readSync } from "node:fs";
import { fontFiles, type FontFamily } from "./fonts";

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = readSync(fd, buffer, 0, length, offset);
  if (read !== length) throw new Error("font file ended early");
  return buffer;
}

/** cmap format 12: groups of consecutive code points. */
function addFormat12(table: Buffer, at: number, into: Set<number>): void {
  const groups = table.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g += 1) {
    const start = table.readUInt32BE(at + 16 + g * 12);
    const end = table.readUInt32BE(at + 20 + g * 12);
    const firstGlyph = table.readUInt32BE(at + 24 + g * 12);
    for (let cp = start; cp <= end; cp += 1) {
      if (firstGlyph + (cp - start) !== 0) into.add(cp);
    }
  }
}

/** cmap format 4: segments of the Basic Multilingual Plane with deltas or glyph arrays. */
function addFormat4(table: Buffer, at: number, into: Set<number>): void {
  const segments = table.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const start = table.readUInt16BE(starts + s * 2);
    const end = table.readUInt16BE(ends + s * 2);
    const delta = table.readUInt16BE(deltas + s * 2);
    const rangeOffset = table.readUInt16BE(rangeOffsets + s * 2);
    for (let cp = start; cp <= end && cp !== 0xffff; cp += 1) {
      let glyph = cp;
      if (rangeOffset !== 0) {
        glyph = table.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
        if (glyph === 0) continue;
      }
      if ((glyph + delta) % 0x10000 !== 0) into.add(cp);
    }
  }
}

/** Code points with a glyph, from the best Unicode cmap subtable of a TrueType/OpenType file. */
export function readCoverage(file: string): Set<number> {
  const fd = openSync(file, "r");
  try {
    const tableCount = readAt(fd, 0, 12).readUInt16BE(4);
    const directory = readAt(fd, 12, tableCount * 16);
    let found: Buffer | undefined;
    for (let t = 0; t < tableCount; t += 1) {
      if (directory.toString("latin1", t * 16, t * 16 + 4) === "cmap") {
        const offset = directory.readUInt32BE(t * 16 + 8);
        found = readAt(fd, offset, directory.readUInt32BE(t * 16 + 12));
      }
    }
    if (found === undefined) throw new Error(`${file} has no cmap table`);
    const cmap = found;
    const subtables = Array.from({ length: cmap.readUInt16BE(2) }, (_, i) => ({
      platform: cmap.readUInt16BE(4 + i * 8),
      at: cmap.readUInt32BE(8 + i * 8),
    }))
      .filter(({ platform }) => platform === 0 || platform === 3)
      .map(({ at }) => ({ at, format: cmap.readUInt16BE(at) }));
    const covered = new Set<number>();
    // Format 12 covers every plane, so it is preferred when the font has it.
    const full = subtables.find((s) => s.format === 12);
    const bmp = subtables.find((s) => s.format === 4);
    if (full !== undefined) addFormat12(cmap, full.at, covered);
    else if (bmp !== undefined) addFormat4(cmap, bmp.at, covered);
    else throw new Error(`${file} has no Unicode cmap of format 4 or 12`);
    return covered;
  } finally {
    closeSync(fd);
  }
}

const coverage = new Map<FontFamily, Set<number>>();

/** Whether `family` draws every code point of `text` (weights share one character set). */
export function familyHas(family: FontFamily, text: string): boolean {
  let covered = coverage.get(family);
  if (covered === undefined) {
    const file = fontFiles({ family, weight: 400 })[0];
    if (file === undefined) throw new Error(`no font file for ${family}`);
    covered = readCoverage(file);
    coverage.set(family, covered);
  }
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    // Joiners and variation selectors only modify their neighbours; fonts need not list them.
    if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    if (!covered.has(cp)) return false;
  }
  return true;
}
