import assert from "node:assert/strict";
import { test } from "node:test";
import {
  CHART,
  modelSizeChartSvg,
  placeModel,
  releaseTime,
  type Box,
} from "../../../../tools/figures/model-size-chart";
import { MODEL_SIZES } from "../../../../tools/figures/model-sizes-data";
import { formatParams } from "../../../../tools/figures/scales";
import { escapeXml } from "../../../../tools/figures/svg";

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test("the data holds the six models from the post", () => {
  const summary = MODEL_SIZES.map((m) => `${m.name} ${m.year} ${formatParams(m.parameters)}`);
  assert.deepEqual(summary, [
    "ELMo 2018 94 M",
    "BERT-Large 2018 340 M",
    "GPT-2 2019 1.5 B",
    "Megatron-LM 2019 8.3 B",
    "T5 2019 11 B",
    "Turing-NLG 2020 17 B",
  ]);
});

test("every point is labelled with its name and size", () => {
  const svg = modelSizeChartSvg();
  for (const model of MODEL_SIZES) {
    assert.ok(svg.includes(`>${escapeXml(model.name)}</text>`), `missing name ${model.name}`);
    assert.ok(
      svg.includes(`>${formatParams(model.parameters)}</text>`),
      `missing size of ${model.name}`,
    );
  }
});

test("the log axis has ticks at 100 M, 1 B and 10 B and axis titles", () => {
  const svg = modelSizeChartSvg();
  for (const tick of ["100 M", "1 B", "10 B", "Parameters (log scale)", "Release date"]) {
    assert.ok(svg.includes(`>${tick}</text>`), `missing ${tick}`);
  }
});

test("points that share a year get distinct x positions in release order", () => {
  const xs = MODEL_SIZES.map((m) => placeModel(m).cx);
  for (let i = 1; i < xs.length; i += 1) {
    const prev = xs[i - 1] ?? -Infinity;
    const cur = xs[i] ?? -Infinity;
    assert.ok(cur > prev + 2 * CHART.markerRadius, `points ${i - 1} and ${i} are too close in x`);
  }
  assert.ok(releaseTime({ year: 2019, month: 9 }) < releaseTime({ year: 2019, month: 10 }));
});

test("labels overlap neither each other nor any marker, and stay inside the plot", () => {
  const placed = MODEL_SIZES.map(placeModel);
  const r = CHART.markerRadius;
  const { left, right, top, bottom } = CHART.plot;
  for (const a of placed) {
    const box = a.labelBox;
    assert.ok(
      box.x >= left && box.x + box.width <= right,
      `${a.model.name} label leaves the plot horizontally`,
    );
    assert.ok(
      box.y >= top && box.y + box.height <= bottom,
      `${a.model.name} label leaves the plot vertically`,
    );
    for (const b of placed) {
      const marker = { x: b.cx - r, y: b.cy - r, width: 2 * r, height: 2 * r };
      assert.ok(!overlaps(box, marker), `${a.model.name} label covers the ${b.model.name} marker`);
      if (a !== b) {
        assert.ok(!overlaps(box, b.labelBox), `${a.model.name} and ${b.model.name} labels overlap`);
      }
    }
  }
});
