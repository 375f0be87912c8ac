/** The benchmark's results as plain-text tables, one block per build mode, budgets last. */
import { slowestSteps } from "./gatsby-output";
import type { BenchResult, BudgetResult, ModeResult } from "./results";
import { formatTable, kilobytes, memory, seconds } from "./text-table";
import { isInlinedAsset } from "./data-uris";
import { compareWithBaseline, formatFigure } from "./baseline-budgets";

const yesNo = (value: boolean | null) => (value === null ? "-" : value ? "yes" : "no");

export function buildsTable(mode: ModeResult): string {
  return formatTable(
    [
      { title: "build" },
      { title: "runs", align: "right" },
      { title: "median", align: "right" },
      { title: "range", align: "right" },
      { title: "peak memory", align: "right" },
      { title: "image files written", align: "right" },
      { title: "image jobs", align: "right" },
    ],
    mode.builds.map((result) => {
      const times = result.runs.map((run) => run.seconds);
      const failed = result.runs.some((run) => run.exitCode !== 0);
      return [
        result.scenario,
        String(result.runs.length),
        failed ? "FAILED" : seconds(result.medianSeconds),
        times.length > 1 ? `${seconds(Math.min(...times))}–${seconds(Math.max(...times))}` : "",
        memory(Math.max(...result.runs.map((run) => run.peakRssBytes))),
        result.runs.map((run) => String(run.imageWork.filesWritten)).join(", "),
        result.runs.map((run) => String(run.imageJobs)).join(", "),
      ];
    }),
  );
}

export function slowStepsTable(mode: ModeResult, count = 6): string {
  const cold = mode.builds.find((result) => result.scenario === "cold")?.runs.at(-1);
  if (cold === undefined || cold.steps.length === 0) return "";
  return formatTable(
    [{ title: "slowest steps of the cold build" }, { title: "time", align: "right" }],
    slowestSteps(cold.steps, count).map((step) => [step.step, seconds(step.seconds)]),
  );
}

export function imagesLine(mode: ModeResult): string {
  const images = mode.images;
  if (images === null) return "";
  const files = images.filesPerSource;
  const range = files.min === files.max ? `${files.max}` : `${files.min}–${files.max}`;
  return (
    `Image outputs: ${images.sources} source images, ${range} files each (${images.formats.join(", ")}), ` +
    `at most ${images.maxWidthsPerSource} widths, ${images.widerThanSource.length} wider than the source, ` +
    `${images.notSharpOnPhones.length} without a 1,080-px width.`
  );
}

export function pagesTable(mode: ModeResult): string {
  if (mode.pages.length === 0) return "";
  return formatTable(
    [
      { title: "page (KB gzip)" },
      { title: "HTML", align: "right" },
      { title: "CSS", align: "right" },
      { title: "JS", align: "right" },
      { title: "data", align: "right" },
      { title: "fonts", align: "right" },
      { title: "requests", align: "right" },
      { title: "base64", align: "right" },
      { title: "KaTeX CSS" },
      { title: "body twice" },
    ],
    mode.pages.map((page) => [
      page.page,
      kilobytes(page.weight.html).replace(" KB", ""),
      kilobytes(page.weight.css).replace(" KB", ""),
      kilobytes(page.weight.javascript).replace(" KB", ""),
      kilobytes(page.weight.pageData).replace(" KB", ""),
      kilobytes(page.weight.fonts).replace(" KB", ""),
      String(page.weight.requests),
      String(page.weight.dataUris.filter(isInlinedAsset).length),
      `${yesNo(page.katexCss)}${page.hasMath ? " (math)" : ""}`,
      yesNo(page.bodyInPageData),
    ]),
  );
}

export function lighthouseTable(mode: ModeResult): string {
  if (mode.lighthouse.length === 0) return "";
  return formatTable(
    [
      { title: "Lighthouse (mobile)" },
      { title: "perf", align: "right" },
      { title: "a11y", align: "right" },
      { title: "best pr.", align: "right" },
      { title: "SEO", align: "right" },
      { title: "LCP", align: "right" },
      { title: "CLS", align: "right" },
      { title: "TBT", align: "right" },
      { title: "requests", align: "right" },
    ],
    mode.lighthouse.map((report) => [
      report.page,
      String(report.performance),
      String(report.accessibility),
      String(report.bestPractices),
      String(report.seo),
      `${report.lcpMs} ms`,
      String(report.cls),
      `${report.tbtMs} ms`,
      String(report.requests),
    ]),
  );
}

