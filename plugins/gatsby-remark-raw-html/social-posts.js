// @ts-check
/**
 * Reads a social network's embed blockquote, whose markup already holds the post's text,
 * author, date and link, so that it can be published as a quote of the site's own.
 *
 * @typedef {import("domhandler").AnyNode} AnyNode
 * @typedef {ReturnType<typeof load>} CheerioAPI
 * @typedef {import("./social-networks").Network} Network
 *
 * @typedef {object} SocialPost
 * @property {Network} network
 * @property {string} networkName "X" for x.com links, otherwise the network's name
 * @property {string[]} paragraphs the text, as HTML with links and line breaks only
 * @property {string | null} author
 * @property {string | null} handle
 * @property {string | null} url
 * @property {string | null} dateText
 * @property {string | null} datetime for `<time datetime>`
 * @property {string | null} lang
 * @property {string | null} dir
 */

const { load } = require("cheerio");
const { escapeAttribute, escapeHtml } = require("./escape");
const { postUrl, webUrl } = require("./web-address");

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * The content of an element as HTML that keeps text, line breaks and web links, and nothing else:
 * the embed code is pasted from elsewhere, so its markup is not trusted.
 * @param {AnyNode[]} nodes
 * @returns {string}
 */
function inlineHtml(nodes) {
  return nodes
    .map((node) => {
      if (node.type === "text") return escapeHtml(node.data);
      if (node.type !== "tag") return "";
      if (node.name === "br") return "<br>";
      const inner = inlineHtml(node.children);
      const href = node.name === "a" ? (webUrl(node.attribs.href)?.href ?? null) : null;
      return href === null ? inner : `<a href="${escapeAttribute(href)}">${inner}</a>`;
    })
    .join("");
}

/**
 * A date as `YYYY-MM-DD` from how the networks write it ("April 20, 2020", "2020年4月20日"), or
 * null.
 * @param {string} text
 */
function isoDate(text) {
  const english = /([A-Za-z]+)\.? (\d{1,2}), (\d{4})/.exec(text);
  const japanese = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(text);
  let parts = null;
  if (english) {
    const month = MONTHS.findIndex((name) => name.startsWith((english[1] ?? "").toLowerCase()));
    if (month !== -1 && (english[1] ?? "").length >= 3) {
      parts = [english[3], month + 1, english[2]];
    }
  } else if (japanese) {
    parts = [japanese[1], japanese[2], japanese[3]];
  }
  if (parts === null) return null;
  const [year, month, day] = parts.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * "— Jane Doe (@jane)" as name and handle.
 * @param {string} text
 * @returns {{ author: string | null; handle: string | null }}
 */
function byline(text) {
  const cleaned = text
    .replace(/\s+/g, " ")
    .replace(/^[\s\u2014\u2013-]+/, "")
    .trim();
  const match = /^(.*?)\s*\(\s*(@[^()\s]+)\s*\)$/.exec(cleaned);
  if (match) return { author: match[1] || null, handle: match[2] ?? null };
  return { author: cleaned || null, handle: null };
}

/**
 * @param {CheerioAPI} $ the embed code, loaded
 * @param {Network} network
 * @returns {Omit<SocialPost, "network" | "networkName" | "lang" | "dir">}
 */
function readParts($, network) {
  const quote = $("blockquote").first();
  if (network.key === "mastodon") {
    const text = quote.text().replace(/\s+/g, " ");
    const handle = /Post by (@[\w.-]+@[\w.-]+)/.exec(text)?.[1] ?? null;
    const embedUrl = quote.attr("data-embed-url")?.replace(/\/embed$/, "");
    return {
      paragraphs: quote
        .find("p")
        .toArray()
        .map((p) => inlineHtml(p.children)),
      author: null,
      handle,
      url: postUrl(embedUrl ?? quote.find("a[href]").attr("href")),
      dateText: null,
      datetime: null,
    };
  }
  if (network.key === "instagram") {
    const paragraphs = quote.find("p").toArray();
    const sharedBy = paragraphs.find((p) => /A post shared by/i.test($(p).text()));
    const sharedByText = sharedBy === undefined ? "" : $(sharedBy).text();
    const { author, handle } = byline(
      (sharedByText.split(/A post shared by/i)[1] ?? "").split(/ on /)[0] ?? "",
    );
    const time = quote.find("time[datetime]").first();
    return {
      paragraphs: paragraphs
        .filter((p) => p !== sharedBy && !/^View this post on Instagram$/i.test($(p).text().trim()))
        .map((p) => inlineHtml(p.children))
        .filter((html) => html.trim() !== ""),
      author,
      handle,
      url: postUrl(quote.attr("data-instgrm-permalink") ?? quote.find("a[href]").attr("href")),
      dateText: time.length > 0 ? time.text().trim() : null,
      datetime: time.attr("datetime") ?? null,
    };
  }
  // Twitter and Bluesky: paragraphs, then "— Name (@handle) <a href=post>date</a>".
  const children = quote.contents().toArray();
  const lastParagraph = children
    .map((node) => node.type === "tag" && node.name === "p")
    .lastIndexOf(true);
  const signature = children.slice(lastParagraph + 1);
  const links = signature.filter((node) => node.type === "tag" && node.name === "a");
  const postLink = links[links.length - 1];
  const bylineText = signature
    .filter((node) => node !== postLink)
    .map((node) => $(node).text())
    .join("");
  const dateText = postLink ? $(postLink).text().trim() || null : null;
  return {
    paragraphs: children
      .filter((node) => node.type === "tag" && node.name === "p")
      .map((node) => inlineHtml(/** @type {import("domhandler").Element} */ (node).children)),
    ...byline(bylineText),
    url: postLink ? postUrl($(postLink).attr("href")) : null,
    dateText,
    datetime: dateText === null ? null : isoDate(dateText),
  };
}

/**
 * Reads a network's embed blockquote: its text (links and line breaks kept), author, date and
 * link, from the markup the network wrote into it.
 * @param {string} blockquoteHtml from `<blockquote` to `</blockquote>`
 * @param {Network} network
 * @returns {SocialPost}
 */
function readSocialPost(blockquoteHtml, network) {
  const $ = load(blockquoteHtml, null, false);
  const quote = $("blockquote").first();
  const parts = readParts($, network);
  const firstParagraph = quote.find("p").first();
  const lang = firstParagraph.attr("lang") ?? quote.attr("data-lang") ?? null;
  const dir = firstParagraph.attr("dir") ?? null;
  const host = parts.url === null ? "" : new URL(parts.url).hostname;
  return {
    ...parts,
    network,
    networkName: network.key === "twitter" && /(^|\.)x\.com$/.test(host) ? "X" : network.name,
    // "und" is the network saying it could not tell the language.
    lang:
      lang !== null && lang !== "und" && /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/i.test(lang)
        ? lang
        : null,
    dir: dir !== null && /^(?:ltr|rtl|auto)$/i.test(dir) ? dir.toLowerCase() : null,
  };
}

module.exports = { readSocialPost, isoDate };
