/**
 * Dates as readers of a language write them: "April 20, 2020", "2020年4月20日", "20 апреля 2020 г.",
 * and for Persian the Solar Hijri calendar with Persian digits, as Iranian readers read dates.
 * Shown in UTC, so the same post shows the same day wherever the site is built.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** The locale Intl is asked for: the tag itself when Intl knows it, else English. */
function dateLocale(lang: string): string {
  const tag = lang.trim().replace(/_/g, "-");
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? "en";
  } catch {
    // A tag Intl cannot even parse ("en-", "12"): English, like a language without a row.
    return "en";
  }
}

/** A date in the words of `lang` (a BCP 47 tag), day month and year. */
export function formatDate(date: Date, lang: string): string {
  const locale = dateLocale(lang);
  let format = formats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "UTC",
    });
    formats.set(locale, format);
  }
  return format.format(date);
}
