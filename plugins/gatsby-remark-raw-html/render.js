// @ts-check
/**
 * The HTML published in place of embed code: a placeholder that loads nothing from the embedded
 * site until the reader asks, and a quote of a social network post that loads nothing at all.
 *
 * @typedef {import("./iframe-embed").IframeEmbed} IframeEmbed
 * @typedef {import("./social-posts").SocialPost} SocialPost
 */

const { escapeAttribute, escapeHtml } = require("./escape");

/**
 * Prefix of the attributes that describe the frame to load; src/browser/embeds.ts copies them
 * onto the iframe it makes, and the `_headers` step reads `data-embed-src` for `frame-src`.
 */
const EMBED_DATA_PREFIX = "data-embed-";

/** @param {IframeEmbed} embed */
function frameStyle(embed) {
  if (embed.ratio !== null)
    return ` style="aspect-ratio: ${embed.ratio.width} / ${embed.ratio.height}"`;
  if (embed.height !== null) return ` style="height: ${embed.height}px"`;
  // The stylesheet's 16:9.
  return "";
}

/**
 * The attributes of the frame, as data attributes of the placeholder. `loading="lazy"` is there
 * for a frame loaded while scrolled out of view (in a reader's browser that restores the page).
 * @param {IframeEmbed} embed
 * @returns {string}
 */
function frameData(embed) {
  /** @type {Array<[string, string]>} */
  const attributes = [
    ["src", embed.src],
    ["title", embed.title],
    ["loading", "lazy"],
    ...embed.frameAttributes,
  ];
  return attributes
    .map(([name, value]) => ` ${EMBED_DATA_PREFIX}${name}="${escapeAttribute(value)}"`)
    .join("");
}

/**
 * A box of the frame's shape holding a button that loads the frame (hidden until the site's
 * script can make it work) and a link to the embedded thing, which works without JavaScript.
 * Inside a paragraph every element is a `<span>`, as a `<figure>` would end the paragraph.
 * @param {IframeEmbed} embed
 * @param {{ inline: boolean }} options
 * @returns {string}
 */
function renderEmbed(embed, { inline }) {
  const [outer, box, caption] = inline ? ["span", "span", "span"] : ["figure", "div", "figcaption"];
  const { kind, site, pageUrl } = embed.provider;
  const kindClass = kind.replace(/\s+/g, "-");
  return (
    `<${outer} class="embed embed-${kindClass}"${frameData(embed)}>` +
    `<${box} class="embed-frame"${frameStyle(embed)}>` +
    `<${box} class="embed-placeholder" data-pagefind-ignore="">` +
    `<button type="button" class="embed-load" hidden="">Load the ${escapeHtml(kind)} from ${escapeHtml(site)}</button>` +
    `<a class="embed-link" href="${escapeAttribute(pageUrl)}">Open the ${escapeHtml(kind)} on ${escapeHtml(site)}</a>` +
    `</${box}></${box}>` +
    (embed.authorTitle === null
      ? ""
      : `<${caption} class="embed-caption">${escapeHtml(embed.authorTitle)}</${caption}>`) +
    `</${outer}>`
  );
}

/**
 * "— Jane Doe (@jane) on Twitter, April 20, 2020", the date (or "view the post") linking to the
 * post.
 * @param {SocialPost} post
 */
function sourceLine(post) {
  const who =
    post.author !== null && post.handle !== null
      ? `${post.author} (${post.handle})`
      : (post.author ?? post.handle);
  const origin = `${who === null ? "A post" : escapeHtml(who)} on ${escapeHtml(post.networkName)}`;
  if (post.url === null) return `\u2014 ${origin}`;
  const date =
    post.dateText === null
      ? "view the post"
      : post.datetime === null
        ? escapeHtml(post.dateText)
        : `<time datetime="${escapeAttribute(post.datetime)}">${escapeHtml(post.dateText)}</time>`;
  return `\u2014 ${origin}, <a href="${escapeAttribute(post.url)}">${date}</a>`;
}

/**
 * A post of a social network as a quote of the site's own: its text, then who wrote it, where
 * and when, with a link to it.
 * @param {SocialPost} post
 * @returns {string}
 */
function renderSocialPost(post) {
  const attributes = [
    post.url === null ? "" : ` cite="${escapeAttribute(post.url)}"`,
    post.lang === null ? "" : ` lang="${escapeAttribute(post.lang)}"`,
    post.dir === null ? "" : ` dir="${post.dir}"`,
  ].join("");
  const text =
    post.paragraphs.length === 0
      ? ""
      : `<blockquote class="social-post-text"${attributes}>${post.paragraphs
          .map((paragraph) => `<p>${paragraph}</p>`)
          .join("")}</blockquote>`;
  return (
    `<figure class="social-post social-post-${post.network.key}">${text}` +
    `<figcaption class="social-post-source">${sourceLine(post)}</figcaption></figure>`
  );
}

module.exports = { renderEmbed, renderSocialPost, EMBED_DATA_PREFIX };
