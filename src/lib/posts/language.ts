/** Tags that also say which language a post is written in. */
const LANGUAGE_TAGS: ReadonlySet<string> = new Set(["en", "ja"]);

/**
 * The language of a post: its `lang` field if it has one, else a language tag (`en`, `ja`),
 * else the site's default.
 */
export function postLanguage(
  lang: string | null | undefined,
  tags: readonly string[] | null | undefined,
  defaultLang: string,
): string {
  if (lang && lang.trim() !== "") return lang.trim();
  const tagged = (tags ?? []).map((tag) => tag.toLowerCase()).find((tag) => LANGUAGE_TAGS.has(tag));
  return tagged ?? defaultLang;
}
