// @ts-check
/**
 * Pure transformations of the Markdown tree: no file system, no Gatsby. Kept apart from the
 * plugin entry so they can be tested on hand-made trees.
 *
 * @typedef {import("mdast").Root} Root
 * @typedef {import("mdast").Parent} Parent
 * @typedef {import("mdast").Paragraph} Paragraph
 * @typedef {import("mdast").PhrasingContent} PhrasingContent
 * @typedef {import("mdast").Image} Image
 * @typedef {import("mdast").ImageReference} ImageReference
 * @typedef {import("mdast").Link} Link
 * @typedef {import("unist").Node} UnistNode
 * @typedef {{ type: "figcaption"; data: { hName: "figcaption" }; children: PhrasingContent[] }} FigcaptionNode
 * @typedef {{ type: "figure"; data: { hName: "figure"; hProperties: { className: string[] } }; children: Array<PhrasingContent | FigcaptionNode> }} FigureNode
 */

const OPEN_SMALL = /^<small(\s[^>]*)?>$/i;
const CLOSE_SMALL = /^<\/small>$/i;

/** @param {PhrasingContent} node */
function isBlank(node) {
  return (node.type === "text" && node.value.trim() === "") || node.type === "break";
}

/**
 * An image, an image reference, or either one as the only content of a link.
 * @param {PhrasingContent} node
 * @returns {boolean}
 */
function isImageLike(node) {
  if (node.type === "image" || node.type === "imageReference") return true;
  if (node.type === "link") {
    const inner = node.children.filter((child) => !isBlank(child));
    return inner.length === 1 && inner[0] !== undefined && isImageLike(inner[0]);
  }
  return false;
}

/**
 * The inline content of a `<small>…</small>` run that makes up all of `nodes`, or null.
 * @param {PhrasingContent[]} nodes
 * @returns {PhrasingContent[] | null}
 */
function smallCaptionContent(nodes) {
  const meaningful = nodes.filter((node) => !isBlank(node));
  const first = meaningful[0];
  const last = meaningful[meaningful.length - 1];
  if (meaningful.length < 3 || first === undefined || last === undefined) return null;
  if (first.type !== "html" || !OPEN_SMALL.test(first.value.trim())) return null;
  if (last.type !== "html" || !CLOSE_SMALL.test(last.value.trim())) return null;
  const start = nodes.indexOf(first) + 1;
  const end = nodes.lastIndexOf(last);
  const inner = nodes.slice(start, end);
  trimEdges(inner);
  return inner.length > 0 ? inner : null;
}

/**
 * Drops the line breaks Markdown leaves at the edges of a caption.
 * @param {PhrasingContent[]} nodes
 */
function trimEdges(nodes) {
  const first = nodes[0];
  if (first?.type === "text") first.value = first.value.replace(/^\s+/, "");
  const last = nodes[nodes.length - 1];
  if (last?.type === "text") last.value = last.value.replace(/\s+$/, "");
  while (nodes[0] !== undefined && isBlank(nodes[0])) nodes.shift();
  while (
    nodes[nodes.length - 1] !== undefined &&
    isBlank(/** @type {PhrasingContent} */ (nodes[nodes.length - 1]))
  )
    nodes.pop();
}

/**
 * The image of a paragraph that holds one image and nothing else but blank text.
 * @param {Paragraph} paragraph
 * @returns {PhrasingContent | null}
 */
function soleImage(paragraph) {
  const meaningful = paragraph.children.filter((node) => !isBlank(node));
  const only = meaningful[0];
  return meaningful.length === 1 && only !== undefined && isImageLike(only) ? only : null;
}

/**
 * @param {PhrasingContent} image
 * @param {PhrasingContent[]} caption
 * @returns {FigureNode}
 */
function figure(image, caption) {
  return {
    type: "figure",
    data: { hName: "figure", hProperties: { className: ["post-figure"] } },
    children: [image, { type: "figcaption", data: { hName: "figcaption" }, children: caption }],
  };
}

/**
 * Finds an image alone in its paragraph whose credit line follows as `<small>…</small>`, either
 * as the next paragraph or on the next line of the same paragraph, and makes the pair one
 * `<figure>` whose `<figcaption>` is the credit line (with its links and emphasis kept).
 *
 * @param {Root} tree
 * @returns {number} how many figures were made
 */
function wrapCaptionedImages(tree) {
  let made = 0;
  /** @param {Parent} parent */
  const walk = (parent) => {
    for (let index = 0; index < parent.children.length; index += 1) {
      const node = parent.children[index];
      if (node === undefined) continue;
      if (node.type !== "paragraph") {
        if ("children" in node) walk(/** @type {Parent} */ (node));
        continue;
      }
      const sameParagraph = captionInSameParagraph(node);
      if (sameParagraph) {
        parent.children.splice(index, 1, /** @type {never} */ (sameParagraph));
        made += 1;
        continue;
      }
      const image = soleImage(node);
      const next = parent.children[index + 1];
      const caption =
        image && next?.type === "paragraph" ? smallCaptionContent(next.children) : null;
      if (image && caption) {
        parent.children.splice(index, 2, /** @type {never} */ (figure(image, caption)));
        made += 1;
      }
    }
  };
  walk(tree);
  return made;
}

/**
 * `![](a.png)` and `<small>…</small>` on consecutive lines make a single paragraph.
 * @param {Paragraph} paragraph
 * @returns {FigureNode | null}
 */
function captionInSameParagraph(paragraph) {
  const children = paragraph.children;
  const imageIndex = children.findIndex((node) => !isBlank(node));
  const image = children[imageIndex];
  if (image === undefined || !isImageLike(image)) return null;
  const caption = smallCaptionContent(children.slice(imageIndex + 1));
  return caption ? figure(image, caption) : null;
}

/**
 * Every image and image reference in the tree, in document order.
 * @param {UnistNode} node
 * @param {Array<Image | ImageReference>} [found]
 * @returns {Array<Image | ImageReference>}
 */
function collectImages(node, found = []) {
  if (node.type === "image" || node.type === "imageReference") {
    found.push(/** @type {Image | ImageReference} */ (node));
  }
  if ("children" in node && Array.isArray(node.children)) {
    for (const child of node.children) collectImages(child, found);
  }
  return found;
}

module.exports = { wrapCaptionedImages, collectImages };
