/** Regions for languages whose Open Graph locale is not simply `xx_XX`. */
const DEFAULT_REGIONS: Readonly<Record<string, string>> = {
  en: "US",
  ja: "JP",
  zh: "CN",
  ko: "KR",
  pt: "BR",
  sv: "SE",
  da: "DK",
  el: "GR",
  cs: "CZ",
  uk: "UA",
  he: "IL",
  hi: "IN",
  vi: "VN",
};

/**
 * The Open Graph locale (`ll_CC`) for a BCP 47 language tag: "en" -> "en_US", "pt-BR" -> "pt_BR",
 * "ja" -> "ja_JP", "fr" -> "fr_FR".
 */
export function openGraphLocale(lang: string): string {
  const [language = "en", region] = lang.trim().split(/[-_]/);
  const lower = language.toLowerCase();
  if (region && /^[a-z]{2}$/i.test(region)) return `${lower}_${region.toUpperCase()}`;
  return `${lower}_${DEFAULT_REGIONS[lower] ?? lower.toUpperCase()}`;
}
