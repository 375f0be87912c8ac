import type { CiteThisPost } from "../citations/cite-this-post";
import type { PostAuthor } from "./authors";
import type { HeadingEntry } from "../markdown/heading-outline";

/** A link to another post, in that post's language. */
export interface PostLink {
  slug: string;
  title: string;
  lang: string;
}

export interface RelatedPostLink extends PostLink {
  /** The frontmatter date, for `<time datetime>`. */
  date: string;
  dateText: string;
}

/** What the build works out for a post page from every post (see src/gatsby/post-pages.ts). */
export interface PostPageContext {
  slug: string;
  /** The post's headings (`##` to `####`): the table of contents and the anchors' names. */
  headings: HeadingEntry[];
  older: PostLink | null;
  newer: PostLink | null;
  related: RelatedPostLink[];
  author: PostAuthor | null;
  /** The "Cite this post" block, where the site or the post turns it on. */
  citeThisPost?: CiteThisPost | null;
}

/** A page from content/pages (see src/gatsby/content-pages.ts). */
export interface ContentPageContext {
  slug: string;
  headings: HeadingEntry[];
}
