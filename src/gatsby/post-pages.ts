import type { CreatePagesArgs } from "gatsby";
import path from "node:path";
import { adjacentPosts } from "../lib/posts/adjacent-posts";
import { postAuthor, type AuthorProfile } from "../lib/posts/authors";
import { formatReport, mustFail } from "../lib/content-check/report";
import { parsePostDate } from "../lib/posts/dates";
import type { PostLink, PostPageContext, RelatedPostLink } from "../lib/posts/page-context";
import { comparableText, relatedPosts } from "../lib/posts/related-posts";
import { markdownProse } from "../lib/posts/text-terms";
import { CiteThisPostCache } from "../lib/citations/cite-this-post-cache";
import { projectCodeDigest } from "../lib/content-check/check-cache";
import { ownCachePath } from "../lib/build-cache/own-cache-folder";
import { citeThisPostIsOn } from "../lib/citations/cite-this-post-setting";
import { resolveCitationStyle } from "../lib/citations/citation-style";
import { styleSetting } from "../lib/citations/cite-post";
import { absoluteUrl } from "../lib/head/absolute-url";
import { outdatedSince } from "../lib/translations/outdated";
import { versionGroups } from "../lib/translations/versions";
import { site, siteMetadata } from "../site-config";
import { readAuthorsFile } from "./authors-file";

const BLOG_POST_TEMPLATE = path.resolve("src/templates/blog-post.tsx");

/** A published post as the post pages need it. */
export interface PostSummary {
  slug: string;
  lang: string;
  title: string;
  /** The frontmatter date as written. */
  date: string;
  dateText: string;
  description: string | null;
  tags: string[];
  author: string | null;
  attributionAuthor: string | null;
  /** Frontmatter `citeThisPost` and `citationStyle`, as written. */
  citeThisPost?: boolean | null;
  citationStyle?: string | null;
  /** The folder of the post's Markdown file, where a post's own `.csl` style is looked up. */
  folder?: string;
  markdown: string;
  /** The original's slug; absent or the post's own slug for an original. */
  original?: string;
  isTranslation?: boolean;
  /** The frontmatter `updated` date as written. */
  updated?: string | null;
  /** The translation's own `date`, not the one it inherits; null for originals. */
  ownDate?: string | null;
}

interface PostsForPostPages {
  allMarkdownRemark: {
    nodes: Array<{
      rawMarkdownBody: string | null;
      fileAbsolutePath: string;
      fields: {
        slug: string;
        lang: string;
        dateText: string;
        original: string;
        isTranslation: boolean;
        inheritedFrontmatter: string;
      };
      frontmatter: {
        title: string;
        date: string;
        updated: string | null;
        description: string | null;
        tags: string[] | null;
        author: string | null;
        attribution: { author: string } | null;
        citeThisPost: boolean | null;
        citationStyle: string | null;
      };
    }>;
  };
}

/** The date a translation gives itself: null when its `date` is the original's. */
function ownDate(date: string, inheritedFrontmatter: string): string | null {
  const inherited: unknown = JSON.parse(inheritedFrontmatter || "{}");
  return typeof inherited === "object" && inherited !== null && "date" in inherited ? null : date;
}

function link(post: PostSummary): PostLink {
  return { slug: post.slug, title: post.title, lang: post.lang };
}

/**
 * The context of every post page: the posts published just before and after it,
 * its related posts and its author. Pure, so that it can be tested without a build.
 */
export function postPageContexts(
  posts: readonly PostSummary[],
  authors: ReadonlyMap<string, AuthorProfile>,
  siteAuthor: string,
): PostPageContext[] {
  // Neighbours and related posts are other posts, not other versions of this one: they are
  // found among the originals, and each translation shares its original's.
  const dated = posts
    .filter((post) => !post.isTranslation)
    .map((post) => ({ ...post, time: parsePostDate(post.date)?.getTime() ?? 0 }));
  const versions = versionGroups(
    posts.map((post) => ({
      slug: post.slug,
      lang: post.lang,
      original: post.original ?? post.slug,
      isTranslation: post.isTranslation === true,
    })),
  );
  const neighbours = adjacentPosts(dated);
  const related = relatedPosts(
    dated.map((post) => ({
      slug: post.slug,
      lang: post.lang,
      tags: post.tags,
      time: post.time,
      text: comparableText(post.title, post.description, markdownProse(post.markdown)),
    })),
  );
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  return posts.map((post) => {
    const original = bySlug.get(post.original ?? post.slug) ?? post;
    const { older, newer } = neighbours.get(original.slug) ?? { older: null, newer: null };
    const since = post.isTranslation
      ? outdatedSince(
          { date: post.ownDate ?? null, updated: post.updated ?? null },
          original.updated ?? null,
        )
      : null;
    return {
      slug: post.slug,
      older: older && link(older),
      newer: newer && link(newer),
      versions: versions.get(post.original ?? post.slug) ?? [],
      outdated:
        since === null ? null : { since, originalSlug: original.slug, originalLang: original.lang },
      related: (related.get(original.slug) ?? []).flatMap((slug): RelatedPostLink[] => {
        const other = bySlug.get(slug);
        return other ? [{ ...link(other), date: other.date, dateText: other.dateText }] : [];
      }),
      author: postAuthor(
        { author: post.author, attribution: { author: post.attributionAuthor } },
        siteAuthor,
        authors,
      ),
    };
  });
}

