import { textDirection } from "../lib/i18n/text-direction";
import { Link } from "gatsby";
import { PostMeta } from "./PostMeta";

/** What a list entry shows of a post. */
export interface PostSummaryData {
  slug: string;
  lang: string;
  title: string;
  /** The frontmatter date as written. */
  date: string;
  dateText: string;
  readingTime: number;
  description: string | null;
  tags: readonly string[];
}

/** One entry of a post list: linked title, date, reading time, tags and description. */
export function PostSummary({ post }: { post: PostSummaryData }) {
  return (
    <article className="post-summary" lang={post.lang} dir={textDirection(post.lang)}>
      <h2>
        <Link to={post.slug}>{post.title}</Link>
      </h2>
      <PostMeta
        date={post.date}
        dateText={post.dateText}
        tags={post.tags}
        readingTime={post.readingTime}
        lang={post.lang}
      />
      {post.description && <p>{post.description}</p>}
    </article>
  );
}
