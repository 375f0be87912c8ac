/** A stylesheet Gatsby inlined into a page: `<style data-href="/styles.<hash>.css">…</style>`. */
export interface InlinedStyle {
  href: string;
  content: string;
}

/** This build's stylesheets, by the address pages name them with (path prefix included). */
export interface CurrentStyles {
  /** Each stylesheet's content, as the file in public/ has it. */
  contents: ReadonlyMap<string, string>;
  /** The stylesheets every page must inline. */
  everyPage: readonly string[];
}

export interface StaleStyleProblem {
  /** The page's path, as it is served (`/`, `/my-post/`). */
  page: string;
  message: string;
}

const STYLE_ELEMENT = /<style\b([^>]*)>([\s\S]*?)<\/style>/gi;
const DATA_HREF = /\bdata-href="([^"]*)"/i;
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
};

function decodeAttribute(value: string): string {
  return value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The stylesheets inlined in a page, read from its exact bytes: Gatsby copies the file's text
 * into the element unescaped, so what is between the tags must equal the file.
 */
export function inlinedStyles(html: string): InlinedStyle[] {
  const styles: InlinedStyle[] = [];
  for (const [, attributes = "", content = ""] of html.matchAll(STYLE_ELEMENT)) {
    const href = DATA_HREF.exec(attributes)?.[1];
    if (href !== undefined) styles.push({ href: decodeAttribute(href), content });
  }
  return styles;
}

/**
 * Why a page's inlined stylesheets are not this build's, if they are not: one inlined by an
 * earlier build (a cached build that kept the page), a copy that differs from the file, or one
 * that every page needs and this page lacks.
 */
export function staleStyleProblems(
  page: string,
  html: string,
  current: CurrentStyles,
): StaleStyleProblem[] {
  const problems: StaleStyleProblem[] = [];
  const inlined = inlinedStyles(html);
  for (const style of inlined) {
    const content = current.contents.get(style.href);
    if (content === undefined) {
      const ours = [...current.contents.keys()].join(", ") || "none";
      problems.push({
        page,
        message: `inlines ${style.href}, which this build did not produce (this build's stylesheets: ${ours})`,
      });
    } else if (content !== style.content) {
      problems.push({ page, message: `its inlined copy of ${style.href} differs from that file` });
    }
  }
  const hrefs = new Set(inlined.map((style) => style.href));
  for (const href of current.everyPage) {
    if (!hrefs.has(href)) {
      problems.push({ page, message: `does not inline ${href}, which every page needs` });
    }
  }
  return problems;
}

/** Pages named per problem line; a site-wide problem would otherwise list every page. */
const PAGES_SHOWN = 8;

/** One line per kind of problem with the pages it affects, under a header saying what to do. */
export function formatStaleStyles(problems: readonly StaleStyleProblem[]): string {
  const pagesByMessage = new Map<string, string[]>();
  for (const { page, message } of problems) {
    pagesByMessage.set(message, [...(pagesByMessage.get(message) ?? []), page]);
  }
  const lines = [...pagesByMessage].map(([message, pages]) => {
    const shown = pages.slice(0, PAGES_SHOWN).join(", ");
    const more = pages.length > PAGES_SHOWN ? ` and ${pages.length - PAGES_SHOWN} more` : "";
    return `  ${shown}${more}: ${message}`;
  });
  const pageCount = new Set(problems.map((problem) => problem.page)).size;
  return [
    `${pageCount === 1 ? "1 page carries" : `${pageCount} pages carry`} stylesheets that are not this build's, so readers would get old or missing styles; do not deploy this public/ folder.`,
    ...lines,
    "Run `npm run clean`, then `npm run build` again. If a build that reuses .cache/ and public/ keeps doing this, the build's stylesheet tracking needs fixing.",
  ].join("\n");
}
