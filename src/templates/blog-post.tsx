import { graphql, type HeadProps, type PageProps } from "gatsby";
import { Attribution } from "../components/Attribution";
import { AuthorBio } from "../components/AuthorBio";
import { CiteThisPost } from "../components/CiteThisPost";
import { Layout } from "../components/Layout";
import { MathStylesheet } from "../components/MathStylesheet";
import { PostMeta } from "../components/PostMeta";
import { PostNavigation } from "../components/PostNavigation";
import { RelatedPosts } from "../components/RelatedPosts";
import { Seo, type SocialImage } from "../components/Seo";
import { TableOfContents } from "../components/TableOfContents";
import { TranslationNotice } from "../components/TranslationNotice";
import { LanguageVersions } from "../components/LanguageVersions";
import { useSiteMetadata } from "../hooks/use-site-metadata";
import { formatDate } from "../lib/i18n/date-format";
import { formatUiString, uiStrings } from "../lib/i18n/ui-strings";
import { labelCopyButtons } from "../lib/markdown/copy-button-labels";
import { labelHeadingAnchors } from "../lib/markdown/heading-anchors";
import { parsePostDate } from "../lib/posts/dates";
import type { PostPageContext } from "../lib/posts/page-context";
import { GENERATED_CARD_SIZE, postCardPath } from "../lib/og-image/social-image-paths";
import { hasTableOfContents } from "../lib/markdown/toc-tree";
import { languageSegment } from "../lib/translations/language-code";
import { alternatesOf } from "../lib/translations/versions";

type BlogPostData = Queries.BlogPostQuery;

function BlogPostTemplate({ data, pageContext }: PageProps<BlogPostData, PostPageContext>) {
  const post = data.markdownRemark;
  if (!post) return null;
  const { frontmatter, fields } = post;
  const headings = post.outline;
  // The page speaks the post's language (see Seo's `<html lang dir>`), its frame included.
  const lang = fields.lang;
  const words = uiStrings(lang);
  const updatedDate = frontmatter.updated ? parsePostDate(frontmatter.updated) : null;
  // The class lets the stylesheet make room beside the text for the table of contents.
  const layout = hasTableOfContents(headings) ? "with-toc" : "without-toc";
  return (
    <Layout lang={lang}>
      <article className={`post ${layout}`} data-pagefind-body>
        <header className="post-header">
          {fields.publication !== "published" && (
            <p className="draft-notice">
              {fields.publication === "draft" ? words.draftNotice : words.scheduledNotice}
            </p>
          )}
          <h1>{frontmatter.title}</h1>
          <LanguageVersions
            versions={pageContext.versions}
            current={fields.slug}
            lang={fields.lang}
          />
          <PostMeta
            date={frontmatter.date}
            dateText={fields.dateText}
            updated={frontmatter.updated}
            updatedText={updatedDate ? formatDate(updatedDate, lang) : null}
            tags={frontmatter.tags ?? []}
            readingTime={fields.readingTime}
            lang={lang}
          />
          {frontmatter.description && <p className="post-description">{frontmatter.description}</p>}
          {fields.isTranslation && (
            <TranslationNotice
              lang={fields.lang}
              translatedBy={frontmatter.translatedBy ?? null}
              outdatedSince={pageContext.outdated?.since ?? null}
              originalSlug={pageContext.outdated?.originalSlug ?? null}
              originalLang={pageContext.outdated?.originalLang ?? null}
            />
          )}
        </header>
        <TableOfContents headings={headings} lang={lang} />
        <div
          className="post-body"
          dangerouslySetInnerHTML={{
            __html: labelCopyButtons(
              labelHeadingAnchors(post.html ?? "", headings, (heading) =>
                formatUiString(words.linkToSection, { heading }),
              ),
              words,
            ),
          }}
        />
        {pageContext.citeThisPost && (
          <CiteThisPost cite={pageContext.citeThisPost} lang={fields.lang} />
        )}
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
      <div className={`post-after ${layout}`}>
        <AuthorBio author={pageContext.author} lang={lang} />
        <PostNavigation older={pageContext.older} newer={pageContext.newer} lang={lang} />
        <RelatedPosts posts={pageContext.related} lang={lang} />
      </div>
    </Layout>
  );
}

export default BlogPostTemplate;

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
};

/**
 * The post's featuredImage at 1200×630: the author's own file when it already has that size,
 * else a crop of it; without one, the card drawn for the post at build time.
 */
function socialImage(post: NonNullable<BlogPostData["markdownRemark"]>): SocialImage {
  const alt = post.frontmatter.featuredImageAlt ?? post.frontmatter.title;
  const featured = post.fields.featuredImage;
  const sharp = featured?.childImageSharp;
  const exact =
    sharp?.original?.width === GENERATED_CARD_SIZE.width &&
    sharp.original.height === GENERATED_CARD_SIZE.height;
  const chosen = exact
    ? { src: featured?.publicURL, ...GENERATED_CARD_SIZE }
    : { src: sharp?.resize?.src, width: sharp?.resize?.width, height: sharp?.resize?.height };
  if (chosen.src && chosen.width && chosen.height) {
    const extension = /\.[a-z0-9]+$/i.exec(chosen.src)?.[0]?.toLowerCase() ?? "";
    return {
      path: chosen.src,
      width: chosen.width,
      height: chosen.height,
      type: IMAGE_TYPES[extension] ?? "image/png",
      alt,
    };
  }
  return { path: postCardPath(post.fields.slug), ...GENERATED_CARD_SIZE, type: "image/png", alt };
}

export function Head({ data, pageContext }: HeadProps<BlogPostData, PostPageContext>) {
  const site = useSiteMetadata();
  const post = data.markdownRemark;
  if (!post) return null;
  const { frontmatter, fields } = post;
  return (
    <Seo
      title={frontmatter.title}
      description={frontmatter.description}
      pathname={fields.slug}
      lang={fields.lang}
      image={socialImage(post)}
      alternates={alternatesOf(pageContext.versions)}
      languageFeed={pageContext.versions.length > 1 ? languageSegment(fields.lang) : null}
      article={{
        published: frontmatter.date,
        modified: frontmatter.updated ?? null,
        tags: frontmatter.tags ?? [],
        author: frontmatter.author ?? frontmatter.attribution?.author ?? site.author,
      }}
    >
      <MathStylesheet html={post.html} />
      {pageContext.citeThisPost?.scholarMeta.map(([name, content], index) => (
        <meta key={`${name}-${index}`} name={name} content={content} />
      ))}
    </Seo>
  );
}

export const query = graphql`
  query BlogPost($slug: String!) {
    markdownRemark(fields: { slug: { eq: $slug } }) {
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
        dateText
        readingTime
        publication
        isTranslation
        featuredImage {
          publicURL
          childImageSharp {
            original {
              width
              height
            }
            resize(width: 1200, height: 630, cropFocus: CENTER, quality: 90) {
              src
              width
              height
            }
          }
        }
      }
      frontmatter {
        title
        date
        updated
        description
        tags
        author
        featuredImageAlt
        translatedBy
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
