import { textDirection } from "../lib/i18n/text-direction";
import { Link } from "gatsby";
import { uiStrings } from "../lib/i18n/ui-strings";
import type { VersionLink } from "../lib/translations/versions";
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

/** The post's other languages, each linked and named in its own language. */
function OtherLanguages({
  post,
  versions,
}: {
  post: PostSummaryData;
  versions: readonly VersionLink[];
}) {
  const others = versions.filter((version) => version.slug !== post.slug);
  if (others.length === 0) return null;
  const label = uiStrings(post.lang).otherLanguages;
  return (
    <div className="post-languages">
      <span className="post-languages-label" aria-hidden="true">
        {label}:
      </span>
      <ul aria-label={label}>
        {others.map((version) => (
          <li key={version.slug}>
            <Link to={version.slug} lang={version.lang} hrefLang={version.lang}>
              {version.name}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * One entry of a post list: linked title, date, reading time, tags and description, and the
 * other languages the post is available in.
 */
export function PostSummary({
  post,
  versions = [],
}: {
  post: PostSummaryData;
  versions?: readonly VersionLink[];
}) {
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
      <OtherLanguages post={post} versions={versions} />
    </article>
  );
}
