/**
 * Formulas are typeset by gatsby-remark-typeset-math at build time with `throwOnError` off, so a bad
 * formula would only show in red on the page. These checks typeset every formula with the
 * site's options (markdown/dialect.ts) and `throwOnError` on, and point at the offending
 * character with file and line.
 */

import katex from "katex";
import type { Root } from "mdast";
import { KATEX_OPTIONS } from "../markdown/dialect";
import type { DisplayMathNode, InlineMathNode } from "./markdown-tree";
import { endOffset, isDisplayMath, isInlineMath, startOffset, walkTree } from "./markdown-tree";
import { problemAt } from "./positions";
import type { ParsedPost, Problem } from "./types";

type MathNode = InlineMathNode | DisplayMathNode;

/** The site's options, but throwing, so that the error and its position can be reported. */
const CHECK_OPTIONS = { ...KATEX_OPTIONS, throwOnError: true } as const;

export function checkMath(post: ParsedPost, tree: Root): Problem[] {
  const problems: Problem[] = [];
  walkTree(tree, (node) => {
    if (!isInlineMath(node) && !isDisplayMath(node)) return;
    const texOffset = texOffsetMapper(post.body, node);
    const katexProblem = typesetProblem(node);
    if (katexProblem) {
      problems.push(
        problemAt(post, texOffset(katexProblem.index), "error", "math/katex", katexProblem.message),
      );
    }
    for (const command of untrustedCommands(node.value)) {
      problems.push(
        problemAt(post, texOffset(command.index), "error", "math/untrusted", command.message),
      );
    }
    if (isInlineMath(node) && looksLikeDollarAmount(node.value)) {
      problems.push(
        problemAt(
          post,
          startOffset(node),
          "warning",
          "math/dollar-amount",
          dollarAmountMessage(node.value),
        ),
      );
    }
  });
  return problems;
}

