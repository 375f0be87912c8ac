/**
 * Which tag pages a site has and which posts each lists. Shared by the build step that creates
 * the pages and by the tag index, so the index never counts a post a page does not list.
 */

import { LANGUAGE_PAGES, primaryLanguage } from "./list-text";
import { tagSegment, tagSegmentPath } from "./tag-path";

export interface TaggedPost {
  slug: string;
  /** The post's language (`fields.lang`). */
  lang: string;
  tags: readonly string[];
}

/** One way posts write a tag, and the posts that write it so. */
export interface TagSpelling {
  tag: string;
  slugs: string[];
}

export interface TagPage {
  /** Language pages list a language's posts; topic pages the posts that carry a tag. */
  kind: "language" | "topic";
  segment: string;
  /** `/tags/<segment>/` */
  path: string;
  /** The language's own name, or the spelling of the tag that most posts use. */
  name: string;
  /** The language of a language page, else null. */
  lang: string | null;
  /** The posts the page lists, in the order they were given (newest first). */
  slugs: string[];
  /** Every spelling of the tag that leads to this page; more than one merits a warning. */
  spellings: TagSpelling[];
}

export interface TagPages {
  languages: TagPage[];
  topics: TagPage[];
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** Spellings of each tag segment, in the order posts use them; one entry per post and spelling. */
function spellingsBySegment(posts: readonly TaggedPost[]): Map<string, TagSpelling[]> {
  const bySegment = new Map<string, TagSpelling[]>();
  for (const post of posts) {
    for (const tag of new Set(post.tags)) {
      const segment = tagSegment(tag);
      if (segment === "") continue;
      const spellings = bySegment.get(segment) ?? [];
      const spelling = spellings.find((entry) => entry.tag === tag);
      if (spelling) spelling.slugs.push(post.slug);
      else spellings.push({ tag, slugs: [post.slug] });
      bySegment.set(segment, spellings);
    }
  }
  return bySegment;
}

/** The spelling most posts use; among equals, the first in alphabetical order. */
function commonSpelling(spellings: readonly TagSpelling[]): string {
  const [first] = [...spellings].sort(
    (a, b) => b.slugs.length - a.slugs.length || collator.compare(a.tag, b.tag),
  );
  return first?.tag ?? "";
}

/** Posts in `order` whose slug is in `wanted`, in that order. */
function inOrder(order: readonly TaggedPost[], wanted: ReadonlySet<string>): string[] {
  return order.filter((post) => wanted.has(post.slug)).map((post) => post.slug);
}

/**
 * Every tag page of a set of posts, given newest first. The language tags (`en`, `ja`) give
 * language pages, which list every post in that language whether or not it carries the tag, and
 * every post that carries the tag (a contradiction the build warns about). Tags that read the same
 * once turned into an address ("Deep Learning", "deep-learning") share one page.
 */
export function tagPages(posts: readonly TaggedPost[]): TagPages {
  const bySegment = spellingsBySegment(posts);
  const page = (segment: string): Omit<TagPage, "kind" | "name" | "lang" | "slugs"> => ({
    segment,
    path: tagSegmentPath(segment),
    spellings: bySegment.get(segment) ?? [],
  });

  const languages: TagPage[] = [];
  for (const language of LANGUAGE_PAGES) {
    const members = new Set(
      posts.filter((post) => primaryLanguage(post.lang) === language.code).map((post) => post.slug),
    );
    for (const spelling of bySegment.get(language.code) ?? []) {
      for (const slug of spelling.slugs) members.add(slug);
    }
    if (members.size === 0) continue;
    languages.push({
      ...page(language.code),
      kind: "language",
      name: language.name,
      lang: language.code,
      slugs: inOrder(posts, members),
    });
  }

  const languageCodes = new Set<string>(LANGUAGE_PAGES.map((language) => language.code));
  const topics = [...bySegment.entries()]
    .filter(([segment]) => !languageCodes.has(segment))
    .map(([segment, spellings]): TagPage => {
      const members = new Set(spellings.flatMap((spelling) => spelling.slugs));
      return {
        ...page(segment),
        kind: "topic",
        name: commonSpelling(spellings),
        lang: null,
        slugs: inOrder(posts, members),
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || a.segment.localeCompare(b.segment));

  return { languages, topics };
}
