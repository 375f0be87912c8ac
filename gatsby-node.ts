import type {
  CreateNodeArgs,
  CreatePagesArgs,
  CreateResolversArgs,
  CreateSchemaCustomizationArgs,
  CreateWebpackConfigArgs,
  GatsbyNode,
  Reporter,
} from "gatsby";
import fs from "node:fs";
import path from "node:path";
import {
  cachedCheckOptions,
  checkProjectContent,
  readingTimesFile,
} from "./src/gatsby/content-report";
import { readReadingTimes, readingTimeKey } from "./src/lib/posts/reading-time-store";
import { createContentPages } from "./src/gatsby/content-pages";
import { gateFd, readVerdict } from "./src/gatsby/content-check-gate";
import { writeFeedFiles, type BuiltPost } from "./src/gatsby/feed-files";
import { writeGeneratedCards, type CardRequest } from "./src/gatsby/generated-cards";
import { HEADER_SCAN_VERSION, writeHeadersFile, type HeaderScan } from "./src/gatsby/headers-file";
import { checkBuiltSiteIntegrity } from "./src/gatsby/integrity-check";
import { writeKatexAssets } from "./src/gatsby/katex-assets";
import { checkInlinedStyles } from "./src/gatsby/inlined-styles-check";
import { createListPages } from "./src/gatsby/list-pages";
import { stampRendererWithPageHeadAssets } from "./src/gatsby/page-head-stamp";
import { createPostPages } from "./src/gatsby/post-pages";
import {
  readPageScanCache,
  readScans,
  writePageScanCache,
  writeScans,
} from "./src/gatsby/page-scan-cache";
import { pruneStaleFiles } from "./src/gatsby/prune-stale-files";
import { finishPages } from "./src/gatsby/finish-pages";
import { writeReaderScript } from "./src/gatsby/reader-script";
import { writeRedirectPages } from "./src/gatsby/redirect-pages";
import { writeSearchIndex } from "./src/gatsby/search-index";
import { stableCompilationHash } from "./src/gatsby/stable-compilation-hash";
import { removeStaleBundles } from "./src/gatsby/stale-bundles";
import { site, siteMetadata } from "./src/site-config";
import { frontmatterResolvers } from "./src/lib/frontmatter/graphql-resolvers";
import { frontmatterTypeDefs } from "./src/lib/frontmatter/graphql-types";
import { isGroup } from "./src/lib/frontmatter/is-group";
import { normalizeFrontmatter } from "./src/lib/frontmatter/resolve";
import { checkBuiltLinks } from "./src/lib/content-check/built-links";
import { mustFail, summarize } from "./src/lib/content-check/report";
import { SEE_ALL_HINTS } from "./src/lib/content-check/report-options";
import { formatGatsbyReport, printAnnotations } from "./src/gatsby/problem-report";
import { formatStaleStyles } from "./src/lib/head/inlined-styles";
import { formatIntegrityReport } from "./src/lib/integrity/report";
import { publicationState } from "./src/lib/content-check/schedule";
import { PAGES_SOURCE_NAME } from "./src/lib/posts/content-folder";
import { parsePostDate } from "./src/lib/posts/dates";
import { formatDate } from "./src/lib/i18n/date-format";
import { resolveFeaturedImage } from "./src/lib/posts/featured-image";
import { readingTime } from "./src/lib/posts/reading-time";
import { mathIsOn } from "./plugins/gatsby-remark-math-setting/setting";
import { postVersionFields, type PostVersionFields } from "./src/lib/translations/post-version";
import { translationCodeOfFile } from "./src/lib/translations/translation-file";
import { inheritedFrontmatterResolver } from "./src/lib/translations/graphql-resolver";
import { OUTLINE_TYPE_DEFS, outlineResolver } from "./src/lib/markdown/outline-resolver";
import { StepTimes } from "./src/gatsby/step-times";
import { ownCachePath } from "./src/lib/build-cache/own-cache-folder";
import { HOME_CARD_PATH, postCardPath } from "./src/lib/og-image/social-image-paths";

