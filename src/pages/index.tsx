import { graphql, Link, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { PostMeta } from "../components/PostMeta";
import { Seo } from "../components/Seo";

function HomePage({ data }: PageProps<Queries.HomePageQuery>) {
  const posts = data.allMarkdownRemark.nodes;
  return (
    <Layout>
      <h1 className="page-title">Posts</h1>
      {posts.length === 0 ? (
        <p>No posts yet.</p>
      ) : (
        <ol className="post-list">
          {posts.map((post) => (
            <li key={post.fields.slug} className="post-list-item">
              <article lang={post.fields.lang}>
                <h2>
                  <Link to={post.fields.slug}>{post.frontmatter.title}</Link>
                </h2>
                <PostMeta
                  date={post.frontmatter.date}
                  dateText={post.fields.dateText}
                  tags={post.frontmatter.tags ?? []}
                />
                {post.frontmatter.description && <p>{post.frontmatter.description}</p>}
              </article>
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}

export default HomePage;

export function Head() {
  return <Seo pathname="/" />;
}

export const query = graphql`
  query HomePage {
    allMarkdownRemark(
      filter: { fields: { listed: { eq: true } } }
      sort: { frontmatter: { date: DESC } }
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
          description
          tags
        }
      }
    }
  }
`;
