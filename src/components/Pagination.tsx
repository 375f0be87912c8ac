import { Link } from "gatsby";
import { listText } from "../lib/lists/list-text";

interface PaginationProps {
  pageNumber: number;
  pageCount: number;
  previousPath: string | null;
  nextPath: string | null;
  /** Language of the page the navigation is on. */
  lang?: string;
}

/** Links to the newer and older pages of a list, and where the reader is in it. */
export function Pagination({
  pageNumber,
  pageCount,
  previousPath,
  nextPath,
  lang = "en",
}: PaginationProps) {
  if (pageCount <= 1) return null;
  const text = listText(lang);
  return (
    <nav className="pagination" aria-label={text.pagesLabel}>
      <p className="pagination-status">{text.pageOf(pageNumber, pageCount)}</p>
      {previousPath !== null && (
        <Link className="pagination-link pagination-previous" to={previousPath} rel="prev">
          <span aria-hidden="true">← </span>
          {text.newer}
        </Link>
      )}
      {nextPath !== null && (
        <Link className="pagination-link pagination-next" to={nextPath} rel="next">
          {text.older}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
