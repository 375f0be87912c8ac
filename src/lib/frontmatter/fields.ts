/**
 * The frontmatter fields a post may have: the one list from which the GraphQL schema
 * (graphql-types.ts), the reading of other blogs' names for them (resolve.ts), the content check
 * (content-check/frontmatter-schema.ts) and the tables in the README and the migration guide
 * (docs-table.ts) are derived. A new field is added here and read by a template.
 */

import { isGroup } from "./is-group";

/**
 * Another blog's name for a field. Most are only a name (`spoiler` for `description`); some are
 * read only for certain values, or change the value on the way in. The check notes every alias it
 * reads, and the migration guide's table (docs-table.ts) lists them.
 */
export type FieldAlias = string | AliasRule;

/** An alias that is read only for some values, or whose value is changed, or both. */
export type AliasRule = {
  /** The name as other blogs write it; `cover.image` is `image` indented under `cover`. */
  name: string;
} & (
  | { accepts?: undefined; when?: undefined }
  | {
      /**
       * Whether the alias stands for this field with this value. One name can stand for two
       * fields: `published: false` is a draft, `published: 2020-04-20` a date.
       */
      accepts: (value: unknown) => boolean;
      /** Which values, for the docs: "true or false". */
      when: string;
    }
) &
  (
    | { convert?: undefined; conversion?: undefined }
    | {
        /** The field's value from the alias's. */
        convert: (value: unknown) => unknown;
        /** What that does, for the note and the docs: "`published: false` is `draft: true`". */
        conversion: string;
      }
  );

/** A field inside a group, such as `attribution.url`. */
export interface SubField {
  name: string;
  kind: "text" | "url";
  required?: boolean;
  /** Shown in the check's message when the field is missing. */
  example?: string;
}

interface FieldBase {
  name: string;
  /** What the field does, for the README table (Markdown). */
  doc: string;
  /** The check reports a missing field as an error. */
  required?: boolean;
  /**
   * Names other blogs use for this field, read as the field (the check notes each one); when a
   * post has several, the field's own name wins, then the alias listed first.
   */
  aliases?: readonly FieldAlias[];
}

export interface TextField extends FieldBase {
  kind: "text";
  /** A whole line to add, in the check's message when a required field is missing. */
  example?: string;
  /** What to write, in the check's message when the field is empty. */
  ifEmpty?: string;
}

export interface DateField extends FieldBase {
  kind: "date";
}

/** A list of names, such as tags. */
export interface NameListField extends FieldBase {
  kind: "names";
  /** One item, in the check's messages ("tag 4 of `tags` is empty"). */
  itemName: string;
}

/** A BCP 47 language tag. */
export interface LanguageField extends FieldBase {
  kind: "language";
}

export interface BooleanField extends FieldBase {
  kind: "boolean";
}

/** One path of the site, such as `/2019/05/my-post/` (see posts/site-path.ts). */
export interface PathField extends FieldBase {
  kind: "path";
}

/** Old addresses: one path, or a list of them. */
export interface PathListField extends FieldBase {
  kind: "paths";
}

/** Fields indented under one name; `typeName` is their GraphQL type. */
export interface GroupField extends FieldBase {
  kind: "group";
  typeName: string;
  fields: readonly SubField[];
}

export type FrontmatterField =
  | TextField
  | DateField
  | NameListField
  | LanguageField
  | BooleanField
  | PathField
  | PathListField
  | GroupField;

