// @ts-check
/**
 * The two rules by which `#section` links to headings have been written. Posts keep the rule of
 * the tool that wrote them, so both are known here; the ids the site gives are the current one's.
 *
 * - Current (github-slugger 1.4 and later, as installed): keep letters, marks, decimal and letter
 *   numbers, `_` and `-`; drop every other punctuation mark, symbol, control and format
 *   character; each U+0020 space becomes `-`, any other space is dropped.
 * - Older (github-slugger 1.1 to 1.3, which earlier Gatsby and GitHub-style blogs used): trim;
 *   drop ASCII punctuation but `-` and `_`, the General and Supplemental Punctuation blocks
 *   (U+2000–U+206F, U+2E00–U+2E7F) and emoji; each whitespace character becomes `-`. Everything
 *   else stays, so full-width and CJK punctuation (`：` `／` `（` `）` `、` `。` `「` `」`), the
 *   middle dot `・`, Latin-1 signs (`©` `«` `×`) and non-emoji symbols (`→` `★`) are kept.
 *
 * Both lower-case the whole text and number repeats the same way (`a`, `a-1`, `a-2`).
 */
const GithubSlugger = require("github-slugger");

/** @typedef {(text: string) => string} SlugRule */

const OLDER_PUNCTUATION = /[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g;
/**
 * The emoji the older rule's `emoji-regex` removed: keycaps (`1️⃣`, digit and all), characters
 * shown as emoji by default (flags and skin tones included) and any character followed by the
 * emoji variation selector, with their tag characters. Text-style signs such as `©`, `™` and a
 * bare `❤` were not emoji to it and stay.
 */
const EMOJI =
  /[0-9#*]\uFE0F?\u20E3|\p{Emoji}\uFE0F|\p{Emoji_Presentation}|\p{Emoji_Modifier}|[\u{E0020}-\u{E007F}]/gu;

/** @type {SlugRule} */
function currentSlug(text) {
  return GithubSlugger.slug(text);
}

/** @type {SlugRule} */
function olderSlug(text) {
  return text
    .toLowerCase()
    .trim()
    .replace(OLDER_PUNCTUATION, "")
    .replace(EMOJI, "")
    .replace(/\s/g, "-");
}

/**
 * Current slugs unique within one page, from github-slugger itself.
 * @returns {SlugRule}
 */
function currentSlugger() {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/**
 * Older slugs unique within one page, numbered as github-slugger numbers them: a repeat gets
 * `-1`, `-2`, …, skipping any slug already taken (`## A` `## A` `## A-1` give a, a-1, a-1-1).
 * @returns {SlugRule}
 */
function olderSlugger() {
  /** @type {Map<string, number>} */
  const occurrences = new Map();
  return (text) => {
    const base = olderSlug(text);
    let slug = base;
    while (occurrences.has(slug)) {
      const count = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, count);
      slug = `${base}-${count}`;
    }
    occurrences.set(slug, 0);
    return slug;
  };
}

module.exports = { currentSlug, olderSlug, currentSlugger, olderSlugger };
