import assert from "node:assert/strict";
import { test } from "node:test";
import {
  digestOf,
  imageWork,
  summarizeImageOutputs,
  type SourceOutputs,
} from "../../../../tools/bench/image-work";

const A = "0123456789abcdef0123456789abcdef";
const B = "fedcba9876543210fedcba9876543210";

test("only image files in a digest folder are image work; fonts and other assets are not", () => {
  assert.equal(digestOf(`${A}/5d50c/chart.png`), A);
  assert.equal(digestOf(`${A}/chart.webp`), A);
  assert.equal(digestOf("KaTeX_Main-Regular-0123.woff2"), null);
  assert.equal(digestOf(`${A}/notes.txt`), null);
  assert.equal(digestOf("not-a-digest/chart.png"), null);
});

test("files that appeared or changed count as written, grouped by source", () => {
  const before = new Map([
    [`${A}/1/chart.png`, 100],
    [`${A}/1/chart.webp`, 100],
    [`${B}/1/photo.png`, 100],
    ["KaTeX_Main.woff2", 100],
  ]);
  const unchanged = new Map(before);
  assert.deepEqual(imageWork(before, unchanged), { filesWritten: 0, sourcesProcessed: 0 });
  const after = new Map([
    ...before,
    [`${A}/1/chart.png`, 200],
    [`${A}/2/chart.png`, 200],
    ["KaTeX_Main.woff2", 300],
  ]);
  assert.deepEqual(imageWork(before, after), { filesWritten: 2, sourcesProcessed: 1 });
  assert.deepEqual(imageWork(new Map(), before), { filesWritten: 3, sourcesProcessed: 2 });
});

function source(name: string, sourceWidth: number, widths: number[]): SourceOutputs {
  return {
    source: name,
    sourceWidth,
    files: [
      { file: name, width: sourceWidth, format: "png", resized: false },
      ...widths.flatMap((width) => [
        { file: `${width}/${name}`, width, format: "png", resized: true },
        { file: `${width}/${name}.webp`, width, format: "webp", resized: true },
      ]),
    ],
  };
}

test("widths are counted across formats; the copied original is not a width", () => {
  const summary = summarizeImageOutputs([
    source("a.png", 1600, [360, 720, 1080, 1600]),
    source("b.png", 800, [360, 720, 800]),
  ]);
  assert.deepEqual(summary, {
    sources: 2,
    files: 9 + 7,
    filesPerSource: { min: 7, median: 8, max: 9 },
    maxWidthsPerSource: 4,
    formats: ["png", "webp"],
    widerThanSource: [],
    notSharpOnPhones: [],
  });
});

test("an output wider than its source, and a figure without a 1,080-px width, are named", () => {
  const summary = summarizeImageOutputs([
    source("upscaled.png", 600, [360, 720]),
    source("blurry.png", 1600, [360, 720]),
    source("small.png", 500, [360, 500]),
  ]);
  assert.deepEqual(summary.widerThanSource, ["upscaled.png"]);
  // A 600-px source offers 720 (upscaled), so it is not short of pixels; a 500-px one offers its own.
  assert.deepEqual(summary.notSharpOnPhones, ["blurry.png"]);
});
