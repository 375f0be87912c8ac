import { Link } from "gatsby";
import { listText } from "../lib/lists/list-text";
import { tagPagePath } from "../lib/lists/tag-path";

interface TagListProps {
  tags: readonly string[];
  /** Language of the post the tags belong to, for the list's accessible name. */
  lang?: string;
}

/** A post's tags, each linked to its page. */
export function TagList({ tags, lang = "en" }: TagListProps) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={listText(lang).tagsLabel}>
      {tags.map((tag) => {
        const pagePath = tagPagePath(tag);
        // A tag without letters or digits has no page; the build reports it as an error.
        return (
          <li key={tag} className={pagePath === null ? "tag" : "tag tag-linked"}>
            {pagePath === null ? tag : <Link to={pagePath}>{tag}</Link>}
          </li>
        );
      })}
    </ul>
  );
}
