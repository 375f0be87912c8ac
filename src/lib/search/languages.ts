/** The languages of a Pagefind bundle, as its `pagefind-entry.json` lists them. */
export type IndexLanguages = Readonly<Record<string, { readonly page_count: number }>>;

/**
 * The index Pagefind opens for a page in `pageLanguage`, chosen the way pagefind.js chooses it:
 * the same language, else the same primary language (`en` for `en-gb`), else the language with
 * the most pages. Null when the bundle has no index.
 */
export function primaryIndexLanguage(
  languages: IndexLanguages,
  pageLanguage: string,
): string | null {
  const wanted = pageLanguage.toLowerCase();
  const primary = wanted.split("-")[0] ?? wanted;
  if (Object.hasOwn(languages, wanted)) return wanted;
  if (Object.hasOwn(languages, primary)) return primary;
  const largest = Object.entries(languages).sort((a, b) => b[1].page_count - a[1].page_count)[0];
  return largest?.[0] ?? null;
}

/**
 * The indexes to search besides the one Pagefind opens for the page: every other language, so
 * that a search from an English page also finds posts in Japanese, each language searched with
 * its own word splitting and stemming.
 */
export function otherIndexLanguages(languages: IndexLanguages, pageLanguage: string): string[] {
  const primary = primaryIndexLanguage(languages, pageLanguage);
  return Object.keys(languages)
    .filter((language) => language !== primary)
    .sort();
}
