import { isRightToLeft, textDirection } from "../lib/i18n/text-direction";
import { uiStrings } from "../lib/i18n/ui-strings";
import { Link } from "gatsby";
import type { PostLink } from "../lib/posts/page-context";

interface PostNavigationProps {
  older: PostLink | null;
  newer: PostLink | null;
  /** The page's language, which the component's own words speak. */
  lang: string;
}

/** Links to the posts published just before and just after this one. */
export function PostNavigation({ older, newer, lang }: PostNavigationProps) {
  if (older === null && newer === null) return null;
  const words = uiStrings(lang);
  // The arrows point the way the page reads: in a right-to-left page, older is to the right.
  const [back, forward] = isRightToLeft(lang) ? ["→", "←"] : ["←", "→"];
  return (
    <nav className="post-nav" aria-label={words.olderAndNewer} data-pagefind-ignore="">
      <ul>
        {older && (
          <li className="post-nav-older">
            <Link to={older.slug} rel="prev">
              <span className="post-nav-label">
                <span aria-hidden="true">{back} </span>
                {words.olderPost}
              </span>{" "}
              <span className="post-nav-title" lang={older.lang} dir={textDirection(older.lang)}>
                {older.title}
              </span>
            </Link>
          </li>
        )}
        {newer && (
          <li className="post-nav-newer">
            <Link to={newer.slug} rel="next">
              <span className="post-nav-label">
                {words.newerPost}
                <span aria-hidden="true"> {forward}</span>
              </span>{" "}
              <span className="post-nav-title" lang={newer.lang} dir={textDirection(newer.lang)}>
                {newer.title}
              </span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