/** Creates a page for every listed post (every published post; drafts too in `develop`). */
export async function createPostPages({
  graphql,
  actions,
  reporter,
}: Pick<CreatePagesArgs, "graphql" | "actions" | "reporter">): Promise<void> {
  const result = await graphql<PostsForPostPages>(`
    query PostsForPostPages {
      allMarkdownRemark(
        filter: { fields: { listed: { eq: true } } }
        sort: { fields: { slug: ASC } }
      ) {
        nodes {
          rawMarkdownBody
          fileAbsolutePath
          fields {
            slug
            lang
            dateText
            original
            isTranslation
            inheritedFrontmatter
          }
          frontmatter {
            title
            date
            updated
            description
            tags
            author
            attribution {
              author
            }
            citeThisPost
            citationStyle
          }
        }
      }
    }
  `);
  if (result.errors || !result.data) {
    reporter.panicOnBuild("Could not read the posts to build their pages", result.errors);
    return;
  }
  const authorsFile = readAuthorsFile(process.cwd());
  if (mustFail(authorsFile.problems, false)) {
    reporter.panicOnBuild(`The authors file has errors:\n${formatReport(authorsFile.problems, 1)}`);
    return;
  }
  const posts: PostSummary[] = result.data.allMarkdownRemark.nodes.map((node) => ({
    slug: node.fields.slug,
    lang: node.fields.lang,
    title: node.frontmatter.title,
    date: node.frontmatter.date,
    dateText: node.fields.dateText,
    description: node.frontmatter.description,
    tags: node.frontmatter.tags ?? [],
    author: node.frontmatter.author,
    attributionAuthor: node.frontmatter.attribution?.author ?? null,
    citeThisPost: node.frontmatter.citeThisPost,
    citationStyle: node.frontmatter.citationStyle,
    folder: path.dirname(node.fileAbsolutePath),
    markdown: node.rawMarkdownBody ?? "",
    original: node.fields.original,
    isTranslation: node.fields.isTranslation,
    updated: node.frontmatter.updated,
    ownDate: ownDate(node.frontmatter.date, node.fields.inheritedFrontmatter),
  }));
  const started = performance.now();
  const contexts = postPageContexts(posts, authorsFile.authors, siteMetadata.author);
  reporter.verbose(
    `Post pages: neighbours and related posts of ${posts.length} posts in ${Math.round(performance.now() - started)} ms`,
  );
  const citeCache = new CiteThisPostCache(
    ownCachePath(process.cwd(), "cite-this-post.json"),
    projectCodeDigest(process.cwd()),
  );
  contexts.forEach((context, index) => {
    const post = posts[index];
    actions.createPage<PostPageContext>({
      path: context.slug,
      component: BLOG_POST_TEMPLATE,
      // Keyed by slug, not node id: ids derive from absolute paths, so page data would differ
      // between two checkouts of the same commit.
      context: { ...context, citeThisPost: post ? citeThisPostBlock(post, citeCache) : null },
    });
  });
  citeCache.save();
}

/** The post's "Cite this post" block in the style its citations use; null where it is off. */
function citeThisPostBlock(
  post: PostSummary,
  cache: CiteThisPostCache,
): PostPageContext["citeThisPost"] {
  const settings = site.citations ?? {};
  if (!citeThisPostIsOn(post.citeThisPost, settings.citeThisPost)) return null;
  // Looked up as the post's citations are (cite-post.ts): its own folder, then the project.
  const folders = [...(post.folder === undefined ? [] : [post.folder]), path.resolve(".")];
  const { style } = resolveCitationStyle(
    styleSetting({ citationStyle: post.citationStyle ?? undefined }, settings),
    folders,
  );
  const chosen = style ?? resolveCitationStyle("", []).style;
  if (chosen === null) return null;
  return cache.block(
    {
      title: post.title,
      authors: [post.author ?? post.attributionAuthor ?? siteMetadata.author],
      date: post.date,
      url: absoluteUrl(siteMetadata.siteUrl, `${site.pathPrefix}${post.slug}`),
      siteTitle: siteMetadata.title,
      lang: post.lang,
    },
    chosen,
  );
}
