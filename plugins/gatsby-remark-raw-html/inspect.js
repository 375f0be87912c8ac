// @ts-check
/**
 * One pass over a piece of a post's raw HTML that says both what is published in its place (the
 * plugin applies the edits) and what the author is told (the content check reports the
 * findings), so the two can never disagree about what counts as an embed or as unsafe.
 *
 * @typedef {import("./html-tags").HtmlTag} HtmlTag
 * @typedef {import("./html-tags").StartTag} StartTag
 *
 * @typedef {object} Finding
 * @property {number} index where in the HTML the problem is
 * @property {"error" | "warning"} severity
 * @property {string} rule
 * @property {string} message
 *
 * @typedef {object} Edit
 * @property {number} start
 * @property {number} end
 * @property {string} text what replaces `start`..`end`
 *
 * @typedef {object} HtmlContext
 * @property {boolean} inline whether the HTML sits inside a paragraph (or other inline content)
 * @property {ReadonlySet<string>} mastodonOrigins servers whose posts the post embeds
 *
 * @typedef {{ findings: Finding[]; edits: Edit[] }} Inspection
 */

const { inspectIframe, inspectSocialEmbed } = require("./embed-markup");
const { htmlTags } = require("./html-tags");
const { socialNetworkOf } = require("./social-networks");
const {
  inspectAttributes,
  inspectScriptOrStyle,
  inspectUnwantedElement,
  isScriptUrl,
} = require("./unsafe-markup");

/**
 * End tags that can only close an element this module replaced or removed: their start tag was
 * in another piece of HTML, or they would have been read with it.
 */
const LEFTOVER_END_TAGS = new Set(["iframe", "script", "style"]);

/** Elements whose content must be inline, so an embed inside them must be too. */
const INLINE_PARENTS = new Set([
  "p",
  "span",
  "a",
  "em",
  "strong",
  "b",
  "i",
  "small",
  "label",
  "sup",
  "sub",
  "mark",
  "ins",
  "del",
  "abbr",
  "q",
  "cite",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);

/**
 * The end of an element whose content is text (script, style, iframe): after its end tag, or
 * the end of the HTML when it has none here. Also the index of the next tag to read.
 * @param {HtmlTag[]} tags
 * @param {number} index of the start tag
 * @param {string} html
 */
function textElementEnd(tags, index, html) {
  const start = /** @type {StartTag} */ (tags[index]);
  const next = tags[index + 1];
  if (next?.type === "end" && next.name === start.name && next.start === start.textEnd) {
    return { end: next.end, next: index + 2 };
  }
  return { end: html.length, next: index + 1 };
}

/**
 * @param {StartTag} tag
 * @returns {Finding}
 */
function unclosedTag(tag) {
  return {
    index: tag.start,
    severity: "error",
    rule: "html/unclosed-tag",
    message: `the <${tag.name}> tag is not closed before a blank line, so the rest of it would be read as text, and it is not published; keep the whole tag on lines with no blank line between them`,
  };
}

/**
 * Reads `html` and returns what to publish instead of embeds and unsafe markup, and what to tell
 * the author about them. Embeds become placeholders or quotes; scripts, `<style>` blocks, event
 * handlers, `javascript:` URLs and elements that do not belong in a post are removed, and every
 * one of them but the networks' embed scripts is reported.
 * @param {string} html
 * @param {HtmlContext} context
 * @returns {Inspection}
 */
function inspectHtml(html, context) {
  /** @type {Inspection} */
  const found = { findings: [], edits: [] };
  /** @param {Inspection} part */
  const add = (part) => {
    found.findings.push(...part.findings);
    found.edits.push(...part.edits);
  };
  /** Inline elements open at the current tag. */
  const inlineParents = /** @type {string[]} */ ([]);
  const tags = htmlTags(html);
  let index = 0;
  while (index < tags.length) {
    const tag = /** @type {HtmlTag} */ (tags[index]);
    if (tag.type === "end") {
      // What is left of an element replaced or removed in an earlier piece of HTML: an inline
      // `<iframe>` and its end tag are two pieces.
      if (LEFTOVER_END_TAGS.has(tag.name)) {
        add({ findings: [], edits: [{ start: tag.start, end: tag.end, text: "" }] });
      }
      const open = inlineParents.lastIndexOf(tag.name);
      if (open !== -1) inlineParents.length = open;
      index++;
      continue;
    }
    if (!tag.complete) {
      add({
        findings: [unclosedTag(tag)],
        edits: [{ start: tag.start, end: html.length, text: "" }],
      });
      break;
    }
    const network = socialNetworkOf(tag);
    const embedded = network === null ? null : inspectSocialEmbed(html, tags, index, network);
    if (embedded !== null) add(embedded);
    if (embedded !== null && embedded.edits.length > 0) {
      index = embedded.next;
    } else if (tag.name === "iframe" || tag.name === "script" || tag.name === "style") {
      const { end, next } = textElementEnd(tags, index, html);
      const inline = context.inline || inlineParents.length > 0;
      add(
        tag.name === "iframe"
          ? inspectIframe(tag, end, inline)
          : inspectScriptOrStyle(tag, end, context.mastodonOrigins),
      );
      index = next;
    } else {
      const unwanted = inspectUnwantedElement(tag);
      add(unwanted ?? inspectAttributes(html, tag));
      if (unwanted === null && INLINE_PARENTS.has(tag.name)) inlineParents.push(tag.name);
      index++;
    }
  }
  return found;
}

/**
 * `html` with the edits made; they must not overlap.
 * @param {string} html
 * @param {readonly Edit[]} edits
 */
function applyEdits(html, edits) {
  let result = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

module.exports = { inspectHtml, applyEdits, isScriptUrl };
