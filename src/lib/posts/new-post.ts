/** Names and writes the skeleton of a new post for `npm run new -- "Post title"`. */

/** Slugs longer than this are cut at a word boundary: they end up in every URL of the post. */
export const MAX_SLUG_LENGTH = 60;

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * The folder name (and URL slug) for a title: lowercase ASCII letters and digits joined by `-`,
 * accents dropped, at most MAX_SLUG_LENGTH characters. Null when the title has no Latin letters
 * (a Japanese title, say), since a slug of digits or nothing would say nothing about the post.
 */
export function slugForTitle(title: string): string | null {
  const folded = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => EXTRA_FOLDS[letter] ?? letter)
    // "Don't" reads better as "dont" than as "don-t".
    .replace(/['’]/g, "");
  const slug = folded.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (!/[a-z]/.test(slug)) return null;
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const boundary = slug.slice(0, MAX_SLUG_LENGTH + 1).lastIndexOf("-");
  return boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** The slug for a title that gives none: the date, which at least sorts well. */
export function fallbackSlug(date: string): string {
  return `${date}-post`;
}

/** Why `slug` cannot name a post folder, or null when it can. */
export function slugProblem(slug: string): string | null {
  if (slug === "") return "the slug is empty";
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(slug)) {
    return `"${slug}" is not a usable slug; use lowercase letters, digits, "-" and "_", such as my-first-post`;
  }
  return null;
}

/** Language, then optional script, region and variants: `en`, `ja`, `pt-BR`, `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

/** Today as `YYYY-MM-DD` in UTC, so the date does not depend on the machine's time zone. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** `a, b,,c` -> `["a", "b", "c"]`. */
export function parseTags(value: string): string[] {
  return [
    ...new Set(
      value
        .split(",")
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ""),
    ),
  ];
}

export interface NewPost {
  title: string;
  /** `YYYY-MM-DD`. */
  date: string;
  tags?: readonly string[];
  lang?: string | null;
}

/**
 * The Markdown of a new post. Values are written as JSON strings, which YAML reads verbatim, so
 * quotes, colons and `#` in a title cannot break the frontmatter.
 */
export function newPostMarkdown({ title, date, tags = [], lang = null }: NewPost): string {
  const quoted = (value: string): string => JSON.stringify(value);
  const lines = [
    "---",
    `title: ${quoted(title.replace(/\s+/g, " ").trim())}`,
    `date: ${quoted(date)}`,
    'description: ""',
    `tags: [${tags.map(quoted).join(", ")}]`,
  ];
  if (lang !== null && lang !== "") lines.push(`lang: ${quoted(lang)}`);
  lines.push(
    "---",
    "",
    // An HTML comment does not show on the page if it is left in by mistake.
    "<!--",
    "Write the post below in Markdown, and fill in `description` (one or two sentences, shown in",
    "search results and link previews). Put images in this folder and use ![alt text](./image.png);",
    "write math as $x^2$ or $$ ... $$. Run `npm run check` to check the post.",
    "-->",
    "",
  );
  return lines.join("\n");
}
