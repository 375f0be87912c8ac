import { graphql, Link, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { textDirection } from "../lib/i18n/text-direction";
import { uiStrings } from "../lib/i18n/ui-strings";
import { groupByYear } from "../lib/lists/archive";
import { primaryLanguage } from "../lib/lists/list-text";

/** Every published post by year, newest first. */
function ArchivePage({ data }: PageProps<Queries.ArchiveQuery>) {
  const { defaultLang: siteLang } = useSiteMetadata();
  const otherLanguage = (lang: string) =>
    primaryLanguage(lang) === primaryLanguage(siteLang) ? undefined : lang;
  const years = groupByYear(
    data.allMarkdownRemark.nodes.map((post) => ({
      slug: post.fields.slug,
      lang: post.fields.lang,
      dateText: post.fields.dateText,
      title: post.frontmatter.title,
      date: post.frontmatter.date,
    })),
  );
  const words = uiStrings(siteLang);
  return (
    <Layout>
      <h1 className="page-title">{words.archive}</h1>
      {years.length === 0 && <p>{words.noPosts}</p>}
      {years.map(({ year, posts }) => (
        <section key={year} className="archive-year" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <ol className="archive-list">
            {posts.map((post) => (
              <li key={post.slug}>
                {/* The date is written in the post's language, like its title. */}
                <time
                  dateTime={post.date}
                  lang={otherLanguage(post.lang)}
                  dir={otherLanguage(post.lang) && textDirection(post.lang)}
                >
                  {post.dateText}
                </time>
                <Link
                  to={post.slug}
                  lang={otherLanguage(post.lang)}
                  dir={otherLanguage(post.lang) && textDirection(post.lang)}
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
  const words = uiStrings(useSiteMetadata().defaultLang);
  return <Seo title={words.archive} description={words.archiveDescription} pathname="/archive/" />;
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
