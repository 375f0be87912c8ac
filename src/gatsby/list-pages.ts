import type { CreatePagesArgs } from "gatsby";
import fs from "node:fs";
import path from "node:path";
import { parsePost } from "../lib/content-check/parse-post";
import { resolveFrontmatter } from "../lib/frontmatter/resolve";
import { mustFail } from "../lib/content-check/report";
import { SEE_ALL_HINTS } from "../lib/content-check/report-options";
import { paginate } from "../lib/lists/pagination";
import { postListHeading, type PostListContext } from "../lib/lists/post-list-page";
import { tagPages, type TagPage } from "../lib/lists/tag-pages";
import { tagCardPath } from "../lib/lists/tag-path";
import { tagProblems, type SourcedPost } from "../lib/lists/tag-problems";
import { languageLists } from "../lib/translations/language-lists";
import { versionGroups, type VersionLink } from "../lib/translations/versions";
import { siteMetadata } from "../site-config";
import type { CardRequest } from "./generated-cards";
import { formatGatsbyReport, printAnnotations } from "./problem-report";

const POST_LIST_TEMPLATE = path.resolve("src/templates/post-list.tsx");

interface PostsForLists {
  allMarkdownRemark: {
    nodes: Array<{
      fileAbsolutePath: string;
      fields: { slug: string; lang: string; original: string; isTranslation: boolean };
      frontmatter: { tags: string[] | null };
    }>;
  };
}

/**
 * The line of the `tags` field in a post file (or of the name it is written under, such as
 * `categories`), read again only when a tag needs reporting.
 */
function tagsLine(file: string): number | null {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) return null;
  const bytes = fs.readFileSync(absolute);
  const { post } = parsePost({
    file,
    folder: path.dirname(absolute),
    bytes,
    text: new TextDecoder("utf-8").decode(bytes),
  });
  if (post === null) return null;
  const tags = resolveFrontmatter(post.data).fields.get("tags");
  return tags === undefined ? null : (post.fieldLines[tags.key] ?? null);
}

function createListPagesOf(
  actions: CreatePagesArgs["actions"],
  slugs: readonly string[],
  basePath: string,
  list: Pick<PostListContext, "kind" | "name" | "segment">,
  versions: ReadonlyMap<string, VersionLink[]>,
): void {
  for (const page of paginate(slugs, basePath)) {
    const context: PostListContext = {
      ...list,
      pagePath: page.path,
      slugs: page.items,
      pageNumber: page.pageNumber,
      pageCount: page.pageCount,
      previousPath: page.previousPath,
      nextPath: page.nextPath,
      postCount: slugs.length,
      versions: Object.fromEntries(
        page.items.flatMap((slug) => {
          const found = versions.get(slug);
          return found === undefined || found.length < 2 ? [] : [[slug, found]];
        }),
      ),
    };
    actions.createPage({ path: page.path, component: POST_LIST_TEMPLATE, context });
  }
}

function cardOf(page: TagPage, postCount: number): CardRequest {
  const list = { kind: page.kind, name: page.kind === "language" ? page.lang : page.name };
  const { heading } = postListHeading({
    ...list,
    pagePath: page.path,
    slugs: [],
    pageNumber: 1,
    pageCount: 1,
    previousPath: null,
    nextPath: null,
    postCount,
    segment: page.segment,
    versions: {},
  });
  return {
    sitePath: tagCardPath(page.segment),
    input: {
      title: heading,
      siteName: siteMetadata.title,
      dateText: null,
      tags: [],
      lang: page.lang ?? siteMetadata.defaultLang,
    },
  };
}

/**
 * Creates the paginated home page and the pages of every tag and language, from the posts that
 * are listed (drafts and scheduled posts are not, in a production build), and reports what is
 * wrong with their tags. Returns the social cards the tag pages need, for the build to draw.
 */
export async function createListPages(
  { graphql, actions, reporter }: Pick<CreatePagesArgs, "graphql" | "actions" | "reporter">,
  options: { strict: boolean },
): Promise<CardRequest[]> {
  const result = await graphql<PostsForLists>(`
    query PostsForLists {
      allMarkdownRemark(
        filter: { fields: { listed: { eq: true } } }
        sort: [{ fields: { date: DESC } }, { fields: { slug: ASC } }]
      ) {
        nodes {
          fileAbsolutePath
          fields {
            slug
            lang
            original
            isTranslation
          }
          frontmatter {
            tags
          }
        }
      }
    }
  `);
  if (result.errors || !result.data) {
    reporter.panicOnBuild("Could not list the posts to build the post lists", result.errors);
    return [];
  }
  const nodes = result.data.allMarkdownRemark.nodes;
  // Each post is listed once, in its original language, at home and on tag pages; its
  // translations are listed on their languages' own lists.
  const posts: SourcedPost[] = nodes
    .filter((node) => !node.fields.isTranslation)
    .map((node) => ({
      slug: node.fields.slug,
      lang: node.fields.lang,
      tags: node.frontmatter.tags ?? [],
      file: path.relative(process.cwd(), node.fileAbsolutePath).split(path.sep).join("/"),
    }));
  // A translation is on a tag's page only for a tag of its own, which its original lacks: the
  // tags it shares (or inherits) already list the original. Newest first, as the lists are.
  const tagsOfOriginal = new Map(posts.map((post) => [post.slug, new Set(post.tags)]));
  const taggedPosts: SourcedPost[] = nodes
    .map((node) => ({
      slug: node.fields.slug,
      lang: node.fields.lang,
      tags: (node.frontmatter.tags ?? []).filter(
        (tag) =>
          !node.fields.isTranslation ||
          !(tagsOfOriginal.get(node.fields.original)?.has(tag) ?? false),
      ),
      file: path.relative(process.cwd(), node.fileAbsolutePath).split(path.sep).join("/"),
      isTranslation: node.fields.isTranslation,
    }))
    .filter((post) => !post.isTranslation || post.tags.length > 0)
    .map((post) => ({ slug: post.slug, lang: post.lang, tags: post.tags, file: post.file }));
  const groups = versionGroups(nodes.map((node) => node.fields));
  // Every version of a post is marked with the same languages, by slug.
  const versions = new Map(
    nodes.flatMap((node) => {
      const group = groups.get(node.fields.original);
      return group === undefined ? [] : [[node.fields.slug, group] as const];
    }),
  );
  const pages = tagPages(taggedPosts);

  const problems = tagProblems(taggedPosts, pages, tagsLine);
  const report = formatGatsbyReport(problems, posts.length, SEE_ALL_HINTS.build);
  printAnnotations(problems);
  if (mustFail(problems, options.strict)) {
    reporter.panicOnBuild(`Tags:\n${report}`);
  } else if (problems.length > 0) {
    reporter.warn(`Tags:\n${report}`);
  }

  createListPagesOf(
    actions,
    posts.map((post) => post.slug),
    "/",
    { kind: "home", name: null, segment: null },
    versions,
  );
  for (const list of languageLists(nodes.map((node) => node.fields))) {
    createListPagesOf(
      actions,
      list.slugs,
      list.path,
      { kind: "edition", name: list.lang, segment: null },
      versions,
    );
  }
  const tagged = [...pages.languages, ...pages.topics];
  for (const page of tagged) {
    createListPagesOf(
      actions,
      page.slugs,
      page.path,
      {
        kind: page.kind,
        name: page.kind === "language" ? page.lang : page.name,
        segment: page.segment,
      },
      versions,
    );
  }
  return tagged.map((page) => cardOf(page, page.slugs.length));
}
