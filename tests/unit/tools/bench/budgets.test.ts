import assert from "node:assert/strict";
import { test } from "node:test";
import { evaluateBudgets, type BudgetContext } from "../../../../tools/bench/budgets";
import type {
  BuildRun,
  ModeResult,
  PageReport,
  Scenario,
  ScenarioResult,
} from "../../../../tools/bench/results";
import type { PageWeight } from "../../../../tools/bench/page-weight";

const GIB = 2 ** 30;
const SEED = "/seed/";

function run(seconds: number, extra: Partial<BuildRun> = {}): BuildRun {
  return {
    seconds,
    peakRssBytes: GIB,
    peakProcessRssBytes: GIB / 2,
    exitCode: 0,
    imageWork: { filesWritten: 0, sourcesProcessed: 0 },
    imageJobs: 0,
    steps: [],
    cardsDrawn: 0,
    ...extra,
  };
}

function build(scenario: Scenario, ...runs: BuildRun[]): ScenarioResult {
  const times = runs.map((r) => r.seconds).sort((a, b) => a - b);
  return { scenario, runs, medianSeconds: times[Math.floor(times.length / 2)] as number };
}

function weight(page: string, extra: Partial<PageWeight> = {}): PageWeight {
  return {
    page,
    html: 10_000,
    css: 9_000,
    javascript: 50_000,
    pageData: 1_000,
    fonts: 0,
    fontFiles: [],
    requests: 5,
    dataUris: [],
    files: [],
    ...extra,
  };
}

function page(name: string, extra: Partial<PageReport> = {}): PageReport {
  return {
    page: name,
    weight: weight(name),
    hasMath: false,
    katexCss: false,
    katexFonts: false,
    bodyInPageData: null,
    ...extra,
  };
}

/** A mode in which every budget is met at 100 posts. */
function goodMode(): ModeResult {
  return {
    mode: "runtime",
    builds: [
      build("cold", run(150)),
      build("warm, nothing changed", run(9), run(10), run(11)),
      build("warm, one post's text edited", run(20), run(22), run(21)),
      build(
        "warm, one post's image replaced",
        run(25, { imageWork: { filesWritten: 8, sourcesProcessed: 1 }, imageJobs: 2 }),
      ),
      build("warm, a template edited", run(30)),
    ],
    images: {
      sources: 201,
      files: 1600,
      filesPerSource: { min: 2, median: 8, max: 8 },
      maxWidthsPerSource: 4,
      formats: ["png", "webp"],
      widerThanSource: [],
      notSharpOnPhones: [],
    },
    pages: [
      page(SEED, {
        hasMath: true,
        katexCss: true,
        katexFonts: true,
        bodyInPageData: false,
        weight: weight(SEED, {
          javascript: 60_000,
          css: 15_000,
          fontFiles: [
            {
              family: "KaTeX_Main",
              url: "/a.woff2",
              format: "woff2",
              firstChoice: true,
              bytes: 100,
            },
          ],
        }),
      }),
      page("/"),
      page("/tags/x/"),
    ],
    lighthouse: [SEED, "/", "/tags/x/"].map((name) => ({
      page: name,
      runs: 3,
      performance: 100,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      lcpMs: 900,
      cls: 0,
      tbtMs: 0,
      requests: 6,
      externalRequests: [],
      failedAudits: [],
    })),
    cardCost: { cards: 200, millisecondsPerCard: 20 },
  };
}

const AT_100: BudgetContext = {
  posts: 100,
  textOnly: false,
  seedPage: SEED,
  referenceColdSeconds: null,
};

function statuses(mode: ModeResult, context: BudgetContext = AT_100): Record<string, string> {
  return Object.fromEntries(evaluateBudgets(mode, context).map((b) => [b.id, b.status]));
}

test("a mode within every budget meets them all, except those for other corpus sizes", () => {
  assert.deepEqual(statuses(goodMode()), {
    "cold-build": "met",
    "warm-text-edit": "met",
    "no-image-reprocessing": "met",
    "image-widths": "met",
    "sharp-figures": "met",
    memory: "not measured",
    "text-only-10000": "not measured",
    "card-share": "not measured",
    "seed-javascript": "met",
    "seed-css": "met",
    "math-assets": "met",
    "woff2-only": "met",
    "no-base64": "met",
    "body-once": "met",
    "lighthouse-100": "met",
    "cls-0": "met",
  });
});

