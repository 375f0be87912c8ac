// @ts-check
const unified = require("unified");
const remarkParse = require("remark-parse");
const remarkGfm = require("remark-gfm");
const remarkFootnotes = require("remark-footnotes");
const remarkMath = require("remark-math");

/**
 * A Markdown parser built the way gatsby-transformer-remark builds its own: remark-parse, then
 * remark-gfm and remark-footnotes (with inline notes) for its `gfm` and `footnotes` options,
 * then remark-math, which gatsby-remark-typeset-math adds (gatsby-remark-katex's). With `math` off it reads a post as the site
 * does when math is off for it.
 * @param {{ gfm: boolean; footnotes: boolean; math: boolean }} features
 */
function markdownParser(features) {
  let parser = unified().use(remarkParse);
  if (features.gfm) parser = parser.use(remarkGfm);
  if (features.footnotes) parser = parser.use(remarkFootnotes, { inlineNotes: true });
  if (features.math) parser = parser.use(remarkMath);
  return parser.freeze();
}

module.exports = { markdownParser };
