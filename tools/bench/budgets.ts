/**
 * The budgets the site is held to, each judged from one mode's measurements as met, missed, or
 * not measured (when this run did not measure what the budget is about, such as a budget for
 * 1,000 posts in a run of 20).
 */
import { isInlinedAsset } from "./data-uris";
import type { BudgetResult, BudgetStatus, ModeResult, PageReport, Scenario } from "./results";
import { kilobytes, memory, seconds } from "./text-table";

export interface BudgetContext {
  posts: number;
  textOnly: boolean;
  /**
   * The cold build of 1,000 text-only posts of an earlier run (`--scale-from`), which the
   * 10,000-post build is held against; null when none was given.
   */
  referenceColdSeconds: number | null;
  /** The site path of the seed post, whose page the page budgets are about. */
  seedPage: string;
}

/** What the plain Gatsby starter needed for a cold build of 100 such posts. */
export const STARTER_COLD_BUILD_SECONDS = 993;
export const COLD_BUILD_POSTS = 100;
export const COLD_BUILD_LIMIT_SECONDS = 200;
export const WARM_EDIT_LIMIT_RATIO = 0.15;
export const MAX_WIDTHS_PER_SOURCE = 4;
export const MEMORY_POSTS = 1000;
export const MEMORY_LIMIT_BYTES = 2 * 2 ** 30;
export const TEXT_ONLY_POSTS = 10000;
/** The 10,000-post cold build against the 1,000-post one: at most this, so no step is worse than linear. */
export const TEXT_ONLY_SCALE_LIMIT = 10.5;
export const TEXT_ONLY_MEMORY_LIMIT_BYTES = 4 * 2 ** 30;
export const CARD_POSTS = 1000;
export const CARD_SHARE_LIMIT = 0.1;
export const JAVASCRIPT_LIMIT_BYTES = 60_000;
export const CSS_LIMIT_BYTES = 15_000;

const status = (met: boolean): BudgetStatus => (met ? "met" : "missed");

function notMeasured(id: string, budget: string, why: string): BudgetResult {
  return { id, budget, measured: why, status: "not measured" };
}

function scenario(mode: ModeResult, name: Scenario) {
  return mode.builds.find((result) => result.scenario === name);
}

function coldBuild(mode: ModeResult, context: BudgetContext): BudgetResult {
  const id = "cold-build";
  const budget = `cold build of ${COLD_BUILD_POSTS} posts with figures within ${COLD_BUILD_LIMIT_SECONDS} s`;
  const cold = scenario(mode, "cold");
  if (cold === undefined) return notMeasured(id, budget, "no cold build in this run");
  if (context.posts !== COLD_BUILD_POSTS || context.textOnly) {
    return notMeasured(
      id,
      budget,
      `needs --posts ${COLD_BUILD_POSTS} with figures (this run: ${seconds(cold.medianSeconds)} for ${context.posts} posts${context.textOnly ? ", text only" : ""})`,
    );
  }
  if (cold.runs.some((run) => run.exitCode !== 0)) {
    return { id, budget, measured: "the build failed", status: "missed" };
  }
  const speedup = STARTER_COLD_BUILD_SECONDS / cold.medianSeconds;
  return {
    id,
    budget,
    measured: `${seconds(cold.medianSeconds)}, ${speedup.toFixed(1)}x faster than the plain starter's ${STARTER_COLD_BUILD_SECONDS} s`,
    status: status(cold.medianSeconds <= COLD_BUILD_LIMIT_SECONDS),
  };
}

function warmTextEdit(mode: ModeResult): BudgetResult {
  const id = "warm-text-edit";
  const budget = `warm build after a one-post text edit: at most ${WARM_EDIT_LIMIT_RATIO * 100} % of the cold build`;
  const cold = scenario(mode, "cold");
  const edit = scenario(mode, "warm, one post's text edited");
  if (cold === undefined || edit === undefined) {
    return notMeasured(id, budget, "no warm builds in this run");
  }
  const ratio = edit.medianSeconds / cold.medianSeconds;
  return {
    id,
    budget,
    measured: `${seconds(edit.medianSeconds)} = ${(ratio * 100).toFixed(1)} % of ${seconds(cold.medianSeconds)}`,
    status: status(ratio <= WARM_EDIT_LIMIT_RATIO),
  };
}

