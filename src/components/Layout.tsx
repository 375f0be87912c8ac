import { Link } from "gatsby";
import type { ReactNode } from "react";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { textDirection } from "../lib/i18n/text-direction";
import { uiStrings } from "../lib/i18n/ui-strings";
import { SITE_NAV_LINKS } from "../lib/lists/site-nav";
import { SearchForm } from "./SearchForm";
import { ThemeToggle } from "./ThemeToggle";

interface LayoutProps {
  children: ReactNode;
  /** The page's language, which the header and footer speak; the site's when absent. */
  lang?: string;
}

/**
 * The frame of every page: skip link, header (title, navigation, tools), main content and
 * footer. `.site-main` spans the page's width; each of its children is centred in the reading
 * column unless it sets its own width (see `.site-main` in global.css), so a page can give its
 * content a sidebar without touching this component.
 */
export function Layout({ children, lang }: LayoutProps) {
  const { title, description, defaultLang } = useSiteMetadata();
  const pageLang = lang ?? defaultLang;
  const words = uiStrings(pageLang);
  // The site's name and description are written in the site's language, whatever the page's.
  const siteText =
    pageLang === defaultLang ? {} : { lang: defaultLang, dir: textDirection(defaultLang) };
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        {words.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="site-title" to="/" {...siteText}>
            {title}
          </Link>
          <nav className="site-nav" aria-label={words.siteNavigation}>
            <ul className="site-nav-list">
              {SITE_NAV_LINKS.map((link) => (
                <li key={link.to}>
                  <Link to={link.to}>{words[link.labelKey]}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header-tools">
            <SearchForm
              hideLabel
              className="site-search"
              landmarkLabel={words.siteNavigation}
              lang={pageLang}
            />
            <ThemeToggle lang={pageLang} />
          </div>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <p {...siteText}>
            {title}: {description}
          </p>
        </div>
      </footer>
    </div>
  );
}
