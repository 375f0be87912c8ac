import { graphql, Link, withPrefix, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { SearchForm } from "../components/SearchForm";
import { Seo } from "../components/Seo";
import { SEARCH_BUNDLE_PATH, SEARCH_PAGE_PATH } from "../lib/search/paths";

/**
 * The search page. It is rendered empty; src/browser/search.ts reads `?q=`, queries the index
 * the build wrote into the folder named by `data-search-bundle`, and fills in the results.
 */
function SearchPage({ data }: PageProps<Queries.SearchPageQuery>) {
  const hasPosts = data.allMarkdownRemark.totalCount > 0;
  return (
    <Layout>
      <h1 className="page-title">Search</h1>
      <div
        className="search-page"
        data-search-bundle={hasPosts ? withPrefix(SEARCH_BUNDLE_PATH) : undefined}
      >
        <SearchForm />
        {hasPosts ? (
          <>
            <p className="search-status" role="status" data-search-status />
            <div className="search-results" data-search-results />
            <noscript>
              <p className="search-status">
                Showing results needs JavaScript, which is off in this browser. Every post is listed
                on the <Link to="/">home page</Link>.
              </p>
            </noscript>
          </>
        ) : (
          <p className="search-status">
            Nothing has been published yet, so there is nothing to search.
          </p>
        )}
      </div>
    </Layout>
  );
}

export default SearchPage;

export function Head() {
  return (
    <Seo
      title="Search"
      description="Search the posts of this site by the words in them."
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
