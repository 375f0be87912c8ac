/**
 * Finds and repairs text that was saved as UTF-8, read back as Windows-1252 (or Latin-1) and
 * saved again: "ðŸ˜²" for 😲, "â€¦" for …, "Ã©" for é.
 *
 * Each garbled character stands for one byte, and the bytes of a garbled stretch form one UTF-8
 * sequence (utf8-runs.ts). Correct text sometimes forms one too, so a stretch is only reported
 * when it could not be correct text as written (mojibake-evidence.ts), or, when it could, when
 * mojibake around it shows which reading is right: a garbled stretch right next to it (as in
 * "é\u00a0»çŽ‡", 頻率), or on the same line one that stands for the same script (Vietnamese
 * "sá»‘" among "lÃ  má»™t"). A lone "appelé\u00a0»" in French is therefore never touched.
 */

import { readsAsWritten } from "./mojibake-evidence";
import { scriptGroup } from "./script-group";
import { utf8Runs, type Utf8Run } from "./utf8-runs";

export interface MojibakeFinding {
  /** 1-based line of the garbled text. */
  line: number;
  /** 1-based column, counted in characters (code points). */
  column: number;
  garbled: string;
  repaired: string;
}

/** The runs of one line that are mojibake. */
function garbledRuns(line: string): Utf8Run[] {
  const runs = utf8Runs(line);
  const certain = runs.map((run) => !readsAsWritten(line, run));
  const certainScripts = new Set(
    runs.filter((_, index) => certain[index]).map((run) => scriptGroup(run.decoded)),
  );
  return runs.filter((run, index) => {
    if (certain[index]) return true;
    const touching = runs[index - 1]?.end === run.start || runs[index + 1]?.start === run.end;
    return touching || certainScripts.has(scriptGroup(run.decoded));
  });
}

/** Every garbled sequence in `text`, with the character it stood for. */
export function findMojibake(text: string): MojibakeFinding[] {
  return text.split("\n").flatMap((line, lineIndex) =>
    garbledRuns(line).map((run) => ({
      line: lineIndex + 1,
      column: [...line.slice(0, run.start)].length + 1,
      garbled: run.chars.join(""),
      repaired: run.decoded,
    })),
  );
}

/** `text` with every garbled sequence replaced by the character it stood for. */
export function repairMojibake(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      let repaired = "";
      let from = 0;
      for (const run of garbledRuns(line)) {
        repaired += line.slice(from, run.start) + run.decoded;
        from = run.end;
      }
      return repaired + line.slice(from);
    })
    .join("\n");
}