export const FRONTMATTER_FIELDS: readonly FrontmatterField[] = [
  {
    name: "title",
    kind: "text",
    required: true,
    example: "title: My post title",
    ifEmpty: "write the post's title after `title:`",
    doc: "The post's heading and the page title. A post without one fails the build, naming the file.",
  },
  {
    name: "date",
    kind: "date",
    required: true,
    aliases: [
      // Some blogs write `published: false` for a draft; that one is read as `draft`.
      { name: "published", accepts: (value) => typeof value !== "boolean", when: "a date" },
      "publishDate",
      "pubDate",
    ],
    doc: "Publication date, shown in the post's language (“April 20, 2020”, “2020年4月20日”; in UTC, so it is the same wherever the site is built) inside `<time datetime>`. Posts are listed newest first. A time may follow the day, with or without a UTC offset (`2020-04-20 10:30:00 +0900`, as Jekyll writes it); without one it is UTC. Anything that is not a date fails the build.",
  },
  {
    name: "updated",
    kind: "date",
    aliases: ["lastmod", "modified", "updated_at", "last_modified_at", "updatedDate"],
    doc: "Date of the last substantial change.",
  },
  {
    name: "description",
    kind: "text",
    // `subtitle` is not among them: it is a second title, not a summary of the post.
    aliases: ["spoiler", "excerpt", "summary"],
    doc: "Shown under the title, on the home page and as the page's meta description.",
  },
  {
    name: "featuredImage",
    kind: "text",
    // The names meant for sharing come first: they win over a post's other images.
    aliases: [
      "ogImage",
      "socialImage",
      "featured_image",
      // Some themes write `cover:` with `image:` and `alt:` indented under it.
      { name: "cover", accepts: (value) => !isGroup(value), when: "a file name" },
      "cover.image",
      "image",
      "thumbnail",
      "hero",
      "heroImage",
    ],
    ifEmpty: "name an image file in the post's folder, or remove the line",
    doc: "The image shown when a link to the post is shared (`og:image`, `twitter:image`). Written relative to the post's folder (`./cover.png`) or relative to `content/blog/` (`my-post/cover.png`); the post's folder is tried first. An image of exactly 1200×630 is served as it is; any other size is cropped to 1200×630 around its centre. A name that matches no file fails the build with the file and field named. Without the field, a card with the title, date and tags is drawn for the post.",
  },
  {
    name: "featuredImageAlt",
    kind: "text",
    aliases: ["cover.alt", "imageAlt"],
    doc: "Alt text of the shared image; the title when absent.",
  },
  {
    name: "author",
    kind: "text",
    doc: "The post's author, for `article:author`, JSON-LD and the feeds. Without it: `attribution.author`, then the site's author.",
  },
  {
    name: "translatedBy",
    kind: "text",
    doc: "In a translation (`index.ja.md` beside `index.md`), who translated it, shown under the title as “Translated by …” in the translation's language.",
  },
  {
    name: "tags",
    kind: "names",
    itemName: "tag",
    aliases: ["category", "categories", "keywords"],
    doc: 'Shown under the title. The tags `en` and `ja` also give the post\'s language. Text with commas (`tags: "en, graphs"`) is read as a list, with a note.',
  },
  {
    name: "lang",
    kind: "language",
    aliases: ["language"],
    doc: "The language of the post (BCP 47: `fa`, `zh-TW`): `<html lang>` and `dir` (right to left for Arabic, Persian, Hebrew, …), the words of the page around the post, its dates, `og:locale` and the feeds. Without it, the tag `en` or `ja`, then the site's default.",
  },
  {
    name: "draft",
    kind: "boolean",
    aliases: [
      {
        name: "published",
        accepts: (value) => typeof value === "boolean",
        when: "true or false",
        convert: (value) => value === false,
        conversion: "the other way round: `published: false` is `draft: true`",
      },
    ],
    doc: "`true` keeps the post out of the built site; it still shows in `npm run develop`, marked as a draft. A post dated in the future is treated the same way until its date.",
  },
  {
    name: "slug",
    kind: "path",
    // Jekyll's `.html` permalinks are old addresses, not a folder to serve the post from: those
    // stay unknown fields, and the check suggests `slug` (a post is always served from a folder).
    aliases: ["path", "permalink"].map((name) => ({
      name,
      accepts: (value: unknown) => typeof value === "string" && !/\.html?$/i.test(value.trim()),
      when: "a folder path",
    })),
    doc: "The post's address instead of its folder's: `slug: /2019/05/my-post/` (or `my-post`, read as `/my-post/`) serves the post there, and its links, card, feeds and sitemap entry follow. A path from the site's root, without `?`, `#`, `..` or spaces. Two posts at one address fail the check, naming both files.",
  },
  {
    name: "redirectFrom",
    kind: "paths",
    aliases: ["redirect_from"],
    doc: "Old addresses of the post, which keep working: `redirectFrom: [/2015/old-name/, /old-name.html]`, or one path as text. Each gets a small page that sends readers and search engines on to the post, and a line in `_redirects` (see [docs/hosting.md](docs/hosting.md)). An old address that another post, a page or a list uses, or that two posts claim, fails the check.",
  },
  {
    name: "math",
    kind: "boolean",
    doc: "`false` keeps `$…$` and `$$ … $$` as text, dollar signs and all, for a post that writes prices rather than formulas: nothing in it is typeset, the content check looks for no math in it, and its page loads no KaTeX stylesheet. `true` typesets the post's math when the site's `math` setting (`site.config.ts`) is off. Without the field, the site's setting decides.",
  },
  {
    name: "bibliography",
    kind: "text",
    doc: "A BibTeX file the post cites (`bibliography: refs.bib`, relative to the post's folder); the site's own (`site.config.ts` `citations.bibliography`) is read too. See [Citations](#citations-and-a-bibliography).",
  },
  {
    name: "citationStyle",
    kind: "text",
    aliases: ["csl"],
    doc: "How citations and the bibliography read: `vancouver` (numbered, the default), `apa` or `harvard1` (author–year), or a `.csl` file in the post's folder. Without it, the site's `citations.style`.",
  },
  {
    name: "citeThisPost",
    kind: "boolean",
    doc: "`false` leaves out the “Cite this post” block (a formatted citation and a BibTeX entry) that the site's `citations.citeThisPost` setting adds; `true` adds it to this post alone.",
  },
  {
    name: "attribution",
    kind: "group",
    typeName: "PostAttribution",
    fields: [
      { name: "author", kind: "text", required: true, example: "Original Author" },
      { name: "title", kind: "text" },
      { name: "site", kind: "text" },
      { name: "url", kind: "url", required: true, example: "https://example.com/original-post/" },
      { name: "license", kind: "text", required: true, example: "CC BY 4.0" },
      { name: "licenseUrl", kind: "url" },
      { name: "changes", kind: "text" },
    ],
    doc: "Renders a “Source and license” box at the end of the post: author, link to the original, license (linked when `licenseUrl` is given) and what was changed. `author`, `url` and `license` are required inside it.",
  },
];

