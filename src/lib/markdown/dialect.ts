/**
 * The Markdown dialect of the site, declared once: what the parser reads (GFM, footnotes, math),
 * how formulas are typeset, and the remark plugins that turn a post into HTML, in order.
 * gatsby-config.ts hands `remarkTransformerOptions()` to gatsby-transformer-remark, and the
 * content check builds its parser from `PARSER_FEATURES` (content-check/markdown-tree.ts), so a
 * change here changes both.
 */

/**
 * Syntax beyond CommonMark. gatsby-transformer-remark adds remark-gfm for `gfm` and
 * remark-footnotes (with inline notes) for `footnotes`; gatsby-remark-typeset-math adds
 * remark-math (gatsby-remark-katex's).
 */
export const PARSER_FEATURES = { gfm: true, footnotes: true, math: true } as const;

/**
 * KaTeX's options for every formula. `trust: false` keeps \href{javascript:…} and
 * \includegraphics from making live links. Errors never stop the render: `npm run check` and
 * the build's own check report them with file and line first (they typeset each formula again
 * with `throwOnError` on to find them), and `npm run develop` keeps running with the formula in
 * red.
 */
export const KATEX_OPTIONS = {
  trust: false,
  strict: "ignore",
  output: "htmlAndMathml",
  throwOnError: false,
} as const;

/** Width of the reading column in CSS pixels; images are sized against it. */
export const contentWidthPx = 720;

/**
 * Widths written for each figure besides `contentWidthPx` and the source's own width (which
 * gatsby-remark-images always adds): a phone at 1x and the column at 1.5x. With the column at 1x
 * and the source (2x for a 1440-px or wider figure) that makes four, which keeps image work
 * bounded while high-density screens still get a sharp figure.
 */
export const imageBreakpointsPx = [360, 1080];

import type { CitationSettings } from "../site-config/types";

type RemarkPlugin = string | { resolve: string; options: Record<string, unknown> };

/** The remark plugins, in the order they run; each comment says why it stands where it does. */
function remarkPlugins(
  siteMath: boolean,
  citations: CitationSettings,
  defaultLang: string,
): RemarkPlugin[] {
  return [
    // First: a post with math off (site.config.ts `math`, frontmatter `math`) is parsed again
    // without remark-math, and every plugin after it must see that tree.
    ...(PARSER_FEATURES.math
      ? [
          {
            resolve: "gatsby-remark-math-setting",
            options: { siteMath, gfm: PARSER_FEATURES.gfm, footnotes: PARSER_FEATURES.footnotes },
          },
        ]
      : []),
    // Headings first, while their text is what the author typed (no image has become HTML yet):
    // `#` sections move down under the title, every heading gets its id from
    // plugins/gatsby-remark-heading-ids (which the content check uses too), and `#section` links
    // written under either slug rule are pointed at those ids.
    "gatsby-remark-heading-ids",
    {
      // Links each heading to itself, at the id given above, which it keeps.
      resolve: "gatsby-remark-autolink-headers",
      options: {
        elements: ["h1", "h2", "h3", "h4", "h5", "h6"],
        isIconAfterHeader: true,
        className: "anchor",
        // `## Method {#sec-method}`: the attribute leaves the text and the link goes to that id,
        // the one gatsby-remark-heading-ids gave (plugins/gatsby-remark-heading-ids/explicit-ids.js).
        enableCustomId: true,
      },
    },
    // After the heading ids (a `{#sec-…}` heading is labelled there), before the figures, images,
    // KaTeX and tables below, which render what it makes: numbered formulas (`\tag`), figures and
    // tables with "Figure n:" captions, `@label` links, and callouts from `> [!NOTE]` quotes.
    "gatsby-remark-cross-references",
    // Before gatsby-remark-images, so that captions, alt text and sizes are settled before images
    // are replaced by HTML and before copy-linked-files rewrites the relative URLs it reads.
    "gatsby-remark-figures",
    // Before any plugin writes HTML of its own (images, code blocks, formulas), so that it reads
    // only what the author wrote: embeds become placeholders and quotes, scripts are dropped.
    "gatsby-remark-raw-html",
    // After raw HTML, which would otherwise inspect the citations' own markup, and before code
    // blocks and math become HTML: `@` in code and formulas is never read as a citation.
    { resolve: "gatsby-remark-citations", options: { ...citations, defaultLang } },
    {
      resolve: "gatsby-remark-images",
      options: {
        maxWidth: contentWidthPx,
        srcSetBreakpoints: imageBreakpointsPx,
        withWebp: true,
        linkImagesToOriginal: false,
        backgroundColor: "transparent",
        // The ratio box still reserves the figure's height; without this, a blurred base64 PNG
        // of every figure would be inlined into the page.
        disableBgImage: true,
        loading: "lazy",
        decoding: "async",
      },
    },
    {
      resolve: "gatsby-remark-copy-linked-files",
      options: { ignoreFileExtensions: ["png", "jpg", "jpeg", "webp", "avif"] },
    },
    // Code blocks become HTML here, so nothing after (math, punctuation) sees their text.
    "gatsby-remark-code-blocks",
    // gatsby-remark-katex's parser and typesetting, with KaTeX's markup put into the page as it
    // is rather than parsed and written out again (plugins/gatsby-remark-typeset-math).
    ...(PARSER_FEATURES.math
      ? [{ resolve: "gatsby-remark-typeset-math", options: { ...KATEX_OPTIONS } }]
      : []),
    // Tables, task lists and footnotes made accessible.
    "gatsby-remark-accessible-gfm",
    // After autolink-headers: heading ids stay those of the text as typed.
    "gatsby-remark-smart-punctuation",
  ];
}

/**
 * gatsby-transformer-remark's options: the parser's features and the plugin chain. `siteMath` is
 * the site's `math` setting: whether `$…$` is math in posts that do not say; `citations` the
 * site's citation settings, and `defaultLang` the language of posts that do not say.
 */
export function remarkTransformerOptions(
  siteMath: boolean,
  citations: CitationSettings = {},
  defaultLang = "en",
): Record<string, unknown> {
  return {
    gfm: PARSER_FEATURES.gfm,
    footnotes: PARSER_FEATURES.footnotes,
    // Excerpts are not used; skipping them saves a second render of every post.
    excerpt_separator: "<!-- end of excerpt never used -->",
    plugins: remarkPlugins(siteMath, citations, defaultLang),
  };
}
