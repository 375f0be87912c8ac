import { graphql, Link, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { groupByYear } from "../lib/lists/archive";
import { listText, primaryLanguage } from "../lib/lists/list-text";

/** Every published post by year, newest first. */
function ArchivePage({ data }: PageProps<Queries.ArchiveQuery>) {
  const years = groupByYear(
    data.allMarkdownRemark.nodes.map((post) => ({
      slug: post.fields.slug,
      lang: post.fields.lang,
      dateText: post.fields.dateText,
      title: post.frontmatter.title,
      date: post.frontmatter.date,
    })),
  );
  return (
    <Layout>
      <h1 className="page-title">Archive</h1>
      {years.length === 0 && <p>{listText("en").noPosts}</p>}
      {years.map(({ year, posts }) => (
        <section key={year} className="archive-year" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="archive-list">
            {posts.map((post) => (
              <li key={post.slug}>
                <time dateTime={post.date}>{post.dateText}</time>
                <Link
                  to={post.slug}
                  lang={primaryLanguage(post.lang) === "en" ? undefined : post.lang}
                >
                  {post.title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </Layout>
  );
}

export default ArchivePage;

export function Head() {
  return (
    <Seo title="Archive" description="Every post, by year, newest first." pathname="/archive/" />
  );
}

export const query = graphql`
  query Archive {
    allMarkdownRemark(
      filter: { fields: { listed: { eq: true } } }
      sort: [{ fields: { date: DESC } }, { fields: { slug: ASC } }]
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
