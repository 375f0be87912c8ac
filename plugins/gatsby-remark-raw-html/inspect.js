// @ts-check
/**
 * One pass over a piece of a post's raw HTML that says both what is published in its place (the
 * plugin applies the edits) and what the author is told (the content check reports the
 * findings), so the two can never disagree about what counts as an embed or as unsafe.
 *
 * @typedef {import("./html-tags").HtmlTag} HtmlTag
 * @typedef {import("./html-tags").StartTag} StartTag
 * @typedef {import("./html-tags").HtmlAttribute} HtmlAttribute
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

const { htmlTags, closingTagIndex } = require("./html-tags");
const { readIframe } = require("./iframe-embed");
const { renderEmbed, renderSocialPost } = require("./render");
const { isEmbedScript, readSocialPost, socialNetworkOf } = require("./social-posts");

/** Attributes whose value a browser follows as a URL, where `javascript:` would run. */
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "xlink:href",
  "data",
  "poster",
  "background",
  "cite",
  "codebase",
  // SVG animations can set an `href` to these.
  "to",
  "from",
  "values",
]);

/** Elements a post has no use for, and why. */
const UNWANTED_ELEMENTS = /** @type {Record<string, string>} */ ({
  object: "plugins are blocked by the site's Content-Security-Policy (object-src 'none')",
  embed: "plugins are blocked by the site's Content-Security-Policy (object-src 'none')",
  applet: "plugins are blocked by the site's Content-Security-Policy (object-src 'none')",
  base: "it would change where every relative link of the page points",
  meta: "it belongs in the page's <head>, which the site writes",
  link: "it belongs in the page's <head>, which the site writes",
  frame: "frames are obsolete; use an <iframe>",
  frameset: "frames are obsolete; use an <iframe>",
});

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
 * Whether a URL would run script when followed. Browsers drop ASCII whitespace and control
 * characters from the ends and tabs and line breaks inside before reading the scheme.
 * @param {string} url
 */
function isScriptUrl(url) {
  // eslint-disable-next-line no-control-regex
  const normalised = url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  return /^(?:javascript|vbscript):/i.test(normalised);
}

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
 * Removes an attribute with the space before it.
 * @param {string} html
 * @param {HtmlAttribute} attribute
 * @returns {Edit}
 */
function removeAttribute(html, attribute) {
  let start = attribute.start;
  while (start > 0 && /[\t\n\f\r ]/.test(html[start - 1] ?? "")) start--;
  return { start, end: attribute.end, text: "" };
}

