/**
 * What one page of a post list is (the context the build hands the list template) and how it
 * names itself: heading, title and description, in the language of the list.
 */

import { endonym } from "../translations/endonym";
import type { VersionLink } from "../translations/versions";
import { formatUiString, uiStrings } from "../i18n/ui-strings";
import { LANGUAGE_PAGES, listText } from "./list-text";

/** `edition`: `/ja/`, a language's posts and translations on a site with translations. */
export type PostListKind = "home" | "language" | "topic" | "edition";

/** Gatsby page context of `src/templates/post-list.tsx`. */
export interface PostListContext {
  kind: PostListKind;
  /** Site path of this page, without the path prefix (`path` is Gatsby's own). */
  pagePath: string;
  /** The posts of this page, newest first. */
  slugs: string[];
  pageNumber: number;
  pageCount: number;
  previousPath: string | null;
  nextPath: string | null;
  /** Posts in the whole list, on every page. */
  postCount: number;
  /** The tag's name (topic pages) or the language's code (language and edition pages); null at home. */
  name: string | null;
  /** The tag's URL segment, which names its social card; null at home. */
  segment: string | null;
  /** The versions of each listed post that has translations, by slug. */
  versions?: Readonly<Record<string, readonly VersionLink[]>>;
}

export interface PostListHeading {
  /** The page's `<h1>`. */
  heading: string;
  /** The page's own title (the site's name is added by Seo); null for the home page itself. */
  title: string | null;
  /** Meta description; null to use the site's. */
  description: string | null;
  /** Language of the page, or null for the site's default. */
  lang: string | null;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/**
 * Heading, title and description of one page of a list. The home page and tag pages are headed
 * in the site's language (`siteLang`), a language's page in that language.
 */
export function postListHeading(context: PostListContext, siteLang = "en"): PostListHeading {
  const language =
    context.kind === "language"
      ? LANGUAGE_PAGES.find((candidate) => candidate.code === context.name)
      : undefined;
  const lang = language?.code ?? null;
  const text = listText(lang ?? siteLang);
  const words = uiStrings(siteLang);
  const paged = (title: string): string => {
    if (context.pageCount <= 1) return title;
    const where = text.pageOf(context.pageNumber, context.pageCount);
    return lang === "ja" ? `${title}（${where}）` : `${title} (${where.toLowerCase()})`;
  };

  if (language) {
    return {
      heading: language.title,
      title: paged(language.title),
      description:
        language.code === "ja"
          ? `日本語で書かれた記事 ${context.postCount} 件の一覧です。`
          : `${plural(context.postCount, "post")} written in ${language.englishName}.`,
      lang,
    };
  }
  if (context.kind === "edition" && context.name !== null) {
    const name = endonym(context.name);
    return { heading: name, title: paged(name), description: null, lang: context.name };
  }
  if (context.kind === "topic") {
    const heading = formatUiString(words.postsTagged, { tag: context.name ?? "" });
    return {
      heading,
      title: paged(heading),
      description: `${plural(context.postCount, "post")} tagged “${context.name ?? ""}”.`,
      lang: null,
    };
  }
  return {
    heading: words.posts,
    title: context.pageNumber === 1 ? null : paged(words.posts),
    description: null,
    lang: null,
  };
}
