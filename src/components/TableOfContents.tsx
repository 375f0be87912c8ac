import { uiStrings } from "../lib/i18n/ui-strings";
import type { HeadingEntry } from "../lib/markdown/heading-outline";
import { hasTableOfContents, tocTree, type TocItem } from "../lib/markdown/toc-tree";

interface TableOfContentsProps {
  /** The post's headings in document order; only `##` and `###` are listed. */
  headings: readonly HeadingEntry[];
  /** The post's language: of its headings, and of the component's own words. */
  lang: string;
}

function TocList({ items }: { items: readonly TocItem[] }) {
  return (
    <ol className="toc-list">
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
export function TableOfContents({ headings, lang }: TableOfContentsProps) {
  if (!hasTableOfContents(headings)) return null;
  const words = uiStrings(lang);
  return (
    <nav className="toc" aria-label={words.tableOfContents} data-pagefind-ignore="">
      <h2 className="toc-title">{words.contents}</h2>
      <TocList items={tocTree(headings)} />
    </nav>
  );
}
