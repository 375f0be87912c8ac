/**
 * Language codes as translations write them in their file names (`index.pt-br.md`): BCP 47 in
 * any case, read as one canonical tag (`pt-BR`) and one lower-case address segment (`pt-br`).
 */

export interface LanguageCode {
  /** Canonical BCP 47 case, for `lang`, `hreflang` and the feeds: `zh-Hans`, `pt-BR`. */
  tag: string;
  /** Lower case, for addresses and for comparing two spellings: `zh-hans`, `pt-br`. */
  segment: string;
}

export type LanguageCodeResult =
  { code: LanguageCode; problem: null } | { code: null; problem: string };

/** Names every primary language the runtime's ICU knows; codes it cannot name are not languages. */
const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/**
 * The code in canonical form, or why it is not a language. BCP 47's grammar alone accepts any
 * word of five to eight letters (`draft`, `backup`), so the primary language must also be one
 * that ICU can name, with two or three letters as ISO 639 gives them.
 */
export function parseLanguageCode(written: string): LanguageCodeResult {
  const text = written.trim().replace(/_/g, "-");
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(text);
  } catch {
    canonical = undefined;
  }
  const primary = canonical?.split("-")[0] ?? "";
  if (canonical === undefined || !/^[a-z]{2,3}$/.test(primary)) {
    return {
      code: null,
      problem: `"${written}" is not a BCP 47 language code; write one such as ja, zh-hans, pt-br or fa`,
    };
  }
  if (languageNames.of(primary) === undefined) {
    return {
      code: null,
      problem: `"${written}" names no known language ("${primary}"); write one such as ja, zh-hans, pt-br or fa`,
    };
  }
  return { code: { tag: canonical, segment: canonical.toLowerCase() }, problem: null };
}

/** The address segment of a language given anywhere (`lang: pt-BR`): lower case, canonical when valid. */
export function languageSegment(lang: string): string {
  return parseLanguageCode(lang).code?.segment ?? lang.trim().toLowerCase();
}