/** The `_headers` step's scans of the last build's pages, in Gatsby's cache folder. */
const HEADER_SCANS = "header-scans.json";

interface FileNode {
  internal: { type: string };
  sourceInstanceName: string;
  absolutePath: string;
  relativePath: string;
  dir: string;
}

/** `gatsby build` (as opposed to `gatsby develop`), where drafts stay out and errors stop. */
const isProductionBuild = process.env.gatsby_executing_command === "build";
/** `npm run build:strict` (BLOG_STRICT=1): warnings fail the build too. */
const strict = process.env.BLOG_STRICT === "1";

/**
 * Every content check runs before Gatsby reads a single post, so the author gets the whole list
 * of problems, with files and lines, instead of a stack trace from inside a plugin.
 */
function checkContentFirst(reporter: Reporter): void {
  // `npm run build` has already run them, before Gatsby could touch public/.
  if (process.env.BLOG_CONTENT_CHECKED === "1") return;
  const { problems, checkedFiles } = checkProjectContent(
    process.cwd(),
    cachedCheckOptions(process.cwd()),
  );
  // The same problems `npm run check` finds, and it lists them all without starting Gatsby.
  const report = formatGatsbyReport(problems, checkedFiles, SEE_ALL_HINTS.check);
  printAnnotations(problems);
  if (!mustFail(problems, strict)) {
    const { errors, warnings } = summarize(problems);
    // Notes alone (frontmatter read under other blogs' names) are information, not a warning.
    if (errors + warnings > 0) reporter.warn(`Content check:\n${report}`);
    else if (problems.length > 0) reporter.info(`Content check:\n${report}`);
    return;
  }
  if (isProductionBuild) {
    reporter.panic(`Content check failed; nothing was built.\n${report}`);
  }
  reporter.error(`Content check (the pages below may show errors until fixed):\n${report}`);
}

/**
 * Under `npm run build`, Gatsby starts while the content check runs and waits here, before its
 * cache step may delete pages from public/, until the check has passed (content-check-gate.ts).
 */
export const onPreInit: GatsbyNode["onPreInit"] = async () => {
  const fd = gateFd(process.env);
  if (fd === null) return;
  // The build script has printed the problems; Gatsby has nothing to add.
  if ((await readVerdict(fd)) === "fail") process.exit(1);
};

/** Content checks, then KaTeX's stylesheet and fonts, written here so `gatsby develop` serves them too. */
export const onPreBootstrap: GatsbyNode["onPreBootstrap"] = ({ reporter }) => {
  checkContentFirst(reporter);
  try {
    const katex = writeKatexAssets(path.resolve("public"));
    if (katex.written > 0)
      reporter.info(`KaTeX: ${katex.written} files written to ${katex.folder}/`);
    if (katex.removed.length > 0)
      reporter.info(`KaTeX: ${katex.removed.length} stale files removed`);
  } catch (error) {
    reporter.panic(`Could not write KaTeX's stylesheet and fonts: ${(error as Error).message}`);
  }
};

/**
 * Types are declared rather than inferred, so a post that omits a field still builds. The
 * frontmatter's come from the field registry (src/lib/frontmatter/fields.ts). Nothing is
 * inferred from the posts (@dontInfer): other blogs' names (`spoiler`, `cover`) are read into the
 * registry's fields by createResolvers below, and must neither become fields of their own nor
 * set off "conflicting field types" when one name holds a date in some posts and `false` in
 * others, or `redirectFrom` is one path in one post and a list in another. The fields
 * gatsby-transformer-remark adds (html, headings, …) are added all the same.
 */
