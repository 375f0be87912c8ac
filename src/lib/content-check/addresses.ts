import { postAddress } from "../posts/address";
import type { AddressedFile } from "./duplicate-slugs";
import { parsePost } from "./parse-post";
import type { PostSource } from "./types";

/**
 * The addresses a post or page claims, as the build will serve it, with the lines that claim
 * them. A file whose frontmatter cannot be read keeps its folder's address; the reason is
 * reported by the file's own checks.
 */
export function addressedFile(source: PostSource, folderSlug: string): AddressedFile {
  const { post } = parsePost(source);
  if (post === null) return { file: source.file, slug: folderSlug };
  const address = postAddress(post.data, folderSlug);
  const lineOf = (field: string): number | null => post.fieldLines[field] ?? null;
  return {
    file: source.file,
    slug: address.slug,
    slugLine: address.slugField === null ? null : lineOf(address.slugField),
    redirectFrom: address.redirectFrom.map((old) => ({
      path: old.path,
      field: old.field,
      line: lineOf(old.field),
    })),
  };
}