function noReprocessing(mode: ModeResult): BudgetResult {
  const id = "no-image-reprocessing";
  const budget = "no image re-processed on a warm build where no image changed";
  const warm = (
    ["warm, nothing changed", "warm, one post's text edited", "warm, a template edited"] as const
  )
    .map((name) => scenario(mode, name))
    .filter((result) => result !== undefined);
  if (warm.length === 0) return notMeasured(id, budget, "no warm builds in this run");
  const builds = warm.reduce((sum, result) => sum + result.runs.length, 0);
  const written = warm.filter((result) =>
    result.runs.some((run) => run.imageWork.filesWritten > 0 || run.imageJobs > 0),
  );
  const total = warm
    .flatMap((result) => result.runs)
    .reduce((sum, run) => sum + run.imageWork.filesWritten, 0);
  return {
    id,
    budget,
    measured:
      written.length === 0
        ? `no image file written in ${builds} warm builds`
        : `${total} image files written (${written.map((result) => result.scenario).join("; ")})`,
    status: status(written.length === 0),
  };
}

function imageWidths(mode: ModeResult): BudgetResult {
  const id = "image-widths";
  const budget = `at most ${MAX_WIDTHS_PER_SOURCE} output widths per source image, none wider than the source`;
  const images = mode.images;
  if (images === null || images.sources === 0) {
    return notMeasured(id, budget, "no processed images in this run");
  }
  const wider = images.widerThanSource.length;
  return {
    id,
    budget,
    measured: `at most ${images.maxWidthsPerSource} widths (${images.formats.join(", ")}) per source, ${images.filesPerSource.max} files at most; ${wider === 0 ? "none" : wider} wider than the source`,
    status: status(images.maxWidthsPerSource <= MAX_WIDTHS_PER_SOURCE && wider === 0),
  };
}

function sharpFigures(mode: ModeResult): BudgetResult {
  const id = "sharp-figures";
  const budget =
    "figures sharp on a high-density phone: a width of 1,080 px (360 px at 3x) or the source's own";
  const images = mode.images;
  if (images === null || images.sources === 0) {
    return notMeasured(id, budget, "no processed images in this run");
  }
  const blurry = images.notSharpOnPhones;
  return {
    id,
    budget,
    measured:
      blurry.length === 0
        ? `all ${images.sources} source images`
        : `${blurry.length} of ${images.sources} lack one (${blurry.slice(0, 3).join(", ")}${blurry.length > 3 ? ", …" : ""})`,
    status: status(blurry.length === 0),
  };
}

function peakMemory(mode: ModeResult, context: BudgetContext): BudgetResult {
  const id = "memory";
  const budget = `peak build memory at ${MEMORY_POSTS.toLocaleString("en-US")} posts under ${memory(MEMORY_LIMIT_BYTES)}`;
  const runs = mode.builds.flatMap((result) => result.runs);
  if (runs.length === 0) return notMeasured(id, budget, "no builds in this run");
  const peak = Math.max(...runs.map((run) => run.peakRssBytes));
  if (context.posts < MEMORY_POSTS) {
    return notMeasured(
      id,
      budget,
      `${memory(peak)} at ${context.posts} posts; needs --posts ${MEMORY_POSTS}`,
    );
  }
  return {
    id,
    budget,
    measured: `${memory(peak)} at ${context.posts} posts`,
    status: status(peak < MEMORY_LIMIT_BYTES),
  };
}

