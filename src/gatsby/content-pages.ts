import type { CreatePagesArgs } from "gatsby";
import path from "node:path";
import type { ContentPageContext } from "../lib/posts/page-context";

const PAGE_TEMPLATE = path.resolve("src/templates/page.tsx");

interface PagesForContentPages {
  allMarkdownRemark: {
    nodes: Array<{
      fields: { slug: string; publication: string };
    }>;
  };
}

/**
 * A page for each Markdown file in content/pages (`about.md` -> `/about/`). Drafts are built
 * only for the preview, as drafts of posts are.
 */
export async function createContentPages(
  { graphql, actions, reporter }: Pick<CreatePagesArgs, "graphql" | "actions" | "reporter">,
  options: { includeUnpublished: boolean },
): Promise<void> {
  const result = await graphql<PagesForContentPages>(`
    query PagesForContentPages {
      allMarkdownRemark(
        filter: { fields: { kind: { eq: "page" } } }
        sort: { fields: { slug: ASC } }
      ) {
        nodes {
          fields {
            slug
            publication
          }
        }
      }
    }
  `);
  if (result.errors || !result.data) {
    reporter.panicOnBuild("Could not read content/pages to build its pages", result.errors);
    return;
  }
  for (const page of result.data.allMarkdownRemark.nodes) {
    if (page.fields.publication !== "published" && !options.includeUnpublished) continue;
    actions.createPage<ContentPageContext>({
      path: page.fields.slug,
      component: PAGE_TEMPLATE,
      context: { slug: page.fields.slug },
    });
  }
}
