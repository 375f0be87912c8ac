/**
 * Cross-references that cannot work: a label given to two things (the second would never be
 * reached), a label whose prefix names another kind of thing (`{#eq-…}` on a figure), and
 * `@fig-…`, `@eq-…`, `@tbl-…` or `@sec-…` naming no label of the post. Each is an error at the
 * label or the reference, found in the tree the build numbers
 * (plugins/gatsby-remark-cross-references), so the check and the page agree.
 */

import type { Root } from "mdast";
import { kindOf } from "../../../plugins/gatsby-remark-cross-references/labels";
import { findReferences } from "../../../plugins/gatsby-remark-cross-references/references";
import { findTargets } from "../../../plugins/gatsby-remark-cross-references/targets";
import { positionInFile, problemAt } from "./positions";
import { closestName } from "./suggest";
import type { ParsedPost, Problem } from "./types";

const PREFIX_OF_KIND = { figure: "fig-", equation: "eq-", table: "tbl-", section: "sec-" };

export function checkCrossReferences(post: ParsedPost, tree: Root): Problem[] {
  const problems: Problem[] = [];
  const error = (offset: number | null, rule: string, message: string) =>
    problems.push(problemAt(post, offset ?? 0, "error", rule, message));

  const firstOffsets = new Map<string, number | null>();
  for (const target of findTargets(tree)) {
    const kind = kindOf(target.label);
    // A heading's `{#id}` need not be a cross-reference label; any other target's must be.
    if (kind === null && target.kind === "section") continue;
    if (kind !== target.kind) {
      const prefix = PREFIX_OF_KIND[target.kind];
      error(
        target.offset,
        "references/label-kind",
        `label \`${target.label}\` is on ${target.kind === "equation" ? "an" : "a"} ${target.kind}; a ${target.kind}'s label starts with \`${prefix}\`: {#${prefix}${target.label.replace(/^[a-z]+-/, "")}}`,
      );
      continue;
    }
    const first = firstOffsets.get(target.label);
    if (first === undefined) {
      firstOffsets.set(target.label, target.offset);
      continue;
    }
    const firstLine = first === null ? null : positionInFile(post, first).line;
    error(
      target.offset,
      "references/duplicate-label",
      `label \`${target.label}\` is already used${firstLine === null ? "" : ` on line ${firstLine}`}; give each ${target.kind} a label of its own`,
    );
  }

  const labels = [...firstOffsets.keys()];
  for (const reference of findReferences(tree)) {
    if (firstOffsets.has(reference.label)) continue;
    const near = closestName(reference.label, labels);
    error(
      reference.offset,
      "references/unknown-label",
      `\`@${reference.label}\` refers to no label in this post${near ? `; did you mean \`@${near}\`?` : `; label the ${kindOf(reference.label) ?? "target"} with {#${reference.label}}`}`,
    );
  }
  return problems;
}
