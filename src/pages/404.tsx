import { graphql, Link, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { RecentPosts } from "../components/RecentPosts";
import { SearchForm } from "../components/SearchForm";
import { Seo } from "../components/Seo";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { uiStrings } from "../lib/i18n/ui-strings";

function NotFoundPage({ data }: PageProps<Queries.NotFoundPageQuery>) {
  const { defaultLang } = useSiteMetadata();
  const words = uiStrings(defaultLang);
  const posts = data.allMarkdownRemark.nodes.map((post) => ({
    slug: post.fields.slug,
    title: post.frontmatter.title,
    date: post.frontmatter.date,
    dateText: post.fields.dateText,
    lang: post.fields.lang,
  }));
  return (
    <Layout>
      <h1 className="page-title">{words.notFoundTitle}</h1>
      <p>{words.notFoundText}</p>
      <SearchForm prefillFromAddress className="not-found-search" lang={defaultLang} />
      <h2>{words.latestPosts}</h2>
      <RecentPosts posts={posts} lang={defaultLang} />
      <p>
        <Link to="/">{words.allPostsHome}</Link>
      </p>
    </Layout>
  );
}

export default NotFoundPage;

export function Head() {
  const { defaultLang } = useSiteMetadata();
  return <Seo title={uiStrings(defaultLang).notFoundTitle} pathname="/404/" noindex />;
}

export const query = graphql`
  query NotFoundPage {
    allMarkdownRemark(
      filter: { fields: { listed: { eq: true } } }
      sort: { fields: { date: DESC } }
      limit: 5
    ) {
      nodes {
        fields {
          slug
          lang
          dateText
        }
        frontmatter {
          title
          date
        }
      }
    }
  }
`;
