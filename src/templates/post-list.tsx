import { graphql, Link, type HeadProps, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { Pagination } from "../components/Pagination";
import { PostSummary, type PostSummaryData } from "../components/PostSummary";
import { Seo, type SocialImage } from "../components/Seo";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { uiStrings } from "../lib/i18n/ui-strings";
import { listText } from "../lib/lists/list-text";
import { postListHeading, type PostListContext } from "../lib/lists/post-list-page";
import { GENERATED_CARD_SIZE } from "../lib/og-image/social-image-paths";
import { TAG_INDEX_PATH, tagCardPath } from "../lib/lists/tag-path";
import { languageSegment } from "../lib/translations/language-code";

type PostListData = Queries.PostListQuery;
type PostNode = PostListData["allMarkdownRemark"]["nodes"][number];

function summaryOf({ fields, frontmatter }: PostNode): PostSummaryData {
  return {
    slug: fields.slug,
    lang: fields.lang,
    title: frontmatter.title,
    date: frontmatter.date,
    dateText: fields.dateText,
    readingTime: fields.readingTime,
    description: frontmatter.description ?? null,
    tags: frontmatter.tags ?? [],
  };
}

/** One page of the home list, of a tag's list or of a language's list (see list-pages.ts). */
function PostListTemplate({ data, pageContext }: PageProps<PostListData, PostListContext>) {
  const { defaultLang } = useSiteMetadata();
  const { heading, lang } = postListHeading(pageContext, defaultLang);
  const text = listText(lang ?? defaultLang);
  const words = uiStrings(defaultLang);
  const posts = data.allMarkdownRemark.nodes.map(summaryOf);
  return (
    <Layout lang={lang ?? undefined}>
      <h1 className="page-title">{heading}</h1>
      {pageContext.kind !== "home" && (
        <p className="list-context">
          <Link to={TAG_INDEX_PATH} lang={lang === null ? undefined : defaultLang}>
            {words.allTags}
          </Link>
        </p>
      )}
      {posts.length === 0 ? (
        <p>{text.noPosts}</p>
      ) : (
        <ol className="post-list">
          {posts.map((post) => (
            <li key={post.slug} className="post-list-item">
              <PostSummary post={post} versions={pageContext.versions?.[post.slug] ?? []} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        pageNumber={pageContext.pageNumber}
        pageCount={pageContext.pageCount}
        previousPath={pageContext.previousPath}
        nextPath={pageContext.nextPath}
        lang={lang ?? defaultLang}
      />
    </Layout>
  );
}

export default PostListTemplate;

export function Head({ pageContext }: HeadProps<PostListData, PostListContext>) {
  const { defaultLang } = useSiteMetadata();
  const { heading, title, description, lang } = postListHeading(pageContext, defaultLang);
  const image: SocialImage | null =
    pageContext.segment === null
      ? null
      : {
          path: tagCardPath(pageContext.segment),
          ...GENERATED_CARD_SIZE,
          type: "image/png",
          alt: heading,
        };
  return (
    <Seo
      title={title ?? undefined}
      description={description}
      pathname={pageContext.pagePath}
      lang={lang ?? undefined}
      image={image}
      languageFeed={pageContext.kind === "edition" && lang !== null ? languageSegment(lang) : null}
    />
  );
}

export const query = graphql`
  query PostList($slugs: [String!]!) {
    allMarkdownRemark(
      filter: { fields: { slug: { in: $slugs } } }
      sort: [{ fields: { date: DESC } }, { fields: { slug: ASC } }]
    ) {
      nodes {
        fields {
          slug
          lang
          dateText
          readingTime
        }
        frontmatter {
          title
          date
          description
          tags
        }
      }
    }
  }
`;
