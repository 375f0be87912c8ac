/**
 * A line diff for showing a person what a tool is about to change: unified-style hunks with one
 * line of context, each line carrying its line number, so a reviewer can jump to it.
 */

/** One line, and whether a newline follows it (only the last line of a file may lack one). */
interface Line {
  text: string;
  newline: boolean;
}

type Edit =
  | { kind: "same"; before: number; after: number }
  | { kind: "removed"; before: number }
  | { kind: "added"; after: number };

function splitLines(text: string): Line[] {
  if (text === "") return [];
  const parts = text.split("\n");
  const endsWithNewline = parts[parts.length - 1] === "";
  if (endsWithNewline) parts.pop();
  return parts.map((part, index) => ({
    text: part,
    newline: endsWithNewline || index < parts.length - 1,
  }));
}

const sameLine = (a: Line | undefined, b: Line | undefined): boolean =>
  a !== undefined && b !== undefined && a.text === b.text && a.newline === b.newline;

/** Beyond this many differing lines the diff falls back to pairing lines by position. */
const MAX_EDITS = 2000;

/**
 * The shortest edit script between two line lists (Myers' O((N+M)·D) algorithm), or null when it
 * needs more than MAX_EDITS edits. Repairs touch few lines, so D stays small and this stays fast
 * where a full LCS table over a long file would not.
 */
function shortestEdits(before: readonly Line[], after: readonly Line[]): Edit[] | null {
  const n = before.length;
  const m = after.length;
  const offset = n + m + 1;
  const frontier = new Int32Array(2 * offset + 1);
  const at = (values: Int32Array, index: number): number => values[index] ?? 0;
  // trace[d] holds the frontier before step d, for diagonals -d..d (index k + d).
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; !done; d += 1) {
    if (d > MAX_EDITS) return null;
    trace.push(frontier.slice(offset - d, offset + d + 1));
    for (let k = -d; k <= d; k += 2) {
      const down =
        k === -d || (k !== d && at(frontier, offset + k - 1) < at(frontier, offset + k + 1));
      let x = down ? at(frontier, offset + k + 1) : at(frontier, offset + k - 1) + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(before[x], after[y])) {
        x += 1;
        y += 1;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }

  // Walk back through the saved frontiers to recover the path.
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const saved = trace[d] ?? new Int32Array(0);
    const k = x - y;
    const down = k === -d || (k !== d && at(saved, k - 1 + d) < at(saved, k + 1 + d));
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : at(saved, previousK + d);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x -= 1;
      y -= 1;
      edits.push({ kind: "same", before: x, after: y });
    }
    if (d > 0) {
      if (down) edits.push({ kind: "added", after: previousY });
      else edits.push({ kind: "removed", before: previousX });
    }
    x = previousX;
    y = previousY;
  }
  return edits.reverse();
}

/** A correct but not minimal diff: line i of one text against line i of the other. */
function pairedEdits(before: readonly Line[], after: readonly Line[]): Edit[] {
  const edits: Edit[] = [];
  for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
    if (sameLine(before[index], after[index])) {
      edits.push({ kind: "same", before: index, after: index });
      continue;
    }
    if (index < before.length) edits.push({ kind: "removed", before: index });
    if (index < after.length) edits.push({ kind: "added", after: index });
  }
  return edits;
}

/** Printable text of a line: a trailing CR would send the terminal cursor back to column 0. */
function display(line: Line | undefined): string {
  return (line?.text ?? "").replace(/\r$/, "");
}

/**
 * The changes from `before` to `after` as unified-style hunks with one line of context, headed by
 * `--- file (before)` / `+++ file (after)`. Each line shows its number: the old one for `-` and context lines, the
 * new one for `+` lines. Returns "" when the texts are equal.
 */
export function lineDiff(before: string, after: string, file: string): string {
  if (before === after) return "";
  const oldLines = splitLines(before);
  const newLines = splitLines(after);
  const edits = shortestEdits(oldLines, newLines) ?? pairedEdits(oldLines, newLines);
  const context = 1;

  // Group changes whose context would touch or overlap into one hunk.
  const changed = edits
    .map((edit, index) => (edit.kind === "same" ? -1 : index))
    .filter((index) => index >= 0);
  const hunks: Array<{ start: number; end: number }> = [];
  for (const index of changed) {
    const start = Math.max(0, index - context);
    const end = Math.min(edits.length - 1, index + context);
    const last = hunks[hunks.length - 1];
    if (last !== undefined && start <= last.end + 1) last.end = Math.max(last.end, end);
    else hunks.push({ start, end });
  }

  const width = String(Math.max(oldLines.length, newLines.length)).length;
  const number = (value: number): string => String(value + 1).padStart(width);
  const output = [`--- ${file} (before)`, `+++ ${file} (after)`];
  for (const hunk of hunks) {
    const slice = edits.slice(hunk.start, hunk.end + 1);
    const firstOld = slice.find((edit) => edit.kind !== "added");
    const firstNew = slice.find((edit) => edit.kind !== "removed");
    const oldCount = slice.filter((edit) => edit.kind !== "added").length;
    const newCount = slice.filter((edit) => edit.kind !== "removed").length;
    // Only an empty old (or new) text gives a hunk without old (or new) lines; 0 is then right.
    const oldStart = firstOld === undefined ? 0 : firstOld.before + 1;
    const newStart = firstNew === undefined ? 0 : firstNew.after + 1;
    output.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const edit of slice) {
      if (edit.kind === "same") {
        output.push(`  ${number(edit.before)} | ${display(oldLines[edit.before])}`);
      } else if (edit.kind === "removed") {
        const line = oldLines[edit.before];
        output.push(`- ${number(edit.before)} | ${display(line)}`);
        if (line?.newline === false) output.push("\\ No newline at end of file");
      } else {
        const line = newLines[edit.after];
        output.push(`+ ${number(edit.after)} | ${display(line)}`);
        if (line?.newline === false) output.push("\\ No newline at end of file");
      }
    }
  }
  return `${output.join("\n")}\n`;
}
