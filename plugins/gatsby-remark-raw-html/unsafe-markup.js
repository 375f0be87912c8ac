// @ts-check
/**
 * Markup that is never published: scripts, `<style>` blocks, event handlers, `javascript:` URLs
 * and elements that have no place in a post. Each function says what to remove and what to tell
 * the author; `style` attributes are kept, with a warning.
 *
 * @typedef {import("./html-tags").StartTag} StartTag
 * @typedef {import("./html-tags").HtmlAttribute} HtmlAttribute
 * @typedef {import("./inspect").Inspection} Inspection
 */

const { isEmbedScript } = require("./social-networks");
const { shorten } = require("./shorten");

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

const PLUGINS_BLOCKED =
  "plugins are blocked by the site's Content-Security-Policy (object-src 'none')";
const HEAD_ONLY = "it belongs in the page's <head>, which the site writes";
const OBSOLETE_FRAMES = "frames are obsolete; use an <iframe>";

/** Elements a post has no use for, and why. */
const UNWANTED_ELEMENTS = /** @type {Record<string, string>} */ ({
  object: PLUGINS_BLOCKED,
  embed: PLUGINS_BLOCKED,
  applet: PLUGINS_BLOCKED,
  base: "it would change where every relative link of the page points",
  meta: HEAD_ONLY,
  link: HEAD_ONLY,
  frame: OBSOLETE_FRAMES,
  frameset: OBSOLETE_FRAMES,
});

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
 * A `<script>` or `<style>` element, from `tag.start` to `end`: removed, and reported unless it
 * is a social network's embed script.
 * @param {StartTag} tag
 * @param {number} end
 * @param {ReadonlySet<string>} mastodonOrigins
 * @returns {Inspection}
 */
function inspectScriptOrStyle(tag, end, mastodonOrigins) {
  const edits = [{ start: tag.start, end, text: "" }];
  if (tag.name === "style") {
    const message =
      "a <style> block would restyle the whole page (header, navigation and both themes), not only this post, and is not published; put the rules in src/styles/markdown.css, or use an element the site styles (<mark>, <kbd>, <figure>, …)";
    return {
      edits,
      findings: [{ index: tag.start, severity: "error", rule: "html/style-element", message }],
    };
  }
  if (isEmbedScript(tag, mastodonOrigins)) return { edits, findings: [] };
  const message =
    "a <script> in a post is never published (the site's pages run no script from posts); remove it, and show code in a fenced code block. Only the embed scripts of Twitter, Mastodon, Instagram and Bluesky are accepted, and dropped";
  return {
    edits,
    findings: [{ index: tag.start, severity: "error", rule: "html/script", message }],
  };
}

/**
 * An element a post has no use for: its start tag is removed (what it holds stays, as the
 * fallback it was written to be), and reported. Null for any other element.
 * @param {StartTag} tag
 * @returns {Inspection | null}
 */
function inspectUnwantedElement(tag) {
  const reason = UNWANTED_ELEMENTS[tag.name];
  if (reason === undefined) return null;
  return {
    edits: [{ start: tag.start, end: tag.end, text: "" }],
    findings: [
      {
        index: tag.start,
        severity: "error",
        rule: "html/element",
        message: `<${tag.name}> is not published: ${reason}; remove it`,
      },
    ],
  };
}

/**
 * Removes an attribute with the space before it.
 * @param {string} html
 * @param {HtmlAttribute} attribute
 */
function removeAttribute(html, attribute) {
  let start = attribute.start;
  while (start > 0 && /[\t\n\f\r ]/.test(html[start - 1] ?? "")) start--;
  return { start, end: attribute.end, text: "" };
}

/**
 * The attributes of an element: event handlers and `javascript:` URLs are removed and reported,
 * `style` is reported and kept.
 * @param {string} html
 * @param {StartTag} tag
 * @returns {Inspection}
 */
function inspectAttributes(html, tag) {
  /** @type {Inspection} */
  const found = { findings: [], edits: [] };
  for (const attribute of tag.attributes) {
    const { name, value, start: index } = attribute;
    if (/^on/.test(name)) {
      found.edits.push(removeAttribute(html, attribute));
      found.findings.push({
        index,
        severity: "error",
        rule: "html/event-handler",
        message: `\`${name}\` runs JavaScript, which is never published; remove the attribute (the site's pages run no script from posts)`,
      });
    } else if (URL_ATTRIBUTES.has(name) && isScriptUrl(value)) {
      found.edits.push(removeAttribute(html, attribute));
      found.findings.push({
        index,
        severity: "error",
        rule: "html/javascript-url",
        message: `\`${name}="${shorten(value)}"\` runs JavaScript, which is never published; link to an https:// address or a page of the site instead`,
      });
    } else if (name === "style") {
      found.findings.push({
        index,
        severity: "warning",
        rule: "html/style-attribute",
        message: `\`style="${shorten(value)}"\` is published as written, but fixed colours and sizes ignore the dark theme and small screens; prefer an element the site styles (<mark>, <kbd>, <figure>, …) or a class from src/styles`,
      });
    }
  }
  return found;
}

module.exports = { isScriptUrl, inspectScriptOrStyle, inspectUnwantedElement, inspectAttributes };
