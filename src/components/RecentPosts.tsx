import { textDirection } from "../lib/i18n/text-direction";
import { uiStrings } from "../lib/i18n/ui-strings";
import { Link } from "gatsby";

export interface RecentPost {
  slug: string;
  title: string;
  /** The frontmatter date as written, for `datetime`. */
  date: string;
  /** The same date as readers read it ("April 20, 2020"). */
  dateText: string;
  lang: string;
}

interface RecentPostsProps {
  posts: readonly RecentPost[];
  /** The page's language, for the words shown when there is no post. */
  lang?: string;
}

/** A short list of posts, newest first, each with its date. */
export function RecentPosts({ posts, lang = "en" }: RecentPostsProps) {
  if (posts.length === 0) return <p>{uiStrings(lang).nothingPublished}</p>;
  return (
    <ol className="recent-posts">
      {posts.map((post) => (
        <li key={post.slug} className="recent-post" lang={post.lang} dir={textDirection(post.lang)}>
          <Link to={post.slug}>{post.title}</Link> <time dateTime={post.date}>{post.dateText}</time>
        </li>
      ))}
    </ol>
  );
}
