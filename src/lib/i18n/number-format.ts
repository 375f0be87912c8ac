/** Counts in the digits of a language: "12" in English, "۱۲" in Persian. */

const formats = new Map<string, Intl.NumberFormat>();

export function formatCount(count: number, lang: string): string {
  const tag = lang.trim().replace(/_/g, "-");
  let locale = "en";
  try {
    locale = Intl.NumberFormat.supportedLocalesOf([tag])[0] ?? "en";
  } catch {
    // A tag Intl cannot parse counts in English digits.
  }
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { useGrouping: true, maximumFractionDigits: 0 });
    formats.set(locale, format);
  }
  return format.format(count);
}