function tenThousandPosts(mode: ModeResult, context: BudgetContext): BudgetResult {
  const id = "text-only-10000";
  const budget = `${TEXT_ONLY_POSTS.toLocaleString("en-US")} text-only posts: cold build at most ${TEXT_ONLY_SCALE_LIMIT}x the ${MEMORY_POSTS.toLocaleString("en-US")}-post one, peak memory under ${memory(TEXT_ONLY_MEMORY_LIMIT_BYTES)}`;
  const cold = scenario(mode, "cold");
  if (cold === undefined || context.posts < TEXT_ONLY_POSTS || !context.textOnly) {
    return notMeasured(id, budget, `needs --posts ${TEXT_ONLY_POSTS} --text-only`);
  }
  const failed = cold.runs.some((run) => run.exitCode !== 0);
  const peak = Math.max(...cold.runs.map((run) => run.peakRssBytes));
  const built = `${failed ? "failed after" : "built in"} ${seconds(cold.medianSeconds)}, peak memory ${memory(peak)}`;
  if (failed) return { id, budget, measured: built, status: "missed" };
  const reference = context.referenceColdSeconds;
  if (reference === null) {
    // Memory alone can already miss it.
    const missed = peak >= TEXT_ONLY_MEMORY_LIMIT_BYTES;
    return {
      id,
      budget,
      measured: `${built}; needs --scale-from with a ${MEMORY_POSTS.toLocaleString("en-US")}-post run`,
      status: missed ? "missed" : "not measured",
    };
  }
  const ratio = cold.medianSeconds / reference;
  return {
    id,
    budget,
    measured: `${built}; ${ratio.toFixed(2)}x the ${MEMORY_POSTS.toLocaleString("en-US")}-post ${seconds(reference)}`,
    status: status(ratio <= TEXT_ONLY_SCALE_LIMIT && peak < TEXT_ONLY_MEMORY_LIMIT_BYTES),
  };
}

function cardShare(mode: ModeResult, context: BudgetContext): BudgetResult {
  const id = "card-share";
  const budget = `social cards: drawing them at most ${CARD_SHARE_LIMIT * 100} % of a ${CARD_POSTS.toLocaleString("en-US")}-post cold build`;
  const cold = scenario(mode, "cold");
  const run = cold?.runs[0];
  if (cold === undefined || run === undefined || mode.cardCost === null) {
    return notMeasured(id, budget, "no cold build or no card measurement in this run");
  }
  // The build draws its cards beside webpack, so their own time cannot be told apart there: it
  // is the cost of one card, measured alone with every core, times the cards the build drew.
  const cardSeconds = (run.cardsDrawn * mode.cardCost.millisecondsPerCard) / 1000;
  const share = cardSeconds / cold.medianSeconds;
  const measured = `${(share * 100).toFixed(1)} % (${run.cardsDrawn} cards at ${mode.cardCost.millisecondsPerCard.toFixed(1)} ms = ${seconds(cardSeconds)} of ${seconds(cold.medianSeconds)})`;
  if (context.posts !== CARD_POSTS) {
    return notMeasured(id, budget, `${measured}; needs --posts ${CARD_POSTS}`);
  }
  return { id, budget, measured, status: status(share <= CARD_SHARE_LIMIT) };
}

function seedPage(mode: ModeResult, context: BudgetContext): PageReport | undefined {
  return mode.pages.find((page) => page.page === context.seedPage);
}

function seedWeight(
  mode: ModeResult,
  context: BudgetContext,
  kind: "javascript" | "css",
  limit: number,
): BudgetResult {
  const id = `seed-${kind}`;
  const name = kind === "javascript" ? "JavaScript" : "CSS";
  const budget = `seed post page: ${name} at most ${kilobytes(limit)} gzip`;
  const page = seedPage(mode, context);
  if (page === undefined) return notMeasured(id, budget, "the seed post was not measured");
  return {
    id,
    budget,
    measured: kilobytes(page.weight[kind]),
    status: status(page.weight[kind] <= limit),
  };
}

function mathAssets(mode: ModeResult): BudgetResult {
  const id = "math-assets";
  const budget = "KaTeX's CSS and fonts only on pages that contain math";
  const withoutMath = mode.pages.filter((page) => !page.hasMath);
  if (withoutMath.length === 0) return notMeasured(id, budget, "no page without math measured");
  const offending = withoutMath.filter((page) => page.katexCss || page.katexFonts);
  return {
    id,
    budget,
    measured:
      offending.length === 0
        ? `none on ${withoutMath.map((page) => page.page).join(", ")}`
        : `loaded without math on ${offending.map((page) => page.page).join(", ")}`,
    status: status(offending.length === 0),
  };
}

