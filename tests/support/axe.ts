import fs from "node:fs";
import path from "node:path";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "playwright-core";
import { repoRoot } from "./paths";

/** The WCAG 2.0, 2.1 and 2.2 success criteria of levels A and AA, as axe-core tags them. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const axeSource = fs.readFileSync(
  path.join(repoRoot, "node_modules", "axe-core", "axe.min.js"),
  "utf8",
);

/** One rule broken somewhere on a page, with every element that breaks it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Checks axe could not decide (text over an image, say), which a person has to look at. */
  undecided: AxeViolation[];
  /** Ids of the rules that ran and found elements to check (passed, failed or undecided). */
  checkedRules: string[];
}

declare global {
  interface Window {
    axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
  }
}

/**
 * Runs axe-core in the page against the WCAG A and AA rules. The page must allow the injected
 * script (a page served without its Content-Security-Policy does).
 */
export async function runAxe(page: Page): Promise<AxeReport> {
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    await page.addScriptTag({ content: axeSource });
  }
  return page.evaluate(async (tags) => {
    const axe = window.axe;
    if (!axe) throw new Error("axe-core did not load");
    const results = await axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations", "incomplete"],
    });
    const [violations, undecided] = [results.violations, results.incomplete].map((rules) =>
      rules.map((rule) => ({
        id: rule.id,
        impact: rule.impact ?? null,
        help: rule.help,
        nodes: rule.nodes.map((node) => ({
          target: node.target.map(String).join(" "),
          summary: (node.failureSummary ?? node.any[0]?.message ?? "").replace(/\s+/g, " ").trim(),
        })),
      })),
    );
    return {
      violations: violations ?? [],
      undecided: undecided ?? [],
      checkedRules: [...results.passes, ...results.violations, ...results.incomplete].map(
        (rule) => rule.id,
      ),
    };
  }, WCAG_AA_TAGS);
}

/** A report a person can act on: rule, what it asks, and each element with what is wrong. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact ?? "no impact given"}): ${violation.help}`,
        ...violation.nodes.map((node) => `  ${node.target}: ${node.summary}`),
      ].join("\n"),
    )
    .join("\n");
}