export const createSchemaCustomization: GatsbyNode["createSchemaCustomization"] = ({
  actions,
}: CreateSchemaCustomizationArgs) => {
  actions.createTypes(`
    # Gatsby declares SitePage without inference, yet still reads every page's whole context for
    # it unless a definition passes through createTypes: about 1 s of createPages at 1,000 posts.
    type SitePage implements Node @dontInfer {
      path: String!
    }
    type MarkdownRemark implements Node @dontInfer {
      fileAbsolutePath: String!
      rawMarkdownBody: String
      frontmatter: MarkdownRemarkFrontmatter!
      fields: MarkdownRemarkFields!
    }
    ${frontmatterTypeDefs()}
    ${OUTLINE_TYPE_DEFS}
    type MarkdownRemarkFields {
      slug: String!
      date: String!
      redirectFrom: [String!]!
      lang: String!
      dateText: String!
      publication: String!
      listed: Boolean!
      readingTime: Int!
      kind: String!
      original: String!
      isTranslation: Boolean!
      inheritedFrontmatter: String!
      featuredImage: File @link(by: "absolutePath")
    }
  `);
};

/**
 * Queries read each field of `frontmatter` as the registry reads it, taken from other blogs'
 * names where a post uses them (src/lib/frontmatter/resolve.ts).
 */
export const createResolvers: GatsbyNode["createResolvers"] = ({
  createResolvers: add,
}: CreateResolversArgs) => {
  add(frontmatterResolvers());
  add(inheritedFrontmatterResolver());
  add(outlineResolver());
};

type MarkdownNode = CreateNodeArgs["node"];

/** Reading times the content check measured before Gatsby started, read once per process. */
let checkedReadingTimes: Map<string, number> | null = null;

/** A post's reading time: the content check's, or measured here when it has none for the file. */
function readingTimeOfPost(file: string, markdown: string, math: boolean): number {
  checkedReadingTimes ??= readReadingTimes(readingTimesFile(process.cwd()));
  const measured = checkedReadingTimes.get(readingTimeKey(fs.readFileSync(file), math));
  return measured ?? readingTime(markdown, { math });
}

/** The File node a Markdown node was parsed from, or undefined for any other node. */
function markdownFile(
  node: MarkdownNode,
  getNode: CreateNodeArgs["getNode"],
): FileNode | undefined {
  if (node.internal.type !== "MarkdownRemark" || !node.parent) return undefined;
  const file = getNode(node.parent) as unknown as FileNode | undefined;
  return file?.internal.type === "File" ? file : undefined;
}

export const onCreateNode: GatsbyNode["onCreateNode"] = ({
  node,
  getNode,
  getNodesByType,
  actions,
}: CreateNodeArgs) => {
  const file = markdownFile(node, getNode);
  if (!file) return;
  const version = addPostFields(node, file, actions);
  // A translation's address, date and tags come from its original: when the original is read
  // again (a cached build after it was edited), its translations, which were not, follow it.
  if (version.isTranslation || file.sourceInstanceName === PAGES_SOURCE_NAME) return;
  // Most folders hold no translation: looking at the folder spares a pass over every node for
  // each post, which grows with the square of the number of posts.
  if (!fs.readdirSync(file.dir).some((name) => translationCodeOfFile(name) !== null)) return;
  for (const other of getNodesByType("MarkdownRemark")) {
    const otherFile = markdownFile(other, getNode);
    if (otherFile?.dir === file.dir && translationCodeOfFile(otherFile.relativePath) !== null) {
      addPostFields(other, otherFile, actions);
    }
  }
};

