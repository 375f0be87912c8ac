import { textDirection } from "../lib/i18n/text-direction";
import { uiStrings } from "../lib/i18n/ui-strings";
import { Link } from "gatsby";
import type { RelatedPostLink } from "../lib/posts/page-context";

interface RelatedPostsProps {
  posts: readonly RelatedPostLink[];
  /** The page's language, which the component's own words speak. */
  lang: string;
}

/** Posts on similar subjects, chosen at build time (src/lib/posts/related-posts.ts). */
export function RelatedPosts({ posts, lang }: RelatedPostsProps) {
  if (posts.length === 0) return null;
  return (
    <section
      className="related-posts"
      aria-labelledby="related-posts-heading"
      data-pagefind-ignore=""
    >
      <h2 id="related-posts-heading">{uiStrings(lang).relatedPosts}</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link to={post.slug} lang={post.lang} dir={textDirection(post.lang)}>
              {post.title}
            </Link>{" "}
            <time dateTime={post.date} lang={post.lang} dir={textDirection(post.lang)}>
              {post.dateText}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
