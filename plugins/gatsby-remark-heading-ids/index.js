// @ts-check
const { shiftHeadings } = require("./heading-levels");
const { applyHeadingIds, headingIds } = require("./heading-ids");
const { rewriteSectionLinks } = require("./section-links");
const { sectionTargets } = require("./section-targets");

/**
 * Runs before gatsby-remark-autolink-headers (see src/lib/markdown/dialect.ts), which keeps the
 * ids given here and links each heading to itself. Levels move first, so every later plugin
 * sees the levels the page renders.
 *
 * @param {{ markdownAST: import("mdast").Root }} args
 */
module.exports = function gatsbyRemarkHeadingIds({ markdownAST }) {
  shiftHeadings(markdownAST);
  const entries = headingIds(markdownAST);
  applyHeadingIds(entries);
  rewriteSectionLinks(markdownAST, sectionTargets(entries));
  return markdownAST;
};
