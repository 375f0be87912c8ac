// @ts-check
/**
 * The id of every heading of a page, under the current slug rule (the id the page gives it) and
 * under the older one (what links written for earlier tools may say). The build gives headings
 * these ids and the content check checks links against them, so the two never disagree.
 */
const { headingsOf } = require("./headings");
const { headingText } = require("./heading-text");
const { currentSlugger, olderSlugger } = require("./slug-rules");
const { explicitHeadingId } = require("./explicit-ids");

/**
 * @typedef {import("mdast").Heading} Heading
 * @typedef {{ heading: Heading; id: string; olderId: string; explicit: boolean }} HeadingId
 */

/**
 * Every heading of a tree with its ids, in document order; repeats are numbered within the
 * page, each rule on its own. A heading with a `{#id}` attribute has that id under both rules.
 * @param {import("unist").Node} tree
 * @returns {HeadingId[]}
 */
function headingIds(tree) {
  const current = currentSlugger();
  const older = olderSlugger();
  return headingsOf(tree).map((heading) => {
    const explicit = explicitHeadingId(heading);
    if (explicit) return { heading, id: explicit.id, olderId: explicit.id, explicit: true };
    const text = headingText(heading);
    return { heading, id: current(text), olderId: older(text), explicit: false };
  });
}

/**
 * Writes each heading's id where the HTML renderer and gatsby-remark-autolink-headers read it;
 * that plugin keeps an id it finds. A heading with a `{#id}` attribute is marked as labelled, for
 * cross-references (`@sec-method`); autolink-headers takes the attribute out of its text.
 * @param {readonly HeadingId[]} entries
 */
function applyHeadingIds(entries) {
  for (const { heading, id, explicit } of entries) {
    const data = /** @type {Record<string, unknown>} */ (heading.data ??= {});
    if (explicit) data.label = id;
    data.id = id;
    data.htmlAttributes = { .../** @type {object | undefined} */ (data.htmlAttributes), id };
    data.hProperties = { .../** @type {object | undefined} */ (data.hProperties), id };
  }
}

module.exports = { headingIds, applyHeadingIds };