test("the cold build budget holds at 200 s for 100 posts with figures only", () => {
  const slow = goodMode();
  slow.builds[0] = build("cold", run(201));
  const budget = evaluateBudgets(slow, AT_100).find((b) => b.id === "cold-build");
  assert.equal(budget?.status, "missed");
  assert.equal(budget?.measured, "201 s, 4.9x faster than the plain starter's 993 s");
  assert.equal(statuses(goodMode(), { ...AT_100, posts: 99 })["cold-build"], "not measured");
  assert.equal(statuses(goodMode(), { ...AT_100, textOnly: true })["cold-build"], "not measured");
  const failed = goodMode();
  failed.builds[0] = build("cold", run(100, { exitCode: 1 }));
  assert.equal(statuses(failed)["cold-build"], "missed");
});

test("a warm text edit may take 15 % of the cold build, judged on medians", () => {
  const mode = goodMode();
  mode.builds[2] = build("warm, one post's text edited", run(22), run(22.5), run(40));
  const budget = evaluateBudgets(mode, AT_100).find((b) => b.id === "warm-text-edit");
  assert.equal(budget?.status, "met");
  assert.equal(budget?.measured, "22.5 s = 15.0 % of 150 s");
  mode.builds[2] = build("warm, one post's text edited", run(22.6), run(22.6), run(5));
  assert.equal(statuses(mode)["warm-text-edit"], "missed");
});

test("an image written on a warm build without image changes misses; the image edit may write", () => {
  const mode = goodMode();
  mode.builds[4] = build(
    "warm, a template edited",
    run(30, { imageWork: { filesWritten: 3, sourcesProcessed: 1 } }),
  );
  const budget = evaluateBudgets(mode, AT_100).find((b) => b.id === "no-image-reprocessing");
  assert.equal(budget?.status, "missed");
  assert.equal(budget?.measured, "3 image files written (warm, a template edited)");
});

test("image outputs: five widths, or a width beyond the source, or no sharp width miss", () => {
  const mode = goodMode();
  mode.images = { ...(mode.images as NonNullable<ModeResult["images"]>), maxWidthsPerSource: 5 };
  assert.equal(statuses(mode)["image-widths"], "missed");
  mode.images = { ...mode.images, maxWidthsPerSource: 4, widerThanSource: ["a.png"] };
  assert.equal(statuses(mode)["image-widths"], "missed");
  mode.images = { ...mode.images, widerThanSource: [], notSharpOnPhones: ["b.png"] };
  assert.equal(statuses(mode)["sharp-figures"], "missed");
});

test("memory is judged from 1,000 posts up, on the highest run", () => {
  const mode = goodMode();
  const atThousand = { ...AT_100, posts: 1000 };
  assert.equal(statuses(mode, atThousand).memory, "met");
  mode.builds[3] = build("warm, one post's image replaced", run(25, { peakRssBytes: 2 * GIB }));
  const budget = evaluateBudgets(mode, atThousand).find((b) => b.id === "memory");
  assert.equal(budget?.status, "missed");
  assert.equal(budget?.measured, "2.00 GiB at 1000 posts");
});

test("10,000 text-only posts: at most 10.5x the 1,000-post cold build, under 4 GiB", () => {
  const context = { ...AT_100, posts: 10000, textOnly: true, referenceColdSeconds: 200 };
  const atTenThousand = (seconds: number, peakRssBytes = 3.9 * GIB) => ({
    ...goodMode(),
    builds: [build("cold", run(seconds, { peakRssBytes }))],
  });
  assert.equal(statuses(atTenThousand(2100), context)["text-only-10000"], "met");
  assert.equal(statuses(atTenThousand(2101), context)["text-only-10000"], "missed");
  assert.equal(statuses(atTenThousand(1000, 4 * GIB), context)["text-only-10000"], "missed");
  const failed = atTenThousand(900);
  failed.builds = [build("cold", run(900, { exitCode: 1 }))];
  assert.equal(statuses(failed, context)["text-only-10000"], "missed");
  // Without a 1,000-post run to compare with, only memory can be judged.
  const alone = { ...context, referenceColdSeconds: null };
  assert.equal(statuses(atTenThousand(2100), alone)["text-only-10000"], "not measured");
  assert.equal(statuses(atTenThousand(2100, 5 * GIB), alone)["text-only-10000"], "missed");
});

