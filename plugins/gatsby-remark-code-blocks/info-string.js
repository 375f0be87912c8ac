// @ts-check
/**
 * Reads what an author writes after the opening fence:
 *
 *   ```ts title="src/app.ts" {2,4-6}
 *   ```ts:title=src/app.ts {2}
 *   ```ts{2}
 *   ```title='notes.txt'
 *
 * Nothing here throws: a part that cannot be read is skipped and described in `problems`, which
 * the content checks report with the file and line, while the block still renders.
 */

/**
 * @typedef {{
 *   language: string | null;
 *   title: string | null;
 *   highlightedLines: number[];
 *   problems: string[];
 * }} CodeInfo
 */

/** Line ranges beyond this are surely a typo, and would make a huge set. */
const MAX_LINE = 100000;

/**
 * remark splits the info string at its first space into `lang` and `meta`; both are read as one.
 * @param {string | null | undefined} lang
 * @param {string | null | undefined} meta
 * @returns {CodeInfo}
 */
function parseInfoString(lang, meta) {
  const info = [lang ?? "", meta ?? ""].join(" ").trim();
  /** @type {CodeInfo} */
  const result = { language: null, title: null, highlightedLines: [], problems: [] };
  let rest = info;

  // A first word that is an attribute (`title=…`) means there is no language.
  const language = /^[^\s{:=]+(?=[\s{:]|$)/.exec(rest);
  if (language) {
    result.language = language[0];
    rest = rest.slice(language[0].length);
  }
  const legacyTitle = /^:title=([^\s{]*)/.exec(rest);
  if (legacyTitle) {
    setTitle(result, legacyTitle[1] ?? "");
    rest = rest.slice(legacyTitle[0].length);
  } else if (rest.startsWith(":")) {
    const unknown = /^:[^\s{]*/.exec(rest)?.[0] ?? ":";
    result.problems.push(
      `\`${unknown}\` after the language is not understood; write \`:title=name\``,
    );
    rest = rest.slice(unknown.length);
  }

  while ((rest = rest.trimStart()) !== "") {
    if (rest.startsWith("{")) {
      const end = rest.indexOf("}");
      const body = end === -1 ? rest.slice(1) : rest.slice(1, end);
      if (end === -1) result.problems.push(`\`${rest}\` has no closing \`}\``);
      readLineRanges(body, result);
      rest = end === -1 ? "" : rest.slice(end + 1);
      continue;
    }
    const title = /^title=(?:"([^"]*)"|'([^']*)'|([^\s"'{][^\s{]*))/.exec(rest);
    if (title) {
      setTitle(result, title[1] ?? title[2] ?? title[3] ?? "");
      rest = rest.slice(title[0].length);
      continue;
    }
    const openQuote = /^title=(["'])(.*)$/s.exec(rest);
    if (openQuote) {
      result.problems.push(`the title \`${rest}\` has no closing ${openQuote[1]}`);
      setTitle(result, openQuote[2] ?? "");
      break;
    }
    const word = /^[^\s{]+/.exec(rest)?.[0] ?? rest;
    result.problems.push(
      `\`${word}\` is not understood; write \`title="name"\` for a caption or \`{1,3-5}\` to highlight lines`,
    );
    rest = rest.slice(word.length);
  }
  return result;
}

/**
 * @param {CodeInfo} result
 * @param {string} title
 */
function setTitle(result, title) {
  const trimmed = title.trim();
  if (trimmed === "") result.problems.push("the title is empty");
  else if (result.title !== null)
    result.problems.push("the block has two titles; the last is used");
  if (trimmed !== "") result.title = trimmed;
}

/**
 * `2,4-6` (spaces allowed) into the line numbers, 1-based, sorted, without repeats.
 * @param {string} body
 * @param {CodeInfo} result
 */
function readLineRanges(body, result) {
  const lines = new Set(result.highlightedLines);
  for (const part of body.split(",")) {
    const range = part.trim();
    if (range === "") continue;
    const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(range);
    const first = Number(match?.[1]);
    const last = match?.[2] === undefined ? first : Number(match[2]);
    if (!match || first < 1 || last < first || last > MAX_LINE) {
      result.problems.push(
        `\`${range}\` is not a line or a range of lines; write them as \`{2,4-6}\`, counting from 1`,
      );
      continue;
    }
    for (let line = first; line <= last; line += 1) lines.add(line);
  }
  result.highlightedLines = [...lines].sort((a, b) => a - b);
}

module.exports = { parseInfoString };
