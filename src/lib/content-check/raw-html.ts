/**
 * Raw HTML in a post, checked with the same reading the remark plugin publishes it by
 * (plugins/gatsby-remark-raw-html/inspect.js): scripts, event handlers, `javascript:` URLs,
 * `<style>` blocks and misplaced elements are errors, since they are never published; embeds
 * without a title and `style` attributes are warnings.
 */

import type { Root } from "mdast";
import { inspectHtml, isScriptUrl } from "../../../plugins/gatsby-remark-raw-html/inspect";
import { htmlNodes } from "../../../plugins/gatsby-remark-raw-html";
import { mastodonOrigins } from "../../../plugins/gatsby-remark-raw-html/social-networks";
import { startOffset, walkTree } from "./markdown-tree";
import { problemAt } from "./positions";
import type { ParsedPost, Problem } from "./types";
import { valueOffset } from "./value-offset";

export function checkRawHtml(post: ParsedPost, tree: Root): Problem[] {
  const placed = htmlNodes(tree);
  const context = { mastodonOrigins: mastodonOrigins(placed.map(({ node }) => node.value)) };
  const problems: Problem[] = [];
  for (const { node, inline } of placed) {
    for (const finding of inspectHtml(node.value, { ...context, inline }).findings) {
      const offset = valueOffset(post.body, node, finding.index);
      problems.push(problemAt(post, offset, finding.severity, finding.rule, finding.message));
    }
  }
  walkTree(tree, (node) => {
    if ((node.type === "link" || node.type === "definition") && isScriptUrl(node.url)) {
      problems.push(
        problemAt(
          post,
          startOffset(node),
          "error",
          "html/javascript-url",
          `link to "${node.url.slice(0, 40)}" runs JavaScript, which is never published; link to an https:// address or a page of the site instead`,
        ),
      );
    }
  });
  return problems.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
}