function woff2Only(mode: ModeResult): BudgetResult {
  const id = "woff2-only";
  const budget = "fonts as woff2 only (every @font-face source of the measured pages)";
  const fonts = mode.pages.flatMap((page) => page.weight.fontFiles);
  if (mode.pages.length === 0) return notMeasured(id, budget, "no pages measured");
  const others = fonts.filter((font) => font.format !== "woff2");
  const formats = [...new Set(others.map((font) => font.format))].join(", ");
  return {
    id,
    budget,
    measured:
      others.length === 0
        ? `${fonts.length} font sources, all woff2`
        : `${others.length} of ${fonts.length} font sources are not woff2 (${formats})`,
    status: status(others.length === 0),
  };
}

function noBase64(mode: ModeResult): BudgetResult {
  const id = "no-base64";
  const budget = "no font or image inlined as base64 into HTML or CSS (measured pages)";
  if (mode.pages.length === 0) return notMeasured(id, budget, "no pages measured");
  const found = mode.pages.flatMap((page) =>
    page.weight.dataUris.filter(isInlinedAsset).map((uri) => ({ page: page.page, uri })),
  );
  const where = [...new Set(found.map(({ page, uri }) => `${page} ${uri.in}`))];
  return {
    id,
    budget,
    measured: found.length === 0 ? "none" : `${found.length} (${where.join(", ")})`,
    status: status(found.length === 0),
  };
}

function bodyOnce(mode: ModeResult, context: BudgetContext): BudgetResult {
  const id = "body-once";
  const budget = "seed post page: the post body not shipped twice (HTML and page data)";
  const page = seedPage(mode, context);
  if (page === undefined || page.bodyInPageData === null) {
    return notMeasured(id, budget, "the seed post was not measured");
  }
  return {
    id,
    budget,
    measured: page.bodyInPageData ? "the body is also in page-data.json" : "HTML only",
    status: status(!page.bodyInPageData),
  };
}

function lighthouseScores(mode: ModeResult): BudgetResult {
  const id = "lighthouse-100";
  const budget = "Lighthouse 100 in performance, accessibility, best practices and SEO";
  if (mode.lighthouse.length === 0) return notMeasured(id, budget, "Lighthouse was not run");
  const below = mode.lighthouse.filter(
    (report) =>
      Math.min(report.performance, report.accessibility, report.bestPractices, report.seo) < 100,
  );
  return {
    id,
    budget,
    measured: mode.lighthouse
      .map(
        (report) =>
          `${report.page} ${report.performance}/${report.accessibility}/${report.bestPractices}/${report.seo}`,
      )
      .join("; "),
    status: status(below.length === 0),
  };
}

function noLayoutShift(mode: ModeResult): BudgetResult {
  const id = "cls-0";
  const budget = "Lighthouse CLS 0";
  if (mode.lighthouse.length === 0) return notMeasured(id, budget, "Lighthouse was not run");
  return {
    id,
    budget,
    measured: mode.lighthouse.map((report) => `${report.page} ${report.cls}`).join("; "),
    status: status(mode.lighthouse.every((report) => report.cls === 0)),
  };
}

/** Every budget of the issue, judged for one mode, in the order. */
export function evaluateBudgets(mode: ModeResult, context: BudgetContext): BudgetResult[] {
  return [
    coldBuild(mode, context),
    warmTextEdit(mode),
    noReprocessing(mode),
    imageWidths(mode),
    sharpFigures(mode),
    peakMemory(mode, context),
    tenThousandPosts(mode, context),
    cardShare(mode, context),
    seedWeight(mode, context, "javascript", JAVASCRIPT_LIMIT_BYTES),
    seedWeight(mode, context, "css", CSS_LIMIT_BYTES),
    mathAssets(mode),
    woff2Only(mode),
    noBase64(mode),
    bodyOnce(mode, context),
    lighthouseScores(mode),
    noLayoutShift(mode),
  ];
}
