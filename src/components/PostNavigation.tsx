import { Link } from "gatsby";
import type { PostLink } from "../lib/posts/page-context";

interface PostNavigationProps {
  older: PostLink | null;
  newer: PostLink | null;
  /** Language of the component's own words (the site's). */
  siteLang: string;
}

/** Links to the posts published just before and just after this one. */
export function PostNavigation({ older, newer, siteLang }: PostNavigationProps) {
  if (older === null && newer === null) return null;
  return (
    <nav
      className="post-nav"
      aria-label="Older and newer posts"
      lang={siteLang}
      data-pagefind-ignore=""
    >
      <ul>
        {older && (
          <li className="post-nav-older">
            <Link to={older.slug} rel="prev">
              <span className="post-nav-label">
                <span aria-hidden="true">← </span>Older post
              </span>{" "}
              <span className="post-nav-title" lang={older.lang}>
                {older.title}
              </span>
            </Link>
          </li>
        )}
        {newer && (
          <li className="post-nav-newer">
            <Link to={newer.slug} rel="next">
              <span className="post-nav-label">
                Newer post<span aria-hidden="true"> →</span>
              </span>{" "}
              <span className="post-nav-title" lang={newer.lang}>
                {newer.title}
              </span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
