import { isGroup } from "./is-group";
import { normalizeFrontmatter } from "./resolve";

interface MarkdownSource {
  /** The YAML as gatsby-transformer-remark parsed it, other blogs' names and all. */
  frontmatter?: unknown;
}

/**
 * For Gatsby's `createResolvers`: every query of `frontmatter` (templates, page creation, sorting
 * by date) gets the registry's fields as resolve.ts reads them, so `frontmatter.description` is a
 * post's `spoiler` when that is what it wrote. One resolver on the whole object rather than one
 * per field: the fields' own types and `@dateformat` stay as graphql-types.ts declares them, and
 * Gatsby resolves this field before it filters or sorts on anything inside it.
 */
export function frontmatterResolvers() {
  return {
    MarkdownRemark: {
      frontmatter: {
        resolve: (source: MarkdownSource): Record<string, unknown> =>
          normalizeFrontmatter(isGroup(source.frontmatter) ? source.frontmatter : {}),
      },
    },
  };
}
