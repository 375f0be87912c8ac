import type { CiteThisPost as CiteThisPostData } from "../lib/citations/cite-this-post";
import { uiStrings } from "../lib/i18n/ui-strings";

interface CiteThisPostProps {
  cite: CiteThisPostData;
  lang: string;
}

/**
 * The post as a reference: formatted in the site's citation style, and as a BibTeX entry in the
 * markup of a code block, so the code blocks' copy button (src/browser/copy-code.ts) copies it
 * and no script of its own is needed. Kept out of the search index: it repeats the title.
 */
export function CiteThisPost({ cite, lang }: CiteThisPostProps) {
  const words = uiStrings(lang);
  return (
    <section
      className="cite-this-post"
      aria-labelledby="cite-this-post-heading"
      data-pagefind-ignore="all"
    >
      <h2 id="cite-this-post-heading">{words.citeThisPost}</h2>
      <p className="cite-this-post-citation" dangerouslySetInnerHTML={{ __html: cite.citation }} />
      <figure className="code-block" data-language="bibtex">
        <figcaption className="code-header">
          <span className="code-title">{words.bibtexEntry}</span>
        </figcaption>
        <button
          type="button"
          className="code-copy"
          hidden
          aria-label={`${words.copy}: ${words.bibtexEntry}`}
          data-copied-label={words.copied}
          data-failed-label={words.copyFailed}
          data-pagefind-ignore=""
        >
          {words.copy}
        </button>
        {/* Wrapped, not scrolled (citations.css), so it needs no keyboard focus of its own. */}
        <pre className="code-pre language-text">
          <code className="language-text">{cite.bibtex}</code>
        </pre>
      </figure>
    </section>
  );
}
