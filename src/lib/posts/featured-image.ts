import path from "node:path";

/**
 * Where a `featuredImage` value may point, most specific first: relative to the post's own
 * folder (`./ogp.png`), then relative to the content folder as older posts write it
 * (`representation_learning/ogp.png`).
 */
export function featuredImageCandidates(
  value: string,
  postFolder: string,
  contentFolder: string,
): string[] {
  const candidates = [path.resolve(postFolder, value), path.resolve(contentFolder, value)];
  return [...new Set(candidates)];
}

/** The first candidate for which `exists` is true, or null. */
export function resolveFeaturedImage(
  value: string,
  postFolder: string,
  contentFolder: string,
  exists: (absolutePath: string) => boolean,
): string | null {
  return featuredImageCandidates(value, postFolder, contentFolder).find(exists) ?? null;
}
