import { graphql, Link, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { tagPages, type TagPage } from "../lib/lists/tag-pages";
import { TAG_INDEX_PATH } from "../lib/lists/tag-path";

function postCount(count: number): string {
  return `${count} post${count === 1 ? "" : "s"}`;
}

function TagIndexGroup({ id, title, pages }: { id: string; title: string; pages: TagPage[] }) {
  if (pages.length === 0) return null;
  return (
    <section className="tag-index-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul className="tag-index">
        {pages.map((page) => (
          <li key={page.segment}>
            <Link to={page.path} lang={page.lang ?? undefined}>
              {page.name}
            </Link>{" "}
            <span className="tag-count">{postCount(page.slugs.length)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Every language and tag with its number of posts: languages first, then tags A to Z. */
function TagIndexPage({ data }: PageProps<Queries.TagIndexQuery>) {
  const { languages, topics } = tagPages(
    data.allMarkdownRemark.nodes.map((post) => ({
      slug: post.fields.slug,
      lang: post.fields.lang,
      tags: post.frontmatter.tags ?? [],
    })),
  );
  return (
    <Layout>
      <h1 className="page-title">Tags</h1>
      {languages.length + topics.length === 0 && <p>No tags yet.</p>}
      <TagIndexGroup id="languages" title="Languages" pages={languages} />
      <TagIndexGroup id="topics" title="Topics" pages={topics} />
    </Layout>
  );
}

export default TagIndexPage;

export function Head() {
  return (
    <Seo
      title="Tags"
      description="Every language and topic the posts are tagged with, and how many posts each has."
      pathname={TAG_INDEX_PATH}
    />
  );
}

export const query = graphql`
  query TagIndex {
    allMarkdownRemark(
      filter: { fields: { listed: { eq: true } } }
      sort: [{ fields: { date: DESC } }, { fields: { slug: ASC } }]
    ) {
      nodes {
        fields {
          slug
          lang
        }
        frontmatter {
          tags
        }
      }
    }
  }
`;