/** The fields every Markdown node gets: address, language, dates, publication, image. */
function addPostFields(
  node: MarkdownNode,
  file: FileNode,
  actions: CreateNodeArgs["actions"],
): PostVersionFields {
  // Missing or malformed fields were reported by the content check in onPreBootstrap; here
  // they only need safe values so that `gatsby develop` keeps running while the author fixes them.
  const contentFolder = file.absolutePath.slice(0, -file.relativePath.length);
  const written = (node.frontmatter ?? {}) as Record<string, unknown>;
  // A translation (`index.ja.md`) is served under its language's folder and takes the date,
  // tags and image its original gives when it leaves them out.
  const version = postVersionFields({
    written,
    absolutePath: file.absolutePath,
    relativePath: file.relativePath,
    contentFolder,
    defaultLang: siteMetadata.defaultLang,
  });
  // Read as the GraphQL resolver reads it, aliases and inherited fields and all.
  const frontmatter = {
    ...version.inherited,
    ...normalizeFrontmatter(isGroup(node.frontmatter) ? node.frontmatter : {}),
  };
  const date = parsePostDate(frontmatter.date);
  const add = (name: string, value: unknown) => actions.createNodeField({ node, name, value });
  // Frontmatter `slug` moves the post; every page, list, card and feed reads this field.
  add("slug", version.slug);
  add("redirectFrom", version.redirectFrom);
  add("lang", version.lang);
  add("original", version.original);
  add("isTranslation", version.isTranslation);
  add("inheritedFrontmatter", JSON.stringify(version.inherited));
  // In the post's language, wherever it is listed: "April 20, 2020", "2020年4月20日".
  add("dateText", date ? formatDate(date, version.lang) : "");
  // Lists are sorted on this field rather than on `frontmatter.date`: a date given under another
  // blog's name (`published`) is only read by a resolver, and Gatsby does not sort by what a
  // resolver returns.
  add("date", typeof frontmatter.date === "string" ? frontmatter.date : "");
  const math = mathIsOn(frontmatter.math, site.math);
  add(
    "readingTime",
    readingTimeOfPost(file.absolutePath, String(node.rawMarkdownBody ?? ""), math),
  );
  const publication = publicationState(frontmatter, new Date());
  add("publication", publication);
  // A translation is published with its original, never before it.
  const originalPublished =
    version.originalFrontmatter === null ||
    publicationState(version.originalFrontmatter, new Date()) === "published";
  // content/pages (the about page) gets a page of its own and never counts as a post.
  const isPage = file.sourceInstanceName === PAGES_SOURCE_NAME;
  add("kind", isPage ? "page" : "post");
  // Drafts and scheduled posts are previewed in `gatsby develop` and never published.
  add(
    "listed",
    !isPage &&
      version.valid &&
      ((publication === "published" && originalPublished) || !isProductionBuild),
  );

  if (typeof frontmatter.featuredImage === "string" && frontmatter.featuredImage !== "") {
    const resolved = resolveFeaturedImage(
      frontmatter.featuredImage,
      file.dir,
      contentFolder,
      fs.existsSync,
    );
    if (resolved !== null) add("featuredImage", resolved);
  }
  return version;
}

interface Failure {
  error: unknown;
}

/** A promise that never rejects, so nothing is left unhandled while no one waits for it yet. */
function settled<T>(promise: Promise<T>): Promise<T | Failure> {
  return promise.then(
    (value) => value,
    (error: unknown) => ({ error }),
  );
}

