// @ts-check
/**
 * Which heading a `#fragment` of a page reaches. A fragment may be written raw or
 * percent-encoded, under the current slug rule or the older one (see slug-rules.js); the current
 * id wins when both could apply, so a link written today always means what it says.
 */

/**
 * @typedef {import("./heading-ids").HeadingId} HeadingId
 * @typedef {{ ids: ReadonlySet<string>; olderIds: ReadonlyMap<string, string> }} SectionTargets
 */

/**
 * @param {ReadonlyArray<Pick<HeadingId, "id" | "olderId">>} entries
 * @returns {SectionTargets}
 */
function sectionTargets(entries) {
  const ids = new Set(entries.map((entry) => entry.id));
  /** @type {Map<string, string>} */
  const olderIds = new Map();
  for (const { id, olderId } of entries) {
    // The first heading with an older id keeps it, as the first would have had it.
    if (!ids.has(olderId) && !olderIds.has(olderId)) olderIds.set(olderId, id);
  }
  return { ids, olderIds };
}

/**
 * The fragment as written and percent-decoded; a malformed escape is kept as written.
 * @param {string} fragment without the `#`
 * @returns {string[]}
 */
function spellings(fragment) {
  try {
    const decoded = decodeURIComponent(fragment);
    return decoded === fragment ? [fragment] : [fragment, decoded];
  } catch {
    return [fragment];
  }
}

/**
 * The id of the heading a fragment reaches, or null when it names no heading.
 * @param {string} fragment without the `#`
 * @param {SectionTargets} targets
 * @returns {string | null}
 */
function sectionFor(fragment, targets) {
  const written = spellings(fragment);
  const current = written.find((spelling) => targets.ids.has(spelling));
  if (current !== undefined) return current;
  for (const spelling of written) {
    const id = targets.olderIds.get(spelling);
    if (id !== undefined) return id;
  }
  return null;
}

module.exports = { sectionTargets, sectionFor };
