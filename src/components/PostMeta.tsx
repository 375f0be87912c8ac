import { listText, primaryLanguage } from "../lib/lists/list-text";
import { TagList } from "./TagList";

interface PostMetaProps {
  /** The frontmatter date as written, for `datetime`. */
  date: string;
  /** The same date as readers read it ("April 20, 2020"). */
  dateText: string;
  tags: readonly string[];
  /** Whole minutes (`fields.readingTime`); nothing is shown without it. */
  readingTime?: number | null;
  /** The post's language (`fields.lang`): the reading time is said in it. */
  lang?: string;
}

/** Date, reading time and tags of a post, shown under its title and in post lists. */
export function PostMeta({ date, dateText, tags, readingTime, lang = "en" }: PostMetaProps) {
  // Dates are always written out in English, so a Japanese post marks them as such for its voice.
  const dateLang = primaryLanguage(lang) === "en" ? undefined : "en";
  return (
    <div className="post-meta">
      <time dateTime={date} lang={dateLang}>
        {dateText}
      </time>
      {typeof readingTime === "number" && (
        <span className="reading-time">{listText(lang).readingTime(readingTime)}</span>
      )}
      <TagList tags={tags} lang={lang} />
    </div>
  );
}
