// @ts-check

/**
 * Whether a post's `$…$` is math: its frontmatter `math: true` or `math: false` decides, and
 * without one (or with a value that is not a boolean, which the content check reports) the
 * site's `math` setting does. The content check and the build both ask this, so a post is
 * checked the way it is rendered.
 * @param {unknown} frontmatterMath
 * @param {boolean} siteMath
 * @returns {boolean}
 */
function mathIsOn(frontmatterMath, siteMath) {
  return typeof frontmatterMath === "boolean" ? frontmatterMath : siteMath;
}

module.exports = { mathIsOn };
