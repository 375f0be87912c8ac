/**
 * The frontmatter fields a post may have: the one list from which the GraphQL schema
 * (graphql-types.ts), the content check (content-check/frontmatter-schema.ts) and the table in
 * the README (docs-table.ts) are derived. A new field is added here and read by a template.
 */

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
  /** Names other blog engines use for this field, suggested when a post uses one. */
  aliases?: readonly string[];
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

/** Fields indented under one name; `typeName` is their GraphQL type. */
export interface GroupField extends FieldBase {
  kind: "group";
  typeName: string;
  fields: readonly SubField[];
}

export type FrontmatterField =
  TextField | DateField | NameListField | LanguageField | BooleanField | GroupField;

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
    aliases: ["published"],
    doc: "Publication date, shown as “April 20, 2020” (in UTC, so it is the same wherever the site is built) inside `<time datetime>`. Posts are listed newest first. Anything that is not a date fails the build.",
  },
  {
    name: "updated",
    kind: "date",
    aliases: ["modified", "lastmod"],
    doc: "Date of the last substantial change.",
  },
  {
    name: "description",
    kind: "text",
    aliases: ["summary", "excerpt"],
    doc: "Shown under the title, on the home page and as the page's meta description.",
  },
  {
    name: "featuredImage",
    kind: "text",
    aliases: ["image", "cover", "ogImage"],
    ifEmpty: "name an image file in the post's folder, or remove the line",
    doc: "The image shown when a link to the post is shared (`og:image`, `twitter:image`). Written relative to the post's folder (`./cover.png`) or relative to `content/blog/` (`my-post/cover.png`); the post's folder is tried first. An image of exactly 1200×630 is served as it is; any other size is cropped to 1200×630 around its centre. A name that matches no file fails the build with the file and field named. Without the field, a card with the title, date and tags is drawn for the post.",
  },
  {
    name: "featuredImageAlt",
    kind: "text",
    doc: "Alt text of the shared image; the title when absent.",
  },
  {
    name: "author",
    kind: "text",
    doc: "The post's author, for `article:author`, JSON-LD and the feeds. Without it: `attribution.author`, then the site's author.",
  },
  {
    name: "tags",
    kind: "names",
    itemName: "tag",
    aliases: ["category", "categories", "keywords"],
    doc: "Shown under the title. The tags `en` and `ja` also give the post's language.",
  },
  {
    name: "lang",
    kind: "language",
    aliases: ["language"],
    doc: "The language of the post: `<html lang>`, `og:locale` and the feeds. Without it, the tag `en` or `ja`, then the site's default.",
  },
  {
    name: "draft",
    kind: "boolean",
    doc: "`true` keeps the post out of the built site; it still shows in `npm run develop`, marked as a draft. A post dated in the future is treated the same way until its date.",
  },
  {
    name: "math",
    kind: "boolean",
    doc: "`false` keeps `$…$` and `$$ … $$` as text, dollar signs and all, for a post that writes prices rather than formulas: nothing in it is typeset, the content check looks for no math in it, and its page loads no KaTeX stylesheet. `true` typesets the post's math when the site's `math` setting (`site.config.ts`) is off. Without the field, the site's setting decides.",
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

/** Other engines' names for the fields, each with the field it stands for. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  FRONTMATTER_FIELDS.flatMap((field) => (field.aliases ?? []).map((alias) => [alias, field.name])),
);
