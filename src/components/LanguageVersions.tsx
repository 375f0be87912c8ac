import { Link } from "gatsby";
import { uiStrings } from "../lib/i18n/ui-strings";
import type { VersionLink } from "../lib/translations/versions";

interface LanguageVersionsProps {
  versions: readonly VersionLink[];
  /** The slug of the page showing the list. */
  current: string;
  /** Language of the page, for the list's label. */
  lang: string;
}

/**
 * The versions of a post in other languages, each named in its own language and marked with it,
 * so a screen reader reads "日本語" in Japanese; the current version is in the list too, marked
 * as the current page, so the list reads the same on every version.
 */
export function LanguageVersions({ versions, current, lang }: LanguageVersionsProps) {
  if (versions.length < 2) return null;
  const label = uiStrings(lang).otherLanguages;
  return (
    <nav className="language-versions" aria-label={label} data-pagefind-ignore="">
      <span className="language-versions-label" aria-hidden="true">
        {label}:
      </span>
      <ul>
        {versions.map((version) => (
          <li key={version.slug}>
            <Link
              to={version.slug}
              lang={version.lang}
              hrefLang={version.lang}
              aria-current={version.slug === current ? "page" : undefined}
            >
              {version.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
