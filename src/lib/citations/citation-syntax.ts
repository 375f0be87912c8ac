/**
 * Finds Pandoc's citation syntax in a run of text: bracketed clusters `[@a; @b, p. 33]`,
 * `[see @a]`, `[-@a]` (year only), and narrative `@a` in running text. Keys that name a figure,
 * equation, table or section (`@fig-…`, `@eq-…`, `@tbl-…`, `@sec-…`) are cross-references, as in
 * Quarto, and are left as they are; so is a cluster that holds one. An `@` preceded by a letter
 * or digit (an e-mail address) starts nothing.
 */

export interface CiteItem {
  key: string;
  /** `[-@a]`: the author is left out, for "Devlin et al. [-@devlin2019] showed". */
  suppressAuthor: boolean;
  /** Text before the key inside the brackets: "see " in `[see @a]`. */
  prefix: string;
  /** The locator as written after the comma: "p. 33" in `[@a, p. 33]`. */
  locator: string;
  /** Text after the key that is not a locator. */
  suffix: string;
}

export interface CitationMatch {
  /** Offsets in the searched text: the whole `[…]` or `@key`. */
  start: number;
  end: number;
  /** "narrative" for `@a` in running text, which names the authors. */
  kind: "bracketed" | "narrative";
  items: CiteItem[];
}

/** Pandoc's key: a letter, digit or `_`, then those and inner punctuation. */
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*`;
const CROSS_REFERENCE = /^(fig|eq|tbl|sec)-/;
const CLUSTER = /\[([^[\]]*@[^[\]]*)\]/gu;
const ITEM = new RegExp(
  String.raw`^(?<prefix>(?:.*[\s(])?)(?<suppress>-?)@(?<key>${KEY})(?<rest>.*)$`,
  "su",
);
// Only ASCII before the `@` rules it out, so that Japanese text can run straight into a key.
const NARRATIVE = new RegExp(String.raw`(?<![A-Za-z0-9_@.+-])@(?<key>${KEY})`, "gu");

export function isCrossReferenceKey(key: string): boolean {
  return CROSS_REFERENCE.test(key);
}

function parseItem(text: string): CiteItem | null {
  const match = ITEM.exec(text.trim());
  const groups = match?.groups;
  if (groups === undefined) return null;
  const rest = groups.rest ?? "";
  const afterComma = /^\s*,\s*(.*)$/su.exec(rest);
  return {
    key: groups.key ?? "",
    suppressAuthor: groups.suppress === "-",
    prefix: groups.prefix ?? "",
    locator: afterComma ? (afterComma[1] ?? "").trim() : "",
    suffix: afterComma ? "" : rest.trimEnd(),
  };
}

function parseCluster(inside: string): CiteItem[] | null {
  const items: CiteItem[] = [];
  for (const part of inside.split(";")) {
    const item = parseItem(part);
    if (item === null) return null;
    items.push(item);
  }
  return items;
}

/**
 * Text written without a space after a narrative key (`@yamada2020は`, as Japanese is written)
 * reads as one long key; the longest known key it starts with is the one meant.
 */
function narrativeKey(written: string, isKnown: (key: string) => boolean): string {
  if (isKnown(written)) return written;
  for (let length = written.length - 1; length > 0; length -= 1) {
    const candidate = written.slice(0, length);
    if (/[\p{L}\p{N}_]$/u.test(candidate) && isKnown(candidate)) return candidate;
  }
  return written;
}

/** `isKnown` says whether a key is in the post's bibliography, to end narrative keys. */
export function findCitations(
  text: string,
  isKnown: (key: string) => boolean = () => false,
): CitationMatch[] {
  const found: CitationMatch[] = [];
  const bracketed: { start: number; end: number }[] = [];
  for (const match of text.matchAll(CLUSTER)) {
    bracketed.push({ start: match.index, end: match.index + match[0].length });
    const items = parseCluster(match[1] ?? "");
    if (items === null || items.some((item) => isCrossReferenceKey(item.key))) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      kind: "bracketed",
      items,
    });
  }
  const insideBrackets = (offset: number) =>
    bracketed.some((span) => offset >= span.start && offset < span.end);
  for (const match of text.matchAll(NARRATIVE)) {
    const key = narrativeKey(match.groups?.key ?? "", isKnown);
    if (isCrossReferenceKey(key) || insideBrackets(match.index)) continue;
    found.push({
      start: match.index,
      end: match.index + 1 + key.length,
      kind: "narrative",
      items: [{ key, suppressAuthor: false, prefix: "", locator: "", suffix: "" }],
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
