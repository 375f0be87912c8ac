import type { HeadingEntry } from "../lib/markdown/heading-outline";
import { hasTableOfContents, tocTree, type TocItem } from "../lib/markdown/toc-tree";

interface TableOfContentsProps {
  /** The post's headings in document order; only `##` and `###` are listed. */
  headings: readonly HeadingEntry[];
  /** Language of the headings (the post's). */
  lang: string;
  /** Language of the component's own words (the site's). */
  siteLang: string;
}

function TocList({ items, lang }: { items: readonly TocItem[]; lang?: string }) {
  return (
    <ol className="toc-list" lang={lang}>
      {items.map((item) => (
        <li key={item.id}>
          {/* The heading's own markup, so formulas are typeset here as they are in the post. */}
          <a href={`#${item.id}`} dangerouslySetInnerHTML={{ __html: item.html }} />
          {item.children.length > 0 && <TocList items={item.children} />}
        </li>
      ))}
    </ol>
  );
}

/**
 * The post's sections as a nested list of links, for posts with at least three of them. Where it
 * sits (before the text on a phone, beside it on a wide screen) is up to the stylesheet, and
 * src/browser/toc-tracking.ts marks the section being read.
 */
export function TableOfContents({ headings, lang, siteLang }: TableOfContentsProps) {
  if (!hasTableOfContents(headings)) return null;
  return (
    <nav className="toc" aria-label="Table of contents" lang={siteLang} data-pagefind-ignore="">
      <h2 className="toc-title">Contents</h2>
      <TocList items={tocTree(headings)} lang={lang} />
    </nav>
  );
}
