import { graphql, Link, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { formatCount } from "../lib/i18n/number-format";
import { formatUiString, uiStrings } from "../lib/i18n/ui-strings";
import { tagPages, type TagPage } from "../lib/lists/tag-pages";
import { TAG_INDEX_PATH } from "../lib/lists/tag-path";

interface TagIndexGroupProps {
  id: string;
  title: string;
  pages: TagPage[];
  /** The page's language, for the number of posts. */
  lang: string;
}

function postCount(count: number, lang: string): string {
  const words = uiStrings(lang);
  return formatUiString(count === 1 ? words.onePost : words.postCount, {
    n: formatCount(count, lang),
  });
}

function TagIndexGroup({ id, title, pages, lang }: TagIndexGroupProps) {
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
            <span className="tag-count">{postCount(page.slugs.length, lang)}</span>
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
  const { defaultLang } = useSiteMetadata();
  const words = uiStrings(defaultLang);
  return (
    <Layout>
      <h1 className="page-title">{words.tags}</h1>
      {languages.length + topics.length === 0 && <p>{words.noTags}</p>}
      <TagIndexGroup id="languages" title={words.languages} pages={languages} lang={defaultLang} />
      <TagIndexGroup id="topics" title={words.topics} pages={topics} lang={defaultLang} />
    </Layout>
  );
}

export default TagIndexPage;

export function Head() {
  const words = uiStrings(useSiteMetadata().defaultLang);
  return <Seo title={words.tags} description={words.tagsDescription} pathname={TAG_INDEX_PATH} />;
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
