import type { CiteThisPost } from "../citations/cite-this-post";
import type { PostAuthor } from "./authors";
import type { VersionLink } from "../translations/versions";

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
  older: PostLink | null;
  newer: PostLink | null;
  related: RelatedPostLink[];
  author: PostAuthor | null;
  /** The "Cite this post" block, where the site or the post turns it on. */
  citeThisPost?: CiteThisPost | null;
  /** Every version of the post (the original, then its translations); empty without translations. */
  versions: VersionLink[];
  /** On a translation older than its original's last `updated`: that date and the original. */
  outdated: { since: string; originalSlug: string; originalLang: string } | null;
}

/** A page from content/pages (see src/gatsby/content-pages.ts). */
export interface ContentPageContext {
  slug: string;
}
