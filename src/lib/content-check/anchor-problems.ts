/**
 * Whether a link's `#fragment` reaches something: a heading, a footnote or an id written in raw
 * HTML, in the post itself or in the page the link leads to. Headings may be named under either
 * slug rule (plugins/gatsby-remark-heading-ids/slug-rules.js), raw or percent-encoded; the build
 * rewrites such links within a post, so they pass. It does not rewrite links to other pages,
 * so there only the heading's id does, and the message gives it.
 */

import { sectionFor } from "../../../plugins/gatsby-remark-heading-ids/section-targets";
import type { PageAnchors } from "./page-anchors";
import { editDistance } from "./suggest";

const RULE = "references/missing-anchor";
const MAX_LISTED_ANCHORS = 5;

/** What is wrong with a fragment, before it is given a position. */
export interface AnchorFinding {
  rule: string;
  text: string;
}

/** Browsers scroll to the top for these without any element (as the post-build check knows). */
function isImplicit(fragment: string): boolean {
  return fragment === "" || fragment.toLowerCase() === "top" || fragment.startsWith(":~:");
}

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function namesAnId(fragment: string, anchors: PageAnchors): boolean {
  return anchors.ids.includes(fragment) || anchors.ids.includes(decoded(fragment));
}

/** The page's anchors nearest to the fragment first, a few of them. */
function nearest(fragment: string, anchors: PageAnchors, where: string): string {
  const target = decoded(fragment);
  const listed = [...anchors.ids]
    .sort((a, b) => editDistance(target, a) - editDistance(target, b))
    .slice(0, MAX_LISTED_ANCHORS)
    .map((candidate) => `#${candidate}`);
  return listed.length > 0
    ? `anchors in ${where} include ${listed.join(", ")}`
    : `${where} has no headings to link to`;
}

/** A link within the post (`#section`), checked against the post's own anchors. */
export function inPageAnchorProblem(url: string, anchors: PageAnchors): AnchorFinding | null {
  const fragment = url.slice(1);
  if (isImplicit(fragment) || namesAnId(fragment, anchors)) return null;
  if (sectionFor(fragment, anchors.sections) !== null) return null;
  return {
    rule: RULE,
    text: `link "${url}" matches no heading or id in this post; ${nearest(fragment, anchors, "this post")}`,
  };
}

/** A link to a section of another page (`../other-post/#section`, `/other-post/#section`). */
export function otherPageAnchorProblem(
  url: string,
  sitePath: string,
  anchors: PageAnchors,
): AnchorFinding | null {
  const hash = url.indexOf("#");
  const fragment = hash === -1 ? "" : url.slice(hash + 1);
  if (isImplicit(fragment) || namesAnId(fragment, anchors)) return null;
  const id = sectionFor(fragment, anchors.sections);
  if (id !== null) {
    return {
      rule: RULE,
      text:
        `link "${url}" names a heading of ${sitePath} by an older slug rule, which works only ` +
        `for links within a post; write "${url.slice(0, hash)}#${id}"`,
    };
  }
  return {
    rule: RULE,
    text: `link "${url}" matches no heading or id of ${sitePath}; ${nearest(fragment, anchors, sitePath)}`,
  };
}
