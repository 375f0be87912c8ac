// @ts-check
/**
 * What an `<iframe>` of an old post embeds: its address (always https), a title for screen
 * readers, the shape of its box, and the few attributes the frame keeps once a reader loads it.
 *
 * @typedef {import("./html-tags").StartTag} StartTag
 * @typedef {import("./providers").Provider} Provider
 *
 * @typedef {object} IframeEmbed
 * @property {string} src
 * @property {string} title the author's, or one made from the site ("Embedded video from youtube.com")
 * @property {string | null} authorTitle the author's title, when it says something
 * @property {string | null} givenTitle the iframe's `title` as written, meaningful or not
 * @property {Provider} provider
 * @property {{ width: number; height: number } | null} ratio from numeric width and height
 * @property {number | null} height in pixels, for a frame of fixed height and fluid width
 * @property {Array<[string, string]>} frameAttributes allow, allowfullscreen, referrerpolicy, sandbox
 *
 * @typedef {{ embed: IframeEmbed } | { problem: "no-src" | "srcdoc" | "not-https"; src: string }} IframeReading
 */

const { load } = require("cheerio");
const { isMeaningfulTitle, providerOf } = require("./providers");

/**
 * The value of the first attribute called `name`, with every character reference decoded as a
 * browser decodes it (`Caf&eacute;` is "Café"), or null. The HTML parser does the decoding, as
 * the full table of named references is its business.
 * @param {StartTag} tag
 * @param {string} name
 * @returns {string | null}
 */
function attributeValue(tag, name) {
  const attribute = tag.attributes.find((candidate) => candidate.name === name);
  if (attribute === undefined) return null;
  if (!attribute.raw.includes("&")) return attribute.raw;
  const quoted = attribute.raw.replace(/"/g, "&quot;");
  return load(`<i title="${quoted}"></i>`, null, false)("i").attr("title") ?? attribute.raw;
}

/** YouTube refuses to play in a frame that sends no referrer; this one sends the origin only. */
const DEFAULT_REFERRER_POLICY = "strict-origin-when-cross-origin";

/**
 * A size attribute in CSS pixels (`560`, `560px`), or null for percentages and the like.
 * @param {string | null} value
 */
function pixels(value) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(value ?? "");
  const number = match ? Number(match[1]) : NaN;
  return number > 0 ? number : null;
}

/**
 * The iframe's address as https, or null when it is not a web address. `//host/…` and `http:`
 * addresses become https: the site's policy upgrades them anyway, and the frame's host must be
 * known for `frame-src`.
 * @param {string} src
 * @returns {URL | null}
 */
function httpsUrl(src) {
  const trimmed = src.trim();
  const absolute = trimmed.startsWith("//") ? `https:${trimmed}` : trimmed;
  if (!/^https?:\/\//i.test(absolute)) return null;
  try {
    const url = new URL(absolute);
    url.protocol = "https:";
    return url;
  } catch {
    return null;
  }
}

/**
 * @param {StartTag} tag
 * @returns {Array<[string, string]>}
 */
function frameAttributes(tag) {
  /** @type {Array<[string, string]>} */
  const kept = [];
  const allow = attributeValue(tag, "allow");
  if (allow !== null && allow.trim() !== "") kept.push(["allow", allow.trim()]);
  const fullscreen = ["allowfullscreen", "webkitallowfullscreen", "mozallowfullscreen"].some(
    (name) => attributeValue(tag, name) !== null,
  );
  if (fullscreen) kept.push(["allowfullscreen", ""]);
  kept.push(["referrerpolicy", attributeValue(tag, "referrerpolicy") ?? DEFAULT_REFERRER_POLICY]);
  const sandbox = attributeValue(tag, "sandbox");
  if (sandbox !== null) kept.push(["sandbox", sandbox]);
  return kept;
}

/**
 * @param {StartTag} tag an `<iframe>` start tag
 * @returns {IframeReading}
 */
function readIframe(tag) {
  const src = attributeValue(tag, "src") ?? "";
  if (attributeValue(tag, "srcdoc") !== null) return { problem: "srcdoc", src };
  if (src.trim() === "") return { problem: "no-src", src };
  const url = httpsUrl(src);
  if (url === null) return { problem: "not-https", src };
  const provider = providerOf(url);
  const given = attributeValue(tag, "title");
  const authorTitle = isMeaningfulTitle(given) ? (given ?? "").trim() : null;
  const width = pixels(attributeValue(tag, "width"));
  const height = pixels(attributeValue(tag, "height"));
  return {
    embed: {
      src: url.href,
      title: authorTitle ?? `Embedded ${provider.kind} from ${provider.site}`,
      authorTitle,
      givenTitle: given,
      provider,
      ratio: width !== null && height !== null ? { width, height } : null,
      height: width === null ? height : null,
      frameAttributes: frameAttributes(tag),
    },
  };
}

module.exports = { readIframe };