export const FIELD_NAMES: readonly string[] = FRONTMATTER_FIELDS.map((field) => field.name);

/**
 * The names a field is read under: its own first, then the names other blogs write it under
 * (for posts that are read before the build normalises them, as the address of a post is).
 */
export function namesOf(fieldName: string): readonly string[] {
  const field = FRONTMATTER_FIELDS.find((candidate) => candidate.name === fieldName);
  if (field === undefined) throw new Error(`no frontmatter field \`${fieldName}\``);
  return [field.name, ...(field.aliases ?? []).map(aliasKey)];
}

/** An alias in its long form, whether the registry gives it as a name or a rule. */
export function aliasRule(alias: FieldAlias): AliasRule {
  return typeof alias === "string" ? { name: alias } : alias;
}

/** The top-level name an alias is written under: `cover` for `cover.image`. */
export function aliasKey(alias: FieldAlias): string {
  return aliasRule(alias).name.split(".")[0] ?? "";
}

/**
 * The names other blogs write at the top of their frontmatter, each with the field it stands for
 * (the first, when it stands for two), for "did you mean" when a post almost writes one.
 */
export const FIELD_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  FRONTMATTER_FIELDS.flatMap((field) =>
    (field.aliases ?? []).map((alias) => [aliasKey(alias), field.name] as const),
  ).reverse(),
);
