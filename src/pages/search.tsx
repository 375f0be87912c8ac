import { graphql, Link, withPrefix, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { SearchForm } from "../components/SearchForm";
import { Seo } from "../components/Seo";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { uiStrings } from "../lib/i18n/ui-strings";
import { SEARCH_BUNDLE_PATH, SEARCH_PAGE_PATH } from "../lib/search/paths";
import { searchStatusWords } from "../lib/search/status-words";

/**
 * The search page. It is rendered empty; src/browser/search.ts reads `?q=`, queries the index
 * the build wrote into the folder named by `data-search-bundle`, and fills in the results.
 */
function SearchPage({ data }: PageProps<Queries.SearchPageQuery>) {
  const hasPosts = data.allMarkdownRemark.totalCount > 0;
  const { defaultLang } = useSiteMetadata();
  const words = uiStrings(defaultLang);
  return (
    <Layout>
      <h1 className="page-title">{words.searchTitle}</h1>
      {/* The script shows these words as it searches (src/browser/search.ts): it has no table. */}
      <div
        className="search-page"
        data-search-bundle={hasPosts ? withPrefix(SEARCH_BUNDLE_PATH) : undefined}
        data-search-text={JSON.stringify(searchStatusWords(words))}
      >
        <SearchForm lang={defaultLang} />
        {hasPosts ? (
          <>
            <p className="search-status" role="status" data-search-status />
            <div className="search-results" data-search-results />
            <noscript>
              <p className="search-status">
                {words.searchNeedsScript} <Link to="/">{words.allPostsHome}</Link>
              </p>
            </noscript>
          </>
        ) : (
          <p className="search-status">{words.searchNothingPublished}</p>
        )}
      </div>
    </Layout>
  );
}

export default SearchPage;

export function Head() {
  const words = uiStrings(useSiteMetadata().defaultLang);
  return (
    <Seo
      title={words.searchTitle}
      description={words.searchDescription}
      pathname={SEARCH_PAGE_PATH}
    />
  );
}

export const query = graphql`
  query SearchPage {
    allMarkdownRemark(filter: { fields: { listed: { eq: true } } }) {
      totalCount
    }
  }
`;
