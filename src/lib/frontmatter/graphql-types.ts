import { FRONTMATTER_FIELDS, type FrontmatterField, type SubField } from "./fields";

function fieldType(field: FrontmatterField): string {
  const bang = field.required ? "!" : "";
  switch (field.kind) {
    case "text":
    case "language":
    case "path":
      return `String${bang}`;
    case "date":
      return `Date${bang} @dateformat`;
    case "names":
      return `[String!]${bang}`;
    case "paths":
      // One path may be written as text, which this type does not describe: the build reads the
      // normalised list from `fields.redirectFrom` (posts/address.ts), never this raw value.
      return `[String!]${bang}`;
    case "boolean":
      return `Boolean${bang}`;
    case "group":
      return `${field.typeName}${bang}`;
  }
}

function subFieldType(field: SubField): string {
  return `String${field.required ? "!" : ""}`;
}

/**
 * The GraphQL types of the frontmatter, declared rather than inferred so that a post that omits
 * a field still builds and every query sees the same shape. Other blogs' names for a field are
 * read into it by resolvers (graphql-resolvers.ts), never declared.
 */
export function frontmatterTypeDefs(): string {
  const main = FRONTMATTER_FIELDS.map((field) => `  ${field.name}: ${fieldType(field)}`);
  const groups = FRONTMATTER_FIELDS.flatMap((field) =>
    field.kind === "group"
      ? [
          `type ${field.typeName} {\n${field.fields
            .map((sub) => `  ${sub.name}: ${subFieldType(sub)}`)
            .join("\n")}\n}`,
        ]
      : [],
  );
  // Not inferred: the registry is the whole type (gatsby-node.ts declares the node's other fields).
  return [`type MarkdownRemarkFrontmatter @dontInfer {\n${main.join("\n")}\n}`, ...groups].join(
    "\n",
  );
}