/** Where in the TeX KaTeX gave up, and why; null when the formula typesets. */
function typesetProblem(node: MathNode): { index: number; message: string } | null {
  try {
    katex.renderToString(node.value, { ...CHECK_OPTIONS, displayMode: isDisplayMath(node) });
    return null;
  } catch (error) {
    if (error instanceof katex.ParseError) {
      // Some errors (such as `align` outside display mode) carry no position: point at the start.
      const index = typeof error.position === "number" ? error.position : 0;
      return { index, message: `KaTeX cannot typeset this formula: ${error.rawMessage}` };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return { index: 0, message: `KaTeX failed on this formula: ${reason}` };
  }
}

/**
 * Maps an index into the node's TeX to an offset into the body. The TeX is normally a verbatim
 * slice of the source; inside a block quote or a list the container's `> ` or indent is cut from
 * every line, so then each TeX character is matched to the next equal source character instead.
 */
export function texOffsetMapper(body: string, node: MathNode): (index: number) => number {
  const tex = node.value;
  const end = endOffset(node);
  const from = texSearchStart(body, node);
  const verbatim = body.indexOf(tex, from);
  if (verbatim !== -1 && verbatim + tex.length <= end) {
    return (index) => verbatim + Math.max(0, Math.min(index, tex.length));
  }
  const offsets: number[] = [];
  let cursor = from;
  for (const char of tex) {
    const found = body.indexOf(char, cursor);
    const offset = found !== -1 && found < end ? found : cursor;
    // A code point outside the BMP is two indices in `tex`; both map to its start.
    for (let unit = 0; unit < char.length; unit += 1) offsets.push(offset);
    cursor = offset + char.length;
  }
  return (index) => {
    if (index >= tex.length) return offsets.length > 0 ? cursor : from;
    return offsets[Math.max(0, index)] ?? from;
  };
}

/** Just after the opening `$` run, and for a display block after its opening fence line. */
function texSearchStart(body: string, node: MathNode): number {
  const start = startOffset(node);
  if (isDisplayMath(node)) {
    const lineEnd = body.slice(start, endOffset(node)).search(/\r\n?|\n/);
    if (lineEnd !== -1) {
      const newline = start + lineEnd;
      return body.startsWith("\r\n", newline) ? newline + 2 : newline + 1;
    }
  }
  let offset = start;
  while (body[offset] === "$") offset += 1;
  return offset;
}

/** Commands KaTeX only honours with `trust`, and what the reader loses without it. */
const UNTRUSTED_COMMANDS: Record<string, string> = {
  href: "will not show a link; remove it or write a Markdown link outside the formula",
  url: "will not show a link; remove it or write a Markdown link outside the formula",
  includegraphics: "will not show the image; remove it or put a Markdown image outside the formula",
  htmlClass: "will not get the class; remove it",
  htmlId: "will not get the id; remove it",
  htmlStyle: "will not get the style; remove it or use a KaTeX command such as \\color",
  htmlData: "will not get the data attribute; remove it",
};

interface UntrustedCommand {
  index: number;
  message: string;
}

/**
 * Untrusted commands do not make KaTeX throw: it prints them in red in the page. They are
 * found by scanning the TeX, where a command is a backslash that is not itself escaped (`\\href`
 * is a line break followed by the word "href").
 */
export function untrustedCommands(tex: string): UntrustedCommand[] {
  const found: UntrustedCommand[] = [];
  for (const match of tex.matchAll(/(\\+)([a-zA-Z]+)/g)) {
    const [, backslashes = "", name = ""] = match;
    const effect = Object.hasOwn(UNTRUSTED_COMMANDS, name) ? UNTRUSTED_COMMANDS[name] : undefined;
    if (effect === undefined || backslashes.length % 2 === 0) continue;
    const index = (match.index ?? 0) + backslashes.length - 1;
    let message = `\`\\${name}\` is disabled (trust is off), so this formula ${effect}`;
    const argumentsText = leadingGroups(tex.slice(index + 1 + name.length), 2);
    if (/javascript:/i.test(argumentsText.replace(/\s+/g, ""))) {
      message +=
        "; it also holds a `javascript:` URL, which runs code when clicked and must never be in a post";
    }
    found.push({ index, message });
  }
  return found;
}

/** The text of up to `count` brace groups at the start of `text` (a command's arguments). */
function leadingGroups(text: string, count: number): string {
  let index = 0;
  let groups = 0;
  let depth = 0;
  let collected = "";
  while (index < text.length && groups < count) {
    const char = text[index] ?? "";
    if (depth === 0 && /\s/.test(char)) {
      index += 1;
      continue;
    }
    if (depth === 0 && char !== "{") break;
    if (char === "\\") {
      collected += text.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === "{") depth += 1;
    if (char === "}") {
      depth -= 1;
      if (depth === 0) groups += 1;
    }
    collected += char;
    index += 1;
  }
  return collected;
}

/** Short words that, after a number, read as prose rather than as a product of variables. */
const SHORT_PROSE_WORDS = new Set(["an", "as", "at", "by", "in", "is", "of", "on", "or", "to"]);

/**
 * "costs $5 and $10" parses as the formula `5 and `. Real formulas rarely start with a number
 * followed by a word, rarely end in a space, and keep their words inside `\text{…}`; so those
 * command groups are set aside before looking for prose.
 */
export function looksLikeDollarAmount(tex: string): boolean {
  const outsideCommands = tex.replace(/\\[a-zA-Z]+\*?(\s*\{[^{}]*\})*|\\./g, " ");
  if (/^\d/.test(tex)) {
    if (/\s$/.test(tex)) return true;
    for (const match of outsideCommands.matchAll(/\s([A-Za-z]+)\b/g)) {
      const word = match[1] ?? "";
      if (word.length >= 3 || SHORT_PROSE_WORDS.has(word.toLowerCase())) return true;
    }
  }
  return /\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\b/.test(outsideCommands);
}

function dollarAmountMessage(tex: string): string {
  const amount = /^[\d.,]+/.exec(tex)?.[0];
  const fix = amount
    ? `write \\$${amount} to keep the dollar sign`
    : "write \\$ for each dollar sign meant as text";
  // A blog moved in that never used math is better served by one line than by an escape per $.
  return `this looks like a dollar amount, not math: \`$${tex}$\` is typeset as a formula; ${fix}, or add \`math: false\` to the frontmatter if the post has no math`;
}
