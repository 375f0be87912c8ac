import { graphql, Link, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { RecentPosts } from "../components/RecentPosts";
import { SearchForm } from "../components/SearchForm";
import { Seo } from "../components/Seo";

function NotFoundPage({ data }: PageProps<Queries.NotFoundPageQuery>) {
  const posts = data.allMarkdownRemark.nodes.map((post) => ({
    slug: post.fields.slug,
    title: post.frontmatter.title,
    date: post.frontmatter.date,
    dateText: post.fields.dateText,
    lang: post.fields.lang,
  }));
  return (
    <Layout>
      <h1 className="page-title">Page not found</h1>
      <p>
        There is no page at this address. The page may have moved or the address may be mistyped:
        search the posts for it, or start from one of the latest posts.
      </p>
      <SearchForm prefillFromAddress className="not-found-search" />
      <h2>Latest posts</h2>
      <RecentPosts posts={posts} />
      <p>
        <Link to="/">All posts, on the home page</Link>
      </p>
    </Layout>
  );
}

export default NotFoundPage;

export function Head() {
  return <Seo title="Page not found" pathname="/404/" noindex />;
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
