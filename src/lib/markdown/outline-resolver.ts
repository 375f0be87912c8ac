/**
 * `MarkdownRemark.outline` in queries: the headings of a post's rendered HTML (heading-outline.ts).
 * A field rather than page context, so a post's HTML is rendered where its page query runs, in
 * Gatsby's query workers on every core, and not in `createPages`, one post after another.
 */
import { headingsOfHtml, type HeadingEntry } from "./heading-outline";

export const OUTLINE_TYPE_DEFS = `
  type MarkdownHeading {
    id: String!
    depth: Int!
    text: String!
    html: String!
  }
`;

/** The part of GraphQL's resolve info this resolver reads. */
interface ResolveInfo {
  fieldName: string;
  schema: { getType(name: string): unknown };
}

type FieldResolver = (
  source: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: ResolveInfo,
) => unknown;

/** gatsby-transformer-remark's own `html` resolver, which renders and caches the HTML. */
async function renderedHtml(source: unknown, context: unknown, info: ResolveInfo): Promise<string> {
  const type = info.schema.getType("MarkdownRemark") as
    { getFields(): Record<string, { resolve?: FieldResolver }> } | undefined;
  const resolve = type?.getFields().html?.resolve;
  if (resolve === undefined) throw new Error("MarkdownRemark has no html field to outline");
  const html = await resolve(source, {}, context, { ...info, fieldName: "html" });
  return typeof html === "string" ? html : "";
}

export function outlineResolver() {
  return {
    MarkdownRemark: {
      outline: {
        type: "[MarkdownHeading!]!",
        resolve: async (
          source: unknown,
          _args: unknown,
          context: unknown,
          info: ResolveInfo,
        ): Promise<HeadingEntry[]> => headingsOfHtml(await renderedHtml(source, context, info)),
      },
    },
  };
}
