/** Site paths of search, without the path prefix. */

/** The search page, which the search forms submit to with `?q=`. */
export const SEARCH_PAGE_PATH = "/search/";

/** The folder of the search index and of the script that queries it, as the build writes it. */
export const SEARCH_BUNDLE_PATH = "/pagefind/";

/** The query parameter the search forms send and the search page reads. */
export const SEARCH_QUERY_PARAMETER = "q";
