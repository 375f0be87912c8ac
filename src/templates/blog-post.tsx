import { graphql, type HeadProps, type PageProps } from "gatsby";
import "katex/dist/katex.min.css";
import { Attribution } from "../components/Attribution";
import { Layout } from "../components/Layout";
import { PostMeta } from "../components/PostMeta";
import { Seo } from "../components/Seo";

type BlogPostData = Queries.BlogPostQuery;

function BlogPostTemplate({ data }: PageProps<BlogPostData>) {
  const post = data.markdownRemark;
  if (!post) return null;
  const { frontmatter, fields } = post;
  return (
    <Layout>
      <article className="post" lang={fields.lang}>
        <header className="post-header">
          <h1>{frontmatter.title}</h1>
          <PostMeta
            date={frontmatter.date}
            dateText={fields.dateText}
            tags={frontmatter.tags ?? []}
          />
          {frontmatter.description && <p className="post-description">{frontmatter.description}</p>}
        </header>
        <div className="post-body" dangerouslySetInnerHTML={{ __html: post.html ?? "" }} />
        {frontmatter.attribution && (
          <Attribution
            attribution={{
              ...frontmatter.attribution,
              title: frontmatter.attribution.title ?? null,
              site: frontmatter.attribution.site ?? null,
              licenseUrl: frontmatter.attribution.licenseUrl ?? null,
              changes: frontmatter.attribution.changes ?? null,
            }}
          />
        )}
      </article>
    </Layout>
  );
}

export default BlogPostTemplate;

export function Head({ data }: HeadProps<BlogPostData>) {
  const post = data.markdownRemark;
  return (
    <Seo
      title={post?.frontmatter.title}
      description={post?.frontmatter.description}
      lang={post?.fields.lang}
      imagePath={post?.fields.featuredImage?.publicURL}
    />
  );
}

export const query = graphql`
  query BlogPost($id: String!) {
    markdownRemark(id: { eq: $id }) {
      html
      fields {
        slug
        lang
        dateText
        featuredImage {
          publicURL
        }
      }
      frontmatter {
        title
        date
        description
        tags
        attribution {
          author
          title
          site
          url
          license
          licenseUrl
          changes
        }
      }
    }
  }
`;