/** Each measured page in each mode, one row per pair, so the modes can be compared line by line. */
export function modesTable(modes: readonly ModeResult[]): string {
  const rows: string[][] = [];
  for (const mode of modes) {
    const cold = mode.builds.find((result) => result.scenario === "cold");
    for (const page of mode.pages) {
      const lighthouse = mode.lighthouse.find((report) => report.page === page.page);
      rows.push([
        page.page,
        mode.mode,
        kilobytes(page.weight.javascript).replace(" KB", ""),
        kilobytes(page.weight.css).replace(" KB", ""),
        kilobytes(page.weight.html).replace(" KB", ""),
        kilobytes(page.weight.pageData).replace(" KB", ""),
        String(page.weight.requests),
        lighthouse === undefined ? "-" : String(lighthouse.performance),
        lighthouse === undefined ? "-" : `${lighthouse.lcpMs} ms`,
        lighthouse === undefined ? "-" : `${lighthouse.tbtMs} ms`,
        cold === undefined ? "-" : seconds(cold.medianSeconds),
      ]);
    }
  }
  rows.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
  return formatTable(
    [
      { title: "page (KB gzip)" },
      { title: "mode" },
      { title: "JS", align: "right" },
      { title: "CSS", align: "right" },
      { title: "HTML", align: "right" },
      { title: "data", align: "right" },
      { title: "requests", align: "right" },
      { title: "perf", align: "right" },
      { title: "LCP", align: "right" },
      { title: "TBT", align: "right" },
      { title: "cold build", align: "right" },
    ],
    rows,
  );
}

/** This project against the baseline, figure by figure, with the ratio beside them. */
export function baselineTable(
  mode: ModeResult,
  baseline: NonNullable<BenchResult["baseline"]>,
): string {
  const rows = compareWithBaseline(mode, baseline.builds);
  if (rows.length === 0) return `Baseline ${baseline.project}: no build of both finished.`;
  return formatTable(
    [
      { title: `against ${baseline.project}` },
      { title: `this project (${mode.mode})`, align: "right" },
      { title: "baseline", align: "right" },
      { title: "ratio", align: "right" },
    ],
    rows.map((row) => [
      row.what,
      formatFigure(row.project, row.unit),
      formatFigure(row.baseline, row.unit),
      `${row.ratio.toFixed(2)}x`,
    ]),
  );
}

export function budgetsTable(budgets: readonly BudgetResult[]): string {
  return formatTable(
    [{ title: "budget" }, { title: "status" }, { title: "measured" }],
    budgets.map((budget) => [budget.budget, budget.status, budget.measured]),
  );
}

/** The whole report as printed at the end of a run. */
export function formatReport(result: BenchResult): string {
  const blocks: string[] = [];
  const corpus = result.corpus;
  if (corpus !== null && corpus.folder !== null) {
    blocks.push(
      `Corpus: ${corpus.posts} posts from ${corpus.folder}, ${corpus.figures} images (${(corpus.figureBytes / 1e6).toFixed(1)} MB).`,
    );
  } else if (corpus !== null) {
    blocks.push(
      `Corpus: ${corpus.posts} synthetic posts (${corpus.japanesePosts} in Japanese) and the seed post, ` +
        `${corpus.figures} figures (${(corpus.figureBytes / 1e6).toFixed(1)} MB), written and checked in ${seconds(corpus.seconds)}.`,
    );
  }
  const first = result.modes[0];
  if (result.baseline !== null) {
    blocks.push("== against the baseline ==");
    const failed = result.baseline.builds.some((build) =>
      build.runs.some((run) => run.exitCode !== 0),
    );
    if (failed) blocks.push(`The baseline's build FAILED; its builds:`);
    blocks.push(
      buildsTable({
        mode: "baseline",
        builds: result.baseline.builds,
        images: null,
        pages: [],
        lighthouse: [],
        cardCost: null,
      }),
    );
    if (first !== undefined) blocks.push(baselineTable(first, result.baseline));
  }
  for (const mode of result.modes) {
    blocks.push(`== mode: ${mode.mode} ==`);
    blocks.push(
      ...[
        mode.builds.length ? buildsTable(mode) : "",
        slowStepsTable(mode),
        imagesLine(mode),
        pagesTable(mode),
        lighthouseTable(mode),
      ].filter(Boolean),
    );
    const external = mode.lighthouse.flatMap((report) => report.externalRequests);
    if (external.length > 0) {
      blocks.push(`Requests that left the machine (there must be none): ${external.join(", ")}`);
    }
    blocks.push(budgetsTable(result.budgets[mode.mode] ?? []));
  }
  if (result.modes.length > 1) {
    blocks.push("== the modes side by side ==", modesTable(result.modes));
  }
  return blocks.join("\n\n");
}
