// @ts-check
/**
 * Embed code in a post: an iframe becomes a click-to-load placeholder, a social network's
 * blockquote a quote of the site's own. Each function says what replaces the code and what to
 * tell the author.
 *
 * @typedef {import("./html-tags").HtmlTag} HtmlTag
 * @typedef {import("./html-tags").StartTag} StartTag
 * @typedef {import("./iframe-embed").IframeEmbed} IframeEmbed
 * @typedef {import("./social-networks").Network} Network
 * @typedef {import("./inspect").Finding} Finding
 * @typedef {import("./inspect").Inspection} Inspection
 */

const { closingTagIndex } = require("./html-tags");
const { readIframe } = require("./iframe-embed");
const { renderEmbed, renderSocialPost } = require("./render");
const { readSocialPost } = require("./social-posts");
const { shorten } = require("./shorten");

/** Why an iframe cannot be embedded, by what `readIframe` found. */
const IFRAME_PROBLEMS = {
  srcdoc: () =>
    'iframe `srcdoc` puts a page of HTML, scripts included, inside this one, and is not published; embed a page by its address instead (src="https://…")',
  "no-src": () =>
    "iframe has no `src`, so there is nothing to embed and it is not published; give it the https:// address of the page to embed, or remove it",
  /** @param {string} src */
  "not-https": (src) =>
    `iframe src "${shorten(src)}" is not a web address, so it is not published; embed an https:// page, or remove the iframe`,
};

/**
 * @param {StartTag} tag
 * @param {IframeEmbed} embed
 * @returns {Finding}
 */
function titleWarning(tag, embed) {
  const { kind, site } = embed.provider;
  const given = embed.givenTitle;
  const said =
    given === null || given.trim() === ""
      ? "iframe has no title"
      : `iframe title "${shorten(given)}" is the one every embed from ${site} has`;
  return {
    index: tag.start,
    severity: "warning",
    rule: "html/embed-title",
    message: `${said}, so screen readers announce it as "${embed.title}"; say what this ${kind} is: title="…"`,
  };
}

/**
 * An iframe, from `tag.start` to `end`: replaced by its placeholder, or removed with an error
 * when it cannot be embedded.
 * @param {StartTag} tag
 * @param {number} end
 * @param {boolean} inline whether it sits inside a line of text
 * @returns {Inspection}
 */
function inspectIframe(tag, end, inline) {
  const reading = readIframe(tag);
  if (!("embed" in reading)) {
    const message = IFRAME_PROBLEMS[reading.problem](reading.src);
    return {
      edits: [{ start: tag.start, end, text: "" }],
      findings: [{ index: tag.start, severity: "error", rule: "html/iframe-src", message }],
    };
  }
  return {
    edits: [{ start: tag.start, end, text: renderEmbed(reading.embed, { inline }) }],
    findings: reading.embed.authorTitle === null ? [titleWarning(tag, reading.embed)] : [],
  };
}

/**
 * A social network's embed blockquote that starts at `tags[index]`: replaced by a quote, or
 * left as it is, with a warning, when a blank line cut it in two.
 * @param {string} html
 * @param {HtmlTag[]} tags
 * @param {number} index
 * @param {Network} network
 * @returns {Inspection & { next: number }} `next`: the index of the first tag after it, or of
 *   the one after its start tag when it is left as it is
 */
function inspectSocialEmbed(html, tags, index, network) {
  const start = /** @type {StartTag} */ (tags[index]);
  const close = closingTagIndex(tags, index);
  const closing = tags[close];
  if (closing === undefined) {
    const message = `this ${network.name} embed code has a blank line inside it, so it is published as a plain quote without its author and date; remove the blank lines inside the <blockquote>`;
    return {
      next: index + 1,
      edits: [],
      findings: [{ index: start.start, severity: "warning", rule: "html/embed-split", message }],
    };
  }
  const post = readSocialPost(html.slice(start.start, closing.end), network);
  return {
    next: close + 1,
    edits: [{ start: start.start, end: closing.end, text: renderSocialPost(post) }],
    findings: [],
  };
}

module.exports = { inspectIframe, inspectSocialEmbed };
