// @ts-check
/**
 * The sites old posts embed with an iframe: what each shows (so a placeholder can say "Load the
 * video from youtube.com") and the address of the same thing as a page of its own, which the
 * placeholder links to for readers without JavaScript. Any other https site is embedded too, as
 * "content", linked at the iframe's own address.
 *
 * @typedef {"video" | "map" | "pen" | "audio player" | "post" | "content"} EmbedKind
 *
 * @typedef {object} Provider
 * @property {EmbedKind} kind
 * @property {string} site the name readers know the site by: `youtube.com`
 * @property {string} pageUrl where the embedded thing can be opened as a page
 */

/**
 * @typedef {object} ProviderRule
 * @property {(url: URL) => boolean} matches
 * @property {EmbedKind} kind
 * @property {string} [site] the iframe's host when absent
 * @property {(url: URL) => string | null} [page] the page's address, when it differs from the
 *   embed's
 */

/** @param {...string} hosts */
const hostIn =
  (...hosts) =>
  /** @param {URL} url */ (url) =>
    hosts.includes(url.hostname);

/** @type {ProviderRule[]} */
const RULES = [
  {
    matches: hostIn(
      "youtube.com",
      "www.youtube.com",
      "m.youtube.com",
      "youtube-nocookie.com",
      "www.youtube-nocookie.com",
    ),
    kind: "video",
    site: "youtube.com",
    page: (url) => {
      const list = url.searchParams.get("list");
      const id = /^\/embed\/([\w-]+)/.exec(url.pathname)?.[1];
      if (id === "videoseries" && list) return `https://www.youtube.com/playlist?list=${list}`;
      if (!id) return null;
      const start = url.searchParams.get("start");
      return `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}s` : ""}`;
    },
  },
  {
    matches: hostIn("player.vimeo.com"),
    kind: "video",
    site: "vimeo.com",
    page: (url) => {
      const id = /^\/video\/(\d+)/.exec(url.pathname)?.[1];
      return id ? `https://vimeo.com/${id}` : null;
    },
  },
  {
    matches: (url) =>
      ["www.google.com", "google.com", "maps.google.com"].includes(url.hostname) &&
      url.pathname.startsWith("/maps"),
    kind: "map",
    site: "google.com",
    page: (url) => {
      // The old embed code asks for the embedded view with `output=embed`; without it, the page.
      if (url.searchParams.get("output") !== "embed") return null;
      const page = new URL(url.href);
      page.searchParams.delete("output");
      return page.href;
    },
  },
  {
    matches: hostIn("www.openstreetmap.org", "openstreetmap.org"),
    kind: "map",
    site: "openstreetmap.org",
  },
  {
    matches: hostIn("codepen.io"),
    kind: "pen",
    site: "codepen.io",
    page: (url) => {
      const match = /^\/([^/]+)\/embed\/(?:preview\/)?([^/?#]+)/.exec(url.pathname);
      return match ? `https://codepen.io/${match[1]}/pen/${match[2]}` : null;
    },
  },
  {
    matches: hostIn("open.spotify.com"),
    kind: "audio player",
    site: "spotify.com",
    page: (url) =>
      url.pathname.startsWith("/embed/")
        ? `https://open.spotify.com/${url.pathname.slice("/embed/".length)}`
        : null,
  },
  {
    matches: hostIn("w.soundcloud.com"),
    kind: "audio player",
    site: "soundcloud.com",
    page: (url) => {
      const track = url.searchParams.get("url");
      return track && /^https:\/\/(api\.)?soundcloud\.com\//.test(track) ? track : null;
    },
  },
  {
    // A Mastodon server's own embed of a post (the embed code of Mastodon before 4.3).
    matches: (url) => /^\/@[^/]+\/\d+\/embed$/.test(url.pathname),
    kind: "post",
    page: (url) => `${url.origin}${url.pathname.slice(0, -"/embed".length)}`,
  },
];

/**
 * Titles embed code gives every iframe of a site, which tell a screen-reader user nothing about
 * this one: they count as no title.
 */
const GENERIC_TITLES = new Set([
  "youtube video player",
  "youtube video",
  "vimeo-player",
  "vimeo video player",
  "iframe",
  "embedded content",
]);

/**
 * What an embed of `url` shows, and where it can be opened as a page.
 * @param {URL} url an https address
 * @returns {Provider}
 */
function providerOf(url) {
  const rule = RULES.find((candidate) => candidate.matches(url));
  const site = rule?.site ?? url.hostname.replace(/^www\./, "");
  return {
    kind: rule?.kind ?? "content",
    site,
    pageUrl: rule?.page?.(url) ?? url.href,
  };
}

/**
 * Whether a title is one the author chose, rather than none or the one every embed of a site has.
 * @param {string | null} title
 */
function isMeaningfulTitle(title) {
  if (title === null) return false;
  const normalised = title.trim().replace(/\s+/g, " ").toLowerCase();
  return normalised !== "" && !GENERIC_TITLES.has(normalised);
}

module.exports = { providerOf, isMeaningfulTitle };