function isFailure(value: unknown): value is Failure {
  return typeof value === "object" && value !== null && "error" in value;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The social cards being drawn, started by createPages. */
let cardsDrawn: Promise<undefined | Failure> = Promise.resolve(undefined);

export const createPages: GatsbyNode["createPages"] = async ({
  graphql,
  actions,
  reporter,
}: CreatePagesArgs) => {
  const result = await graphql<Queries.PostsForPagesQuery>(`
    query PostsForPages {
      allMarkdownRemark(
        filter: { fields: { listed: { eq: true } } }
        sort: { fields: { date: DESC } }
      ) {
        nodes {
          fields {
            slug
            lang
            dateText
            featuredImage {
              id
            }
          }
          frontmatter {
            title
            tags
          }
        }
      }
    }
  `);
  if (result.errors || !result.data) {
    reporter.panicOnBuild("Could not list the posts to build their pages", result.errors);
    return;
  }
  const posts = result.data.allMarkdownRemark.nodes;
  const steps = new StepTimes();
  await steps.runAsync("post pages", () => createPostPages({ graphql, actions, reporter }));
  await steps.runAsync("content pages", () =>
    createContentPages({ graphql, actions, reporter }, { includeUnpublished: !isProductionBuild }),
  );
  const listCards = await steps.runAsync("list pages", () =>
    createListPages({ graphql, actions, reporter }, { strict }),
  );
  const cards: CardRequest[] = [
    ...listCards,
    {
      sitePath: HOME_CARD_PATH,
      input: {
        title: siteMetadata.description,
        siteName: siteMetadata.title,
        dateText: null,
        tags: [],
        lang: siteMetadata.defaultLang,
      },
    },
    ...posts
      .filter((post) => post.fields.featuredImage === null)
      .map((post) => ({
        sitePath: postCardPath(post.fields.slug),
        input: {
          title: post.frontmatter.title,
          siteName: siteMetadata.title,
          dateText: post.fields.dateText,
          tags: [...(post.frontmatter.tags ?? [])],
          lang: post.fields.lang,
        },
      })),
  ];
  const drawing = writeGeneratedCards(
    cards,
    path.resolve("public"),
    ownCachePath(process.cwd(), "social-cards"),
  ).then((report) => {
    reporter.info(
      `Social cards: ${report.drawn} drawn, ${report.reused} reused from cache, ${report.removed} removed`,
    );
  });
  // Drawing is native work on other threads: a build lets it run beside Webpack's bundling,
  // which keeps one core busy, and waits for it in onPostBuild. `develop` has no onPostBuild.
  if (isProductionBuild) cardsDrawn = settled(drawing.then(() => undefined));
  else await steps.runAsync("social cards", () => drawing);
  reporter.info(`Page-creation steps: ${steps.summary()}`);
};

/**
 * Feeds, sitemap and robots.txt, the reader-mode pages, redirect pages at old addresses and
 * `_redirects`, the search index and `_headers`, written once every page exists; then every
 * text file checked for bytes no source has.
 */
export const onPostBuild: GatsbyNode["onPostBuild"] = async ({ graphql, pathPrefix, reporter }) => {
  const steps = new StepTimes();
  const cards = await steps.runAsync("social cards (rest)", () => cardsDrawn);
  if (isFailure(cards)) {
    reporter.panicOnBuild(`Could not draw the social cards: ${errorMessage(cards.error)}`);
    return;
  }
  const result = await graphql<Queries.PostsForFeedsQuery>(`
    query PostsForFeeds {
      allMarkdownRemark(
        filter: { fields: { listed: { eq: true } } }
        sort: { fields: { date: DESC } }
      ) {
        nodes {
          html
          fileAbsolutePath
          fields {
            slug
            lang
            original
            isTranslation
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
          }
        }
      }
      allSitePage(sort: { path: ASC }) {
        nodes {
          path
        }
      }
      allFile {
        nodes {
          internal {
            contentDigest
          }
        }
      }
    }
  `);
  if (result.errors || !result.data) {
    reporter.panicOnBuild("Could not read the posts to write the feeds", result.errors);
    return;
  }
  const posts: BuiltPost[] = result.data.allMarkdownRemark.nodes.map((post) => ({
    slug: post.fields.slug,
    title: post.frontmatter.title,
    published: post.frontmatter.date,
    updated: post.frontmatter.updated,
    description: post.frontmatter.description,
    html: post.html ?? "",
    tags: [...(post.frontmatter.tags ?? [])],
    lang: post.fields.lang,
    author: post.frontmatter.author ?? post.frontmatter.attribution?.author ?? null,
    original: post.fields.original,
    isTranslation: post.fields.isTranslation,
  }));
  const data = result.data;
  const publicFolder = path.resolve("public");
  const cacheFolder = path.resolve(".cache");
  const compilationHash = steps.run("compilation hash", () => stableCompilationHash(publicFolder));
  try {
    const reader =
      site.clientRuntime === "none"
        ? steps.run("reader script", () => writeReaderScript(publicFolder))
        : null;
    const finished = steps.run("page rewrites", () =>
      finishPages(
        publicFolder,
        {
          compilationHash,
          readerScriptUrl: reader === null ? null : pathPrefix + reader.sitePath,
        },
        cacheFolder,
      ),
    );
    if (reader !== null) {
      reporter.info(
        `Reader mode: ${finished.readerPages} pages load ${reader.sitePath} (${reader.bytes} bytes) instead of Gatsby's runtime`,
      );
    }
    reporter.info(
      `Finished pages: ${finished.rewritten} of ${finished.files} HTML files rewritten, the others unchanged since the last build`,
    );
  } catch (error) {
    reporter.panicOnBuild(error instanceof Error ? error.message : String(error));
    return;
  }
  // Pagefind indexes copies of the post pages in a process of its own while the steps below run
  // here; its index replaces the old one whole, and the build waits for it before _headers. It
  // reads the pages as finished, so that a page reads the same whichever build rendered it and
  // an unchanged site is not indexed again.
  const searchIndex = steps.run("search index (start)", () =>
    settled(
      writeSearchIndex(
        publicFolder,
        posts,
        ownCachePath(process.cwd(), "search-bundle"),
        ownCachePath(process.cwd(), "search-input.sha256"),
      ),
    ),
  );
  steps.run("feeds", () =>
    writeFeedFiles({
      site: siteMetadata,
      pathPrefix,
      posts,
      pagePaths: data.allSitePage.nodes.map((page) => page.path),
      publicFolder,
      feedLength: site.feedLength,
    }),
  );
  const moved = await graphql<Queries.PostsWithOldAddressesQuery>(`
    query PostsWithOldAddresses {
      allMarkdownRemark(sort: { fields: { slug: ASC } }) {
        nodes {
          fields {
            slug
            lang
            redirectFrom
          }
          frontmatter {
            title
          }
        }
      }
    }
  `);
  if (moved.errors || !moved.data) {
    reporter.panicOnBuild("Could not read the posts' old addresses", moved.errors);
    return;
  }
  // Only posts and pages that were built: a draft's old address would lead nowhere.
  const builtPaths = new Set(data.allSitePage.nodes.map((page) => page.path));
  const movedPosts = moved.data.allMarkdownRemark.nodes
    .filter((post) => post.fields.redirectFrom.length > 0 && builtPaths.has(post.fields.slug))
    .map((post) => ({
      slug: post.fields.slug,
      title: post.frontmatter.title,
      lang: post.fields.lang,
      redirectFrom: post.fields.redirectFrom,
    }));
  try {
    const redirects = steps.run("redirect pages", () =>
      writeRedirectPages({
        publicFolder,
        cacheFolder,
        ownRulesFile: path.resolve("static", "_redirects"),
        siteUrl: siteMetadata.siteUrl,
        pathPrefix,
        posts: movedPosts,
      }),
    );
    if (redirects.pages > 0 || redirects.removed > 0) {
      reporter.info(
        `Redirects: ${redirects.pages} old addresses lead to their posts, ${redirects.removed} removed`,
      );
    }
  } catch (error) {
    reporter.panicOnBuild(error instanceof Error ? error.message : String(error));
    return;
  }
  const stale = steps.run("pruning", () =>
    pruneStaleFiles(
      publicFolder,
      new Set(data.allFile.nodes.map((file) => file.internal.contentDigest)),
    ),
  );
  if (stale.length > 0)
    reporter.info(`Removed files of ${stale.length} changed or deleted sources`);
  const staleStyles = steps.run("style check", () =>
    checkInlinedStyles(
      publicFolder,
      data.allSitePage.nodes.map((page) => page.path),
      pathPrefix,
    ),
  );
  if (staleStyles.length > 0) reporter.panicOnBuild(formatStaleStyles(staleStyles));

  // Links are checked on the built pages, so templates are checked as well as Markdown.
  const sourceBySlug = new Map(
    data.allMarkdownRemark.nodes.map((post) => [
      post.fields.slug,
      path.relative(process.cwd(), post.fileAbsolutePath).split(path.sep).join("/"),
    ]),
  );
  const linkProblems = steps.run("link check", () => {
    // Pages Gatsby did not render again are not parsed again either.
    const scanCache = readPageScanCache(cacheFolder);
    const problems = checkBuiltLinks(publicFolder, {
      pathPrefix,
      sourceOf: (pagePath) => sourceBySlug.get(pagePath) ?? null,
      scanCache,
    });
    writePageScanCache(cacheFolder, scanCache);
    return problems;
  });
  const search = await steps.runAsync("search index (rest)", () => searchIndex);
  if (isFailure(search)) {
    reporter.panicOnBuild(errorMessage(search.error));
    return;
  }
  reporter.info(`Search index: ${search.summary}`);
  // Last, so that the script hashes in its Content-Security-Policy match the final pages.
  steps.run("_headers", () => {
    // Pages Gatsby did not render again keep the scripts they had.
    const headerScans = readScans<HeaderScan>(cacheFolder, HEADER_SCANS, HEADER_SCAN_VERSION);
    writeHeadersFile(publicFolder, pathPrefix, headerScans);
    writeScans(cacheFolder, HEADER_SCANS, HEADER_SCAN_VERSION, headerScans);
  });
  // After every step that writes, so that it sees the files exactly as they will be published.
  const integrity = steps.run("integrity check", () =>
    checkBuiltSiteIntegrity(
      publicFolder,
      [path.resolve("content"), path.resolve("src"), path.resolve("plugins")],
      process.cwd(),
    ),
  );
  reporter.info(`After-build steps: ${steps.summary()}`);
  // Reported before broken links, which bytes out of place can cause: a NUL inside an anchor
  // makes its link point nowhere, and the link report alone would hide why.
  if (integrity.problems.length > 0) {
    reporter.panicOnBuild(formatIntegrityReport(integrity.problems, integrity.checkedFiles));
    return;
  }
  reporter.info(
    `Integrity: ${integrity.checkedFiles} text files (${(integrity.checkedBytes / 1e6).toFixed(1)} MB) hold no NUL, stray U+FFFD or invalid UTF-8`,
  );
  const linkReport = formatGatsbyReport(
    linkProblems,
    data.allSitePage.nodes.length,
    SEE_ALL_HINTS.build,
  );
  printAnnotations(linkProblems);
  if (mustFail(linkProblems, strict)) {
    reporter.panicOnBuild(`Broken links in the built site:\n${linkReport}`);
  } else if (linkProblems.length > 0) {
    reporter.warn(linkReport);
  }
};

interface WebpackLoader {
  loader?: string;
  options?: Record<string, unknown>;
}

interface WebpackRule {
  test?: unknown;
  use?: unknown;
}

function isFontRule(rule: WebpackRule): boolean {
  return rule.test instanceof RegExp && rule.test.test("font.woff2");
}

/**
 * Gatsby inlines every font under 10 kB into the CSS as base64, and the CSS is inlined into every
 * page: KaTeX's small fonts alone made each page's CSS 88 kB gzipped. Served as files, they are
 * fetched only by pages that use them, and cached once for all pages.
 */
export const onCreateWebpackConfig: GatsbyNode["onCreateWebpackConfig"] = ({
  stage,
  getConfig,
  actions,
}: CreateWebpackConfigArgs) => {
  const config = getConfig() as {
    module: { rules: WebpackRule[] };
    entry?: unknown;
    output?: Record<string, unknown>;
  };
  // Cached builds: bundles of earlier builds removed, pages rendered again when stylesheets change.
  if (stage === "build-javascript") removeStaleBundles(config);
  if (stage === "build-html") {
    stampRendererWithPageHeadAssets(config, path.resolve("public"), path.resolve(".cache"));
  }
  config.module.rules = config.module.rules.map((rule) => {
    if (!isFontRule(rule) || !Array.isArray(rule.use)) return rule;
    const use = (rule.use as WebpackLoader[]).map((loader) =>
      loader.loader?.includes("url-loader")
        ? { ...loader, options: { ...loader.options, limit: false } }
        : loader,
    );
    return { ...rule, use };
  });
  actions.replaceWebpackConfig(config);
};
