interface PostMetaProps {
  /** The frontmatter date as written, for `datetime`. */
  date: string;
  /** The same date as readers read it ("April 20, 2020"). */
  dateText: string;
  tags: readonly string[];
}

/** Date and tags of a post, shown under its title and in post lists. */
export function PostMeta({ date, dateText, tags }: PostMetaProps) {
  return (
    <div className="post-meta">
      <time dateTime={date}>{dateText}</time>
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags">
          {tags.map((tag) => (
            <li key={tag} className="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
