import { Link } from "gatsby";
import { formatUiString, uiStrings } from "../lib/i18n/ui-strings";

interface TranslationNoticeProps {
  /** The translation's language, which the notice is written in. */
  lang: string;
  translatedBy: string | null;
  /** The original's last `updated` date, when it is later than the translation. */
  outdatedSince: string | null;
  originalSlug: string | null;
  originalLang: string | null;
}

function longDate(value: string, lang: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(date);
  } catch {
    return new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(date);
  }
}

/** Under a translation's title: who translated it, and whether the original has changed since. */
export function TranslationNotice({
  lang,
  translatedBy,
  outdatedSince,
  originalSlug,
  originalLang,
}: TranslationNoticeProps) {
  const words = uiStrings(lang);
  return (
    <>
      {translatedBy && (
        <p className="translated-by">
          {formatUiString(words.translatedBy, { name: translatedBy })}
        </p>
      )}
      {outdatedSince && originalSlug && (
        <p className="translation-outdated" role="note">
          {formatUiString(words.translationOutdated, {
            date: longDate(outdatedSince, lang),
          })}{" "}
          <Link to={originalSlug} hrefLang={originalLang ?? undefined}>
            {words.readOriginal}
          </Link>
        </p>
      )}
    </>
  );
}
