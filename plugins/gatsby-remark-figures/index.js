// @ts-check
const path = require("node:path");
const sharp = require("sharp");
const { wrapCaptionedImages, collectImages } = require("./figure-tree");

/**
 * gatsby-remark-images treats an empty alt as "use the file name", which gives screen readers
 * "2020 04 19 15 10 23". This is its documented marker for a deliberately empty alt.
 */
const EMPTY_ALT_MARKER = "GATSBY_EMPTY_ALT";
/** Extensions gatsby-remark-images turns into responsive images. */
const RESPONSIVE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff", ".avif"]);
/** Extensions copied as they are, which still need their size for a stable layout. */
const SIZED_COPY_EXTENSIONS = new Set([".gif", ".svg"]);

/**
 * @typedef {import("mdast").Root} Root
 * @typedef {import("mdast").Image} Image
 * @typedef {{ id: string; parent?: string | null; dir?: string; internal: { type: string } }} GatsbyNode
 * @typedef {{ markdownAST: Root; markdownNode: GatsbyNode; getNode: (id: string) => GatsbyNode | undefined }} PluginArguments
 */

/**
 * The folder of the Markdown file, found by walking up from the MarkdownRemark node to its File.
 * @param {GatsbyNode} markdownNode
 * @param {PluginArguments["getNode"]} getNode
 * @returns {string | null}
 */
function sourceFolder(markdownNode, getNode) {
  let node = markdownNode.parent ? getNode(markdownNode.parent) : undefined;
  while (node && node.internal.type !== "File") {
    node = node.parent ? getNode(node.parent) : undefined;
  }
  return node?.dir ?? null;
}

/**
 * A relative URL as a path on disk, or null for absolute, protocol and fragment URLs.
 * @param {string} url
 */
function localPath(url) {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return null;
  const withoutQuery = url.replace(/[?#].*$/, "");
  try {
    return decodeURI(withoutQuery);
  } catch {
    return withoutQuery;
  }
}

/**
 * @param {Image} image
 * @param {string} folder
 */
async function sizeCopiedImage(image, folder) {
  const relative = localPath(image.url);
  if (relative === null) return;
  const extension = path.extname(relative).toLowerCase();
  if (!SIZED_COPY_EXTENSIONS.has(extension)) return;
  try {
    const { width, height } = await sharp(path.join(folder, relative)).metadata();
    if (!width || !height) return;
    const data = /** @type {{ hProperties?: Record<string, unknown> }} */ (image.data ?? {});
    data.hProperties = { ...data.hProperties, width, height, loading: "lazy", decoding: "async" };
    image.data = data;
  } catch {
    // A missing or unreadable file is reported by the content checks; nothing to size here.
  }
}

/**
 * Image references are left alone: gatsby-remark-images reads their marker from the definition,
 * which has no alt, so the marker would leak into the page.
 * @param {Image} image
 */
function markEmptyAlt(image) {
  if (image.alt && image.alt.trim() !== "") return;
  const relative = localPath(image.url);
  const extension = relative === null ? "" : path.extname(relative).toLowerCase();
  image.alt = RESPONSIVE_EXTENSIONS.has(extension) ? EMPTY_ALT_MARKER : "";
}

/** @param {PluginArguments} args */
module.exports = async function gatsbyRemarkFigures({ markdownAST, markdownNode, getNode }) {
  wrapCaptionedImages(markdownAST);
  const folder = sourceFolder(markdownNode, getNode);
  const images = collectImages(markdownAST).filter(
    /** @returns {image is Image} */ (image) => image.type === "image",
  );
  for (const image of images) markEmptyAlt(image);
  if (folder !== null) await Promise.all(images.map((image) => sizeCopiedImage(image, folder)));
  return markdownAST;
};
