/**
 * Where generated social cards are served. Shared by the build step that draws them and by the
 * pages that point to them, so the two cannot disagree.
 */
export const GENERATED_CARD_FOLDER = "og";
export const GENERATED_CARD_SIZE = { width: 1200, height: 630 } as const;

/** `/representation_learning/` -> `/og/posts/representation_learning.png` */
export function postCardPath(slug: string): string {
  const name = slug.replace(/^\/+|\/+$/g, "").replace(/\//g, "--") || "index";
  return `/${GENERATED_CARD_FOLDER}/posts/${name}.png`;
}

export const HOME_CARD_PATH = `/${GENERATED_CARD_FOLDER}/home.png`;
