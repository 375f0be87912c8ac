import { Link } from "gatsby";
import type { ReactNode } from "react";
import { useSiteMetadata } from "../hooks/use-site-metadata";

interface LayoutProps {
  children: ReactNode;
}

/** Header, main column and footer shared by every page. */
export function Layout({ children }: LayoutProps) {
  const { title, description } = useSiteMetadata();
  return (
    <div className="site">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link className="site-title" to="/">
          {title}
        </Link>
        <nav aria-label="Site">
          <ul className="site-nav">
            <li>
              <Link to="/">Posts</Link>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {title}: {description}
        </p>
      </footer>
    </div>
  );
}
