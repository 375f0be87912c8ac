import type { UiStrings } from "../i18n/ui-strings";

/**
 * The words the search script says as it runs, in the page's language. The page carries them
 * (`data-search-text` on the search page, written from the interface strings at build time), so
 * the browser script holds no table of its own.
 */
export type SearchStatusWords = Pick<
  UiStrings,
  | "searchNoResults"
  | "searchOneResult"
  | "searchResults"
  | "searchFirstResults"
  | "searchUnavailable"
>;

const KEYS: readonly (keyof SearchStatusWords)[] = [
  "searchNoResults",
  "searchOneResult",
  "searchResults",
  "searchFirstResults",
  "searchUnavailable",
];

export function searchStatusWords(words: UiStrings): SearchStatusWords {
  return Object.fromEntries(KEYS.map((key) => [key, words[key]])) as SearchStatusWords;
}

/** The words a page carries, as JSON; null when they are missing or unreadable. */
export function readSearchStatusWords(json: string | undefined): SearchStatusWords | null {
  if (json === undefined) return null;
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    const complete = KEYS.every((key) => typeof parsed[key] === "string");
    return complete ? (parsed as SearchStatusWords) : null;
  } catch {
    return null;
  }
}