/** @param {string} text */
function shorten(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/**
 * @param {StartTag} tag
 * @param {import("./iframe-embed").IframeReading} reading
 * @returns {Finding}
 */
function iframeProblem(tag, reading) {
  const message =
    "problem" in reading
      ? reading.problem === "srcdoc"
        ? 'iframe `srcdoc` puts a page of HTML, scripts included, inside this one, and is not published; embed a page by its address instead (src="https://…")'
        : reading.problem === "no-src"
          ? "iframe has no `src`, so there is nothing to embed and it is not published; give it the https:// address of the page to embed, or remove it"
          : `iframe src "${shorten(reading.src)}" is not a web address, so it is not published; embed an https:// page, or remove the iframe`
      : "";
  return { index: tag.start, severity: "error", rule: "html/iframe-src", message };
}

/**
 * @param {StartTag} tag
 * @param {import("./iframe-embed").IframeEmbed} embed
 * @returns {Finding}
 */
function titleWarning(tag, embed) {
  const { kind, site } = embed.provider;
  const givenTitle = embed.givenTitle;
  const said =
    givenTitle === null || givenTitle.trim() === ""
      ? "iframe has no title"
      : `iframe title "${shorten(givenTitle)}" is the one every embed from ${site} has`;
  return {
    index: tag.start,
    severity: "warning",
    rule: "html/embed-title",
    message: `${said}, so screen readers announce it as "${embed.title}"; say what this ${kind} is: title="…"`,
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
  /** @type {Finding[]} */
  const findings = [];
  /** @type {Edit[]} */
  const edits = [];
  /** Inline elements open at the current tag. */
  const inlineParents = /** @type {string[]} */ ([]);
  const tags = htmlTags(html);
  let index = 0;
  while (index < tags.length) {
    const tag = /** @type {HtmlTag} */ (tags[index]);
    index++;
    if (tag.type === "end") {
      // What is left of an element replaced or removed in an earlier piece of HTML: an inline
      // `<iframe>` and its end tag are two pieces.
      if (LEFTOVER_END_TAGS.has(tag.name)) edits.push({ start: tag.start, end: tag.end, text: "" });
      const open = inlineParents.lastIndexOf(tag.name);
      if (open !== -1) inlineParents.length = open;
      continue;
    }
    if (!tag.complete) {
      findings.push({
        index: tag.start,
        severity: "error",
        rule: "html/unclosed-tag",
        message: `the <${tag.name}> tag is not closed before a blank line, so the rest of it would be read as text, and it is not published; keep the whole tag on lines with no blank line between them`,
      });
      edits.push({ start: tag.start, end: html.length, text: "" });
      break;
    }
    if (tag.name === "iframe") {
      const { end, next } = textElementEnd(tags, index - 1, html);
      index = next;
      const reading = readIframe(tag);
      if (!("embed" in reading)) {
        findings.push(iframeProblem(tag, reading));
        edits.push({ start: tag.start, end, text: "" });
        continue;
      }
      if (reading.embed.authorTitle === null) findings.push(titleWarning(tag, reading.embed));
      const inline = context.inline || inlineParents.length > 0;
      edits.push({ start: tag.start, end, text: renderEmbed(reading.embed, { inline }) });
      continue;
    }
    const network = socialNetworkOf(tag);
    if (network !== null) {
      const close = closingTagIndex(tags, index - 1);
      const closing = tags[close];
      if (closing === undefined) {
        findings.push({
          index: tag.start,
          severity: "warning",
          rule: "html/embed-split",
          message: `this ${network.name} embed code has a blank line inside it, so it is published as a plain quote without its author and date; remove the blank lines inside the <blockquote>`,
        });
      } else {
        const post = readSocialPost(html.slice(tag.start, closing.end), network);
        edits.push({ start: tag.start, end: closing.end, text: renderSocialPost(post) });
        index = close + 1;
        continue;
      }
    }
    if (tag.name === "script" || tag.name === "style") {
      const { end, next } = textElementEnd(tags, index - 1, html);
      index = next;
      edits.push({ start: tag.start, end, text: "" });
      if (tag.name === "style") {
        findings.push({
          index: tag.start,
          severity: "error",
          rule: "html/style-element",
          message:
            "a <style> block would restyle the whole page (header, navigation and both themes), not only this post, and is not published; put the rules in src/styles/markdown.css, or use an element the site styles (<mark>, <kbd>, <figure>, …)",
        });
      } else if (!isEmbedScript(tag, context.mastodonOrigins)) {
        findings.push({
          index: tag.start,
          severity: "error",
          rule: "html/script",
          message:
            "a <script> in a post is never published (the site's pages run no script from posts); remove it, and show code in a fenced code block. Only the embed scripts of Twitter, Mastodon, Instagram and Bluesky are accepted, and dropped",
        });
      }
      continue;
    }
    const unwanted = UNWANTED_ELEMENTS[tag.name];
    if (unwanted !== undefined) {
      findings.push({
        index: tag.start,
        severity: "error",
        rule: "html/element",
        message: `<${tag.name}> is not published: ${unwanted}; remove it`,
      });
      edits.push({ start: tag.start, end: tag.end, text: "" });
      continue;
    }
    for (const attribute of tag.attributes) {
      if (/^on/.test(attribute.name)) {
        findings.push({
          index: attribute.start,
          severity: "error",
          rule: "html/event-handler",
          message: `\`${attribute.name}\` runs JavaScript, which is never published; remove the attribute (the site's pages run no script from posts)`,
        });
        edits.push(removeAttribute(html, attribute));
      } else if (URL_ATTRIBUTES.has(attribute.name) && isScriptUrl(attribute.value)) {
        findings.push({
          index: attribute.start,
          severity: "error",
          rule: "html/javascript-url",
          message: `\`${attribute.name}="${shorten(attribute.value)}"\` runs JavaScript, which is never published; link to an https:// address or a page of the site instead`,
        });
        edits.push(removeAttribute(html, attribute));
      } else if (attribute.name === "style") {
        findings.push({
          index: attribute.start,
          severity: "warning",
          rule: "html/style-attribute",
          message: `\`style="${shorten(attribute.value)}"\` is published as written, but fixed colours and sizes ignore the dark theme and small screens; prefer an element the site styles (<mark>, <kbd>, <figure>, …) or a class from src/styles`,
        });
      }
    }
    if (INLINE_PARENTS.has(tag.name)) inlineParents.push(tag.name);
  }
  return { findings, edits };
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
