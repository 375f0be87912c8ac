// `npm run bench:cards`: what drawing the social cards costs, step by step, and how many a build
// draws a second with every core busy. It draws the cards of the synthetic corpus's posts (the
// same titles, tags and languages `npm run bench` builds) with an empty cache, outside Gatsby.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import os from "node:os";
import matter from "gray-matter";
import { syntheticPost } from "./corpus/synthetic-post";
import type { CardCost } from "./results";
import { formatTable } from "./text-table";
import { runIfEntryPoint } from "../../scripts/run-cli";
import { cardsInFlight } from "../../src/lib/og-image/cards-in-flight";
import { ogCardSvg } from "../../src/lib/og-image/draw-card";
import { svgToPng } from "../../src/lib/og-image/render-png";
import type { OgCardInput } from "../../src/lib/og-image/types";
import { mapInParallel } from "../../src/lib/parallel/map-in-parallel";

const USAGE = `npm run bench:cards -- [--cards N]

  --cards N   cards of synthetic posts 1 to N (default 200; one in five is Japanese)`;

function cardInputs(count: number): OgCardInput[] {
  return Array.from({ length: count }, (_, index) => {
    const post = syntheticPost(index + 1, { seed: "bench", textOnly: true });
    const data = matter(post.markdown).data as { title: string };
    return {
      title: data.title,
      siteName: "Technical Notes",
      dateText: "7 December 2026",
      tags: post.tags,
      lang: post.language,
    };
  });
}

function countOf(argv: readonly string[]): number | string {
  if (argv.length === 0) return 200;
  const [flag, value] = argv;
  if (argv.length === 2 && flag === "--cards" && value !== undefined && /^[1-9]\d*$/.test(value))
    return Number(value);
  return `unknown or incomplete option ${argv.join(" ")}\n\n${USAGE}`;
}

/** Internal: the cards drawn as a build draws them, in a process whose width cache is empty. */
const AS_BUILD = "--as-build";

async function drawAsBuild(inputs: readonly OgCardInput[]): Promise<number> {
  const started = performance.now();
  await mapInParallel(inputs, cardsInFlight(), async (input) => svgToPng(ogCardSvg(input)));
  return performance.now() - started;
}

/**
 * Runs this script again for the build-like pass, so it starts with no text widths known. The
 * loader arguments of the running process (tsx's) let it run the TypeScript file.
 */
function drawAsBuildInFreshProcess(count: number): number {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, "--cards", String(count), AS_BUILD],
    { encoding: "utf8" },
  );
  const milliseconds = Number(child.stdout.trim().split("\n").at(-1));
  if (child.status !== 0 || !Number.isFinite(milliseconds)) {
    throw new Error(`the build-like pass failed:\n${child.stderr}`);
  }
  return milliseconds;
}

/**
 * What a build pays per card: `count` cards of synthetic posts drawn as a build draws them, two
 * per core at a time, in a fresh process. `npm run bench` uses it to judge the cards' share of
 * a cold build.
 */
export function measureCardCost(count: number): CardCost {
  return { cards: count, millisecondsPerCard: drawAsBuildInFreshProcess(count) / count };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const asBuild = argv.includes(AS_BUILD);
  const count = countOf(argv.filter((arg) => arg !== AS_BUILD));
  if (typeof count === "string") {
    console.error(count);
    return 2;
  }
  const inputs = cardInputs(count);
  if (asBuild) {
    console.log(String(await drawAsBuild(inputs)));
    return 0;
  }
  // The cards as a build draws them (two per core at a time, no widths known yet)...
  const wall = drawAsBuildInFreshProcess(count);
  // ...then one at a time, to split the cost into its steps.
  let layout = 0;
  let render = 0;
  let bytes = 0;
  for (const input of inputs) {
    const started = performance.now();
    const svg = ogCardSvg(input);
    const laidOut = performance.now();
    bytes += (await svgToPng(svg)).length;
    layout += laidOut - started;
    render += performance.now() - laidOut;
  }
  const parallelism = cardsInFlight();
  const perCard = (ms: number) => `${(ms / count).toFixed(1)} ms`;
  console.log(`${count} social cards, ${os.cpus().length} cores:\n`);
  console.log(
    formatTable(
      [
        { title: "step" },
        { title: "total", align: "right" },
        { title: "per card", align: "right" },
      ],
      [
        [
          "layout, one card at a time: fitting the title, measuring text",
          `${(layout / 1000).toFixed(2)} s`,
          perCard(layout),
        ],
        [
          "render and PNG encoding, one card at a time (resvg, sharp)",
          `${(render / 1000).toFixed(2)} s`,
          perCard(render),
        ],
        [
          `all of it, ${parallelism} at a time, as a build draws them`,
          `${(wall / 1000).toFixed(2)} s`,
          perCard(wall),
        ],
      ],
    ),
  );
  console.log(`\nAverage card: ${Math.round(bytes / count / 1024)} KiB.`);
  return 0;
}

runIfEntryPoint(import.meta.url, main);
