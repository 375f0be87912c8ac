/**
 * A translation's `frontmatter` in queries: what it writes, with what it inherits from its
 * original (date, tags, image) filled in, so templates, lists and feeds read one frontmatter.
 */

import { isGroup } from "../frontmatter/is-group";
import { withInheritedFields } from "./inheritance";

interface MarkdownSource {
  frontmatter?: unknown;
  fields?: { inheritedFrontmatter?: unknown };
}

/** One merged object per node, so the field resolvers' cache (keyed by object) still works. */
const merged = new WeakMap<object, Record<string, unknown>>();

function inheritedOf(source: MarkdownSource): Record<string, unknown> {
  const text = source.fields?.inheritedFrontmatter;
  if (typeof text !== "string" || text === "" || text === "{}") return {};
  const parsed: unknown = JSON.parse(text);
  return isGroup(parsed) ? parsed : {};
}

export function inheritedFrontmatterResolver() {
  return {
    MarkdownRemark: {
      frontmatter: {
        resolve: (source: MarkdownSource): unknown => {
          const written = isGroup(source.frontmatter) ? source.frontmatter : {};
          const inherited = inheritedOf(source);
          if (Object.keys(inherited).length === 0) return written;
          let result = merged.get(source);
          if (result === undefined) {
            result = withInheritedFields(written, inherited);
            merged.set(source, result);
          }
          return result;
        },
      },
    },
  };
}
