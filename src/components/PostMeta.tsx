import { uiStrings } from "../lib/i18n/ui-strings";
import { listText } from "../lib/lists/list-text";
import { TagList } from "./TagList";

interface PostMetaProps {
  /** The frontmatter date as written, for `datetime`. */
  date: string;
  /** The same date as readers of the post's language read it ("April 20, 2020"). */
  dateText: string;
  /** The `updated` date as written, and as read; nothing is shown without them. */
  updated?: string | null;
  updatedText?: string | null;
  tags: readonly string[];
  /** Whole minutes (`fields.readingTime`); nothing is shown without it. */
  readingTime?: number | null;
  /** The post's language (`fields.lang`): the date, the update and the reading time are said in it. */
  lang?: string;
}

/** Date, reading time and tags of a post, shown under its title and in post lists. */
export function PostMeta({
  date,
  dateText,
  updated,
  updatedText,
  tags,
  readingTime,
  lang = "en",
}: PostMetaProps) {
  const [beforeDate, afterDate] = uiStrings(lang).updated.split("{date}");
  return (
    <div className="post-meta">
      <time dateTime={date}>{dateText}</time>
      {updated && updatedText && (
        <span className="post-updated">
          {beforeDate}
          <time dateTime={updated}>{updatedText}</time>
          {afterDate}
        </span>
      )}
      {typeof readingTime === "number" && (
        <span className="reading-time">{listText(lang).readingTime(readingTime)}</span>
      )}
      <TagList tags={tags} lang={lang} />
    </div>
  );
}
