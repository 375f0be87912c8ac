/**
 * A code block whose language the highlighter does not know is shown as plain text, and a
 * mistyped `{2,4-6}` or title is skipped: the build accepts both, so the author would only notice
 * the missing colours or caption on the page. These warnings say which block, and what was meant.
 */

import type { Code, Root } from "mdast";
import {
  knownLanguageNames,
  resolveLanguage,
} from "../../../plugins/gatsby-remark-code-blocks/languages";
import { parseInfoString } from "../../../plugins/gatsby-remark-code-blocks/info-string";
import { startOffset, walkTree } from "./markdown-tree";
import { problemAt } from "./positions";
import { closestName } from "./suggest";
import type { ParsedPost, Problem } from "./types";

export function checkCodeBlocks(post: ParsedPost, tree: Root): Problem[] {
  const problems: Problem[] = [];
  walkTree(tree, (node) => {
    if (node.type !== "code") return;
    const info = parseInfoString(node.lang, node.meta);
    const at = infoOffset(post.body, node);
    const warn = (rule: string, message: string) =>
      problems.push(problemAt(post, at, "warning", rule, message));

    const language = resolveLanguage(info.language);
    if (language.kind === "unknown") warn("code/language", unknownLanguageMessage(language.name));
    for (const problem of info.problems) warn("code/info", `code block: ${problem}`);
    const lineCount = node.value === "" ? 1 : node.value.split(/\r\n?|\n/).length;
    const beyond = info.highlightedLines.filter((line) => line > lineCount);
    if (beyond.length > 0) {
      warn(
        "code/highlight",
        `code block highlights ${plural(beyond.length, "line")} ${beyond.join(", ")}, but it has ${plural(lineCount, "line", true)}; count lines from 1`,
      );
    }
  });
  return problems;
}

/** "line" or "lines", with the count in front when `counted`. */
function plural(count: number, word: string, counted = false): string {
  const words = count === 1 ? word : `${word}s`;
  return counted ? `${count} ${words}` : words;
}

function unknownLanguageMessage(name: string): string {
  const known = knownLanguageNames();
  const suggestion = closestName(name, known, name.length <= 3 ? 1 : 2);
  const hint =
    suggestion === null
      ? "use a language the highlighter knows (such as `ts`, `py`, `sh`) or `text`"
      : `did you mean \`${suggestion}\`?`;
  return `code block language \`${name}\` is not one the highlighter knows, so it is shown as plain text; ${hint}`;
}

/** Where the info string starts on the opening fence, or the fence itself without one. */
function infoOffset(body: string, node: Code): number {
  const start = startOffset(node);
  const lineEnd = body.indexOf("\n", start);
  const line = body.slice(start, lineEnd === -1 ? undefined : lineEnd);
  const fence = /^[ \t]*(`{3,}|~{3,})[ \t]*/.exec(line);
  return fence && node.lang ? start + fence[0].length : start;
}
