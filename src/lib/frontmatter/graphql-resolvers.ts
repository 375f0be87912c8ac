import { FRONTMATTER_FIELDS } from "./fields";
import { isGroup } from "./is-group";
import { normalizeFrontmatter } from "./resolve";

/** Each post's frontmatter is read once per build, however many of its fields are queried. */
const normalized = new WeakMap<object, Record<string, unknown>>();

function readAsRegistry(source: unknown): Record<string, unknown> {
  if (!isGroup(source)) return {};
  let fields = normalized.get(source);
  if (fields === undefined) {
    fields = normalizeFrontmatter(source);
    normalized.set(source, fields);
  }
  return fields;
}

/**
 * For Gatsby's `createResolvers`: every field of `frontmatter` is read as resolve.ts reads it, so
 * `frontmatter.description` is a post's `spoiler` when that is what it wrote. The resolvers sit on
 * the fields rather than on `frontmatter` as a whole: Gatsby materialises a field with its own
 * resolver before it sorts or filters on it, but a resolver on the parent object is not used
 * when it sorts by `frontmatter.date`, and lists came out in the wrong order.
 */
export function frontmatterResolvers() {
  return {
    MarkdownRemarkFrontmatter: Object.fromEntries(
      FRONTMATTER_FIELDS.map((field) => [
        field.name,
        { resolve: (source: unknown): unknown => readAsRegistry(source)[field.name] ?? null },
      ]),
    ),
  };
}
