/**
 * Reads a BibTeX file into CSL-JSON entries, each with the line its `@type{key,` starts on. The
 * file is read entry by entry, so one malformed entry is reported at its own line and the
 * others stay usable; Citation.js's parser gives only the line where it gave up, which for an
 * unclosed brace is the end of the file.
 */
import { parseBibtexText } from "./citation-library";
import type { CslItem } from "./csl-item";

export interface BibEntry {
  key: string;
  /** 1-based line of the entry's `@type{key,` in the .bib file. */
  line: number;
  item: CslItem;
}

export interface BibProblem {
  /** 1-based line of the entry that could not be read. */
  line: number;
  message: string;
}

export interface BibFile {
  entries: BibEntry[];
  problems: BibProblem[];
}

interface Chunk {
  type: string;
  text: string;
  line: number;
}

const ENTRY_START = /^[ \t]*@([A-Za-z]+)[ \t]*[{(]/gm;
/** Entries that hold no reference: macros are given to every entry, the rest are skipped. */
const NOT_REFERENCES = new Set(["string", "preamble", "comment"]);

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (text.charCodeAt(index) === 10) line += 1;
  return line;
}

function chunksOf(text: string): Chunk[] {
  const starts = [...text.matchAll(ENTRY_START)].map((match) => ({
    offset: match.index,
    type: (match[1] ?? "").toLowerCase(),
  }));
  return starts.map((start, index) => ({
    type: start.type,
    text: text.slice(start.offset, starts[index + 1]?.offset ?? text.length),
    line: lineAt(text, start.offset),
  }));
}

/** The parser's message without its excerpt of the text, which names lines of the chunk. */
function shortMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? message).replace(/ at line \d+ col \d+:?$/, "");
}

function keyOf(chunk: Chunk): string {
  return /^[ \t]*@[A-Za-z]+[ \t]*[{(]\s*([^,\s]*)/.exec(chunk.text)?.[1] ?? "";
}

export function readBibtex(text: string): BibFile {
  const chunks = chunksOf(text);
  const macros = chunks.filter((chunk) => chunk.type === "string").map((chunk) => chunk.text);
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  const seen = new Map<string, number>();
  for (const chunk of chunks) {
    if (NOT_REFERENCES.has(chunk.type)) continue;
    const key = keyOf(chunk);
    let items: CslItem[];
    try {
      items = parseBibtexText([...macros, chunk.text].join("\n"));
    } catch (error) {
      problems.push({
        line: chunk.line,
        message: `the BibTeX entry${key ? ` \`${key}\`` : ""} cannot be read (${shortMessage(error)}); check its braces, commas and quotes`,
      });
      continue;
    }
    const item = items[0];
    if (item === undefined || key === "") {
      problems.push({
        line: chunk.line,
        message: "a BibTeX entry without a key; write it as `@article{key, …}`",
      });
      continue;
    }
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        line: chunk.line,
        message: `the key \`${key}\` is used again (first on line ${earlier}); give each entry its own key`,
      });
      continue;
    }
    seen.set(key, chunk.line);
    entries.push({ key, line: chunk.line, item: { ...item, id: key } });
  }
  return { entries, problems };
}
