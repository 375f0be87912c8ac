import assert from "node:assert/strict";
import { test } from "node:test";
import type { Definition, Link } from "mdast";
import { headingIds } from "../../../../plugins/gatsby-remark-heading-ids/heading-ids";
import { rewriteSectionLinks } from "../../../../plugins/gatsby-remark-heading-ids/section-links";
import {
  sectionFor,
  sectionTargets,
} from "../../../../plugins/gatsby-remark-heading-ids/section-targets";
import { parseMarkdown, walkTree } from "../../../../src/lib/content-check/markdown-tree";

const HEADINGS = [
  "## 機械学習／データサイエンス",
  "## 原则 1：不阻断数据流",
  "## Results & Discussion",
  "## 总结：",
  "## 总结",
].join("\n\n");

/** The URLs of the links and definitions of `body`, after the rewrite, in document order. */
function rewritten(body: string): string[] {
  const tree = parseMarkdown(`${HEADINGS}\n\n${body}\n`);
  rewriteSectionLinks(tree, sectionTargets(headingIds(tree)));
  const urls: string[] = [];
  walkTree(tree, (node) => {
    if (node.type === "link" || node.type === "definition") {
      urls.push((node as Link | Definition).url);
    }
  });
  return urls;
}

const encode = (fragment: string): string => `#${encodeURIComponent(fragment)}`;

test("links written under the current rule, raw or percent-encoded, reach their heading", () => {
  assert.deepEqual(
    rewritten(
      `[a](#機械学習データサイエンス) [b](${encode("原则-1不阻断数据流")}) [c](#results--discussion)`,
    ),
    ["#機械学習データサイエンス", "#原则-1不阻断数据流", "#results--discussion"],
  );
});

test("links written under the older rule, raw or percent-encoded, are pointed at the id", () => {
  assert.deepEqual(
    rewritten(`[a](#機械学習／データサイエンス) [b](${encode("原则-1：不阻断数据流")})`),
    ["#機械学習データサイエンス", "#原则-1不阻断数据流"],
  );
});

test("link definitions are rewritten too, so reference links follow", () => {
  assert.deepEqual(rewritten("[see][s]\n\n[s]: #原则-1：不阻断数据流"), ["#原则-1不阻断数据流"]);
});

test("fragments that name no heading stay exactly as written", () => {
  const body =
    "[a](#no-such-section) [b](#fn-1) [c](#%E6%9C%AA) [d](#%E0%A4%A) [e](../x/#原则-1：)";
  assert.deepEqual(rewritten(body), [
    "#no-such-section",
    "#fn-1",
    "#%E6%9C%AA",
    "#%E0%A4%A",
    "../x/#原则-1：",
  ]);
});

test("where a fragment is one heading's current id and another's older id, the current wins", () => {
  // `## 总结：` is 总结 now and 总结： before; `## 总结` is 总结-1 now and 总结 before.
  const tree = parseMarkdown(HEADINGS);
  const targets = sectionTargets(headingIds(tree));
  assert.equal(sectionFor("总结", targets), "总结");
  assert.equal(sectionFor("总结：", targets), "总结");
  assert.equal(sectionFor("总结-1", targets), "总结-1");
});
