import { Link } from "gatsby";
import type { RelatedPostLink } from "../lib/posts/page-context";

interface RelatedPostsProps {
  posts: readonly RelatedPostLink[];
  /** Language of the component's own words (the site's). */
  siteLang: string;
}

/** Posts on similar subjects, chosen at build time (src/lib/posts/related-posts.ts). */
export function RelatedPosts({ posts, siteLang }: RelatedPostsProps) {
  if (posts.length === 0) return null;
  return (
    <section
      className="related-posts"
      aria-labelledby="related-posts-heading"
      lang={siteLang}
      data-pagefind-ignore=""
    >
      <h2 id="related-posts-heading">Related posts</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <Link to={post.slug} lang={post.lang}>
              {post.title}
            </Link>{" "}
            <time dateTime={post.date}>{post.dateText}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
