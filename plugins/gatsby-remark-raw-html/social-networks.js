// @ts-check
/**
 * The social networks whose embed code old posts carry: a `<blockquote>` of a known class that
 * already holds the post, then the network's script, which would replace it with a widget
 * loaded from the network. Recognising the script lets it be dropped without complaint.
 *
 * @typedef {import("./html-tags").StartTag} StartTag
 *
 * @typedef {object} Network
 * @property {string} key
 * @property {string} className the blockquote's class in the network's embed code
 * @property {string} name
 * @property {RegExp | null} script the address of its embed script, when it has one address
 */

const { attributeValue, classList, htmlTags } = require("./html-tags");
const { originOf, webUrl } = require("./web-address");

/** @type {Network[]} */
const NETWORKS = [
  {
    key: "twitter",
    className: "twitter-tweet",
    name: "Twitter",
    script: /^(?:https?:)?\/\/platform\.twitter\.com\/widgets\.js$/i,
  },
  // A Mastodon server serves its own script, so it is recognised by the posts it goes with.
  { key: "mastodon", className: "mastodon-embed", name: "Mastodon", script: null },
  {
    key: "instagram",
    className: "instagram-media",
    name: "Instagram",
    script: /^(?:https?:)?\/\/(?:www\.)?instagram\.com\/embed\.js$/i,
  },
  {
    key: "bluesky",
    className: "bluesky-embed",
    name: "Bluesky",
    script: /^(?:https?:)?\/\/embed\.bsky\.app\/static\/embed\.js$/i,
  },
];

/**
 * The network whose embed code a `<blockquote>` start tag opens, or null.
 * @param {StartTag} tag
 * @returns {Network | null}
 */
function socialNetworkOf(tag) {
  if (tag.name !== "blockquote") return null;
  const classes = classList(tag);
  return NETWORKS.find((network) => classes.includes(network.className)) ?? null;
}

/**
 * The origins of the Mastodon servers whose posts a post embeds (`https://mastodon.social`):
 * their `embed.js` goes with those embeds.
 * @param {readonly string[]} htmlValues every piece of raw HTML of the post
 * @returns {Set<string>}
 */
function mastodonOrigins(htmlValues) {
  const origins = new Set();
  for (const html of htmlValues) {
    for (const tag of htmlTags(html)) {
      if (tag.type !== "start" || !classList(tag).includes("mastodon-embed")) continue;
      const address = attributeValue(tag, "data-embed-url") ?? attributeValue(tag, "src");
      const origin = originOf(address ?? "");
      if (origin !== null) origins.add(origin);
    }
  }
  return origins;
}

/**
 * Whether a `<script>` is a social network's embed script, which is dropped with no report.
 * @param {StartTag} tag
 * @param {ReadonlySet<string>} mastodon origins of the Mastodon servers the post embeds from
 */
function isEmbedScript(tag, mastodon) {
  const src = (attributeValue(tag, "src") ?? "").trim();
  if (src === "") return false;
  if (NETWORKS.some((network) => network.script?.test(src))) return true;
  const url = webUrl(src.startsWith("//") ? `https:${src}` : src);
  return url !== null && url.pathname === "/embed.js" && mastodon.has(originOf(url.href) ?? "");
}

module.exports = { socialNetworkOf, mastodonOrigins, isEmbedScript };
