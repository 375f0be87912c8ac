/** Splitting a list of posts into numbered pages: `/`, `/page/2/`, `/page/3/`, … */

export const POSTS_PER_PAGE = 10;

/** One page of a paginated list. */
export interface ListPage<T> {
  /** 1-based. */
  pageNumber: number;
  pageCount: number;
  items: T[];
  /** Site path of this page, without the path prefix. */
  path: string;
  /** The page before (newer posts), or null on the first page. */
  previousPath: string | null;
  /** The page after (older posts), or null on the last page. */
  nextPath: string | null;
}

/**
 * The site path of page `pageNumber` of the list at `basePath` (which ends with `/`): the first
 * page is the list's own path, so `/page/1/` never exists and links never disagree about it.
 */
export function listPagePath(basePath: string, pageNumber: number): string {
  if (!basePath.endsWith("/")) throw new Error(`a list's path ends with "/": ${basePath}`);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) {
    throw new Error(`page numbers start at 1: ${pageNumber}`);
  }
  return pageNumber === 1 ? basePath : `${basePath}page/${pageNumber}/`;
}

/**
 * The pages of a list, in order. An empty list still has its first page, so a site without
 * posts has a home page that says so.
 */
export function paginate<T>(
  items: readonly T[],
  basePath: string,
  perPage: number = POSTS_PER_PAGE,
): Array<ListPage<T>> {
  if (!Number.isInteger(perPage) || perPage < 1) throw new Error(`not a page size: ${perPage}`);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pageCount }, (_, index) => {
    const pageNumber = index + 1;
    return {
      pageNumber,
      pageCount,
      items: items.slice(index * perPage, pageNumber * perPage),
      path: listPagePath(basePath, pageNumber),
      previousPath: pageNumber > 1 ? listPagePath(basePath, pageNumber - 1) : null,
      nextPath: pageNumber < pageCount ? listPagePath(basePath, pageNumber + 1) : null,
    };
  });
}
