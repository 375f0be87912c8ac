import { formatUiString, uiStrings } from "../lib/i18n/ui-strings";
import { graphql, type HeadProps, type PageProps } from "gatsby";
import { Layout } from "../components/Layout";
import { MathStylesheet } from "../components/MathStylesheet";
import { Seo } from "../components/Seo";
import { labelCopyButtons } from "../lib/markdown/copy-button-labels";
import { labelHeadingAnchors } from "../lib/markdown/heading-anchors";
import type { ContentPageContext } from "../lib/posts/page-context";

type PageData = Queries.ContentPageQuery;

/**
 * A page written in Markdown in content/pages, such as the about page: rendered by the same
 * pipeline as posts (formulas, figures, heading anchors), without a date, tags or post links.
 */
function PageTemplate({ data }: PageProps<PageData, ContentPageContext>) {
  const page = data.markdownRemark;
  if (!page) return null;
  const { frontmatter, fields } = page;
  return (
    <Layout lang={fields.lang}>
      <article className="page">
        <header className="page-header">
          {fields.publication !== "published" && (
            <p className="draft-notice">{uiStrings(fields.lang).draftNotice}</p>
          )}
          <h1 className="page-title">{frontmatter.title}</h1>
          {frontmatter.description && <p className="post-description">{frontmatter.description}</p>}
        </header>
        <div
          className="post-body"
          dangerouslySetInnerHTML={{
            __html: labelCopyButtons(
              labelHeadingAnchors(page.html ?? "", page.outline, (heading) =>
                formatUiString(uiStrings(fields.lang).linkToSection, { heading }),
              ),
              uiStrings(fields.lang),
            ),
          }}
        />
      </article>
    </Layout>
  );
}

export default PageTemplate;

export function Head({ data }: HeadProps<PageData>) {
  const page = data.markdownRemark;
  if (!page) return null;
  return (
    <Seo
      title={page.frontmatter.title}
      description={page.frontmatter.description}
      pathname={page.fields.slug}
      lang={page.fields.lang}
    >
      <MathStylesheet html={page.html} />
    </Seo>
  );
}

export const query = graphql`
  query ContentPage($slug: String!) {
    markdownRemark(fields: { slug: { eq: $slug }, kind: { eq: "page" } }) {
      html
      outline {
        id
        depth
        text
        html
      }
      fields {
        slug
        lang
        publication
      }
      frontmatter {
        title
        description
      }
    }
  }
`;