test("social cards: the cards drawn times one card's cost, against the 1,000-post cold build", () => {
  const context = { ...AT_100, posts: 1000 };
  const withCards = (cardsDrawn: number, millisecondsPerCard: number) => ({
    ...goodMode(),
    builds: [build("cold", run(200, { cardsDrawn }))],
    cardCost: { cards: 200, millisecondsPerCard },
  });
  // 1,000 cards at 20 ms: 20 s of a 200-s build, exactly 10 %.
  const exactly = evaluateBudgets(withCards(1000, 20), context).find((b) => b.id === "card-share");
  assert.equal(exactly?.status, "met");
  assert.match(exactly?.measured ?? "", /^10\.0 % \(1000 cards at 20\.0 ms = 20\.0 s of 200 s\)/);
  assert.equal(statuses(withCards(1000, 20.1), context)["card-share"], "missed");
  assert.equal(statuses(withCards(1000, 20), AT_100)["card-share"], "not measured");
  assert.equal(
    statuses({ ...withCards(1000, 20), cardCost: null }, context)["card-share"],
    "not measured",
  );
});

test("seed page weight: one byte over 60 KB of JavaScript or 15 KB of CSS misses", () => {
  const mode = goodMode();
  const seed = mode.pages[0] as PageReport;
  mode.pages[0] = { ...seed, weight: { ...seed.weight, javascript: 60_001, css: 15_001 } };
  const result = statuses(mode);
  assert.equal(result["seed-javascript"], "missed");
  assert.equal(result["seed-css"], "missed");
});

test("KaTeX's CSS or fonts on a page without math miss; on the page with math they are expected", () => {
  const mode = goodMode();
  mode.pages[1] = page("/", { katexFonts: true });
  const budget = evaluateBudgets(mode, AT_100).find((b) => b.id === "math-assets");
  assert.equal(budget?.status, "missed");
  assert.equal(budget?.measured, "loaded without math on /");
});

test("a woff font source, a base64 image or the body in page data miss", () => {
  const mode = goodMode();
  const seed = mode.pages[0] as PageReport;
  mode.pages[0] = {
    ...seed,
    bodyInPageData: true,
    weight: {
      ...seed.weight,
      fontFiles: [
        ...seed.weight.fontFiles,
        { family: "KaTeX_Main", url: "/a.woff", format: "woff", firstChoice: false, bytes: 200 },
      ],
      dataUris: [
        { mediaType: "image/svg+xml", base64: false, length: 100, in: "css" },
        { mediaType: "image/png", base64: true, length: 800, in: "html" },
      ],
    },
  };
  const result = evaluateBudgets(mode, AT_100);
  const byId = (id: string) => result.find((b) => b.id === id);
  assert.equal(byId("woff2-only")?.measured, "1 of 2 font sources are not woff2 (woff)");
  assert.equal(byId("no-base64")?.measured, "1 (/seed/ html)");
  assert.equal(byId("body-once")?.status, "missed");
});

test("Lighthouse: 99 anywhere misses 100, any layout shift misses CLS 0, no run is not measured", () => {
  const mode = goodMode();
  mode.lighthouse[1] = {
    ...(mode.lighthouse[1] as ModeResult["lighthouse"][number]),
    seo: 99,
    cls: 0.001,
  };
  const result = statuses(mode);
  assert.equal(result["lighthouse-100"], "missed");
  assert.equal(result["cls-0"], "missed");
  assert.equal(statuses({ ...goodMode(), lighthouse: [] })["lighthouse-100"], "not measured");
});
