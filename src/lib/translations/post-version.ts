/**
 * What the build needs to know about one Markdown file as a version of a post: whether it is a
 * translation, its language and address, the original it belongs to and what it inherits.
 * Read once per file when Gatsby creates its node (gatsby-node.ts).
 */

import fs from "node:fs";
import path from "node:path";
import { parsePost } from "../content-check/parse-post";
import type { PostSource } from "../content-check/types";
import { normalizeFrontmatter } from "../frontmatter/resolve";
import { postAddress } from "../posts/address";
import { slugFromRelativePath } from "../posts/slug";
import { inheritedFields } from "./inheritance";
import { parseLanguageCode } from "./language-code";
import { languageOfFrontmatter } from "./source-language";
import { originalFileOf, translationCodeOfFile } from "./translation-file";
import { translationSlug } from "./translation-path";

export interface PostVersionFields {
  slug: string;
  redirectFrom: string[];
  lang: string;
  /** The original's slug (an original's own). */
  original: string;
  isTranslation: boolean;
  /** Fields the translation takes from its original, as registry names and values. */
  inherited: Record<string, unknown>;
  /** The original's frontmatter as the registry reads it; null for an original. */
  originalFrontmatter: Record<string, unknown> | null;
  /** False for a translation the content check rejects (no original, no language). */
  valid: boolean;
}

const utf8 = new TextDecoder("utf-8");

function readSource(absolutePath: string, contentFolder: string): PostSource {
  const bytes = fs.readFileSync(absolutePath);
  return {
    file: path.relative(contentFolder, absolutePath).split(path.sep).join("/"),
    folder: path.dirname(absolutePath),
    bytes,
    text: utf8.decode(bytes),
  };
}

/**
 * `written` is the file's frontmatter as parsed; `relativePath` is relative to the content folder.
 */
export function postVersionFields(options: {
  written: Record<string, unknown>;
  absolutePath: string;
  relativePath: string;
  contentFolder: string;
  defaultLang: string;
  fileExists?: (file: string) => boolean;
}): PostVersionFields {
  const { written, absolutePath, relativePath, contentFolder, defaultLang } = options;
  const fileExists = options.fileExists ?? fs.existsSync;
  const frontmatter = normalizeFrontmatter(written);
  const ownAddress = postAddress(written, slugFromRelativePath(relativePath));
  const asOriginal: PostVersionFields = {
    slug: ownAddress.slug,
    redirectFrom: ownAddress.redirectFrom.map((old) => old.path),
    lang: languageOfFrontmatter(frontmatter, defaultLang),
    original: ownAddress.slug,
    isTranslation: false,
    inherited: {},
    originalFrontmatter: null,
    valid: true,
  };
  const writtenCode = translationCodeOfFile(relativePath);
  if (writtenCode === null) return asOriginal;
  const { code } = parseLanguageCode(writtenCode);
  const originalPath = originalFileOf(absolutePath);
  const originalRaw =
    code !== null && fileExists(originalPath)
      ? (parsePost(readSource(originalPath, contentFolder)).post?.data ?? null)
      : null;
  if (code === null || originalRaw === null) return { ...asOriginal, valid: false };
  const originalData = normalizeFrontmatter(originalRaw);
  const originalAddress = postAddress(
    originalRaw,
    slugFromRelativePath(originalFileOf(relativePath)),
  );
  const address = postAddress(written, translationSlug(code.segment, originalAddress.slug));
  // Before translations were read as such, this file was a post of its own at its folder's
  // address (`/my-post/index.ja/`); links to it keep working.
  const formerAddress = slugFromRelativePath(relativePath);
  const redirectFrom = [...address.redirectFrom.map((old) => old.path), formerAddress];
  return {
    slug: address.slug,
    redirectFrom: [...new Set(redirectFrom)].filter((old) => old !== address.slug),
    lang: code.tag,
    original: originalAddress.slug,
    isTranslation: true,
    inherited: inheritedFields(frontmatter, originalData),
    originalFrontmatter: originalData,
    valid: true,
  };
}
