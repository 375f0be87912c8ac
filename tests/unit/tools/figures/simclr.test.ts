import assert from "node:assert/strict";
import { test } from "node:test";
import {
  EMBEDDING,
  SIMCLR_STEPS,
  easeInOut,
  simclrFrameSvg,
  simclrFrames,
} from "../../../../tools/figures/simclr-animation";
import {
  ACCURACY_CHART,
  accuracyScale,
  placeBars,
  simclrAccuracyChartSvg,
} from "../../../../tools/figures/simclr-accuracy-chart";
import { SIMCLR_RESULTS } from "../../../../tools/figures/simclr-results-data";
import { escapeXml } from "../../../../tools/figures/svg";

test("the animation has at least six frames of about a second or more per step", () => {
  const frames = simclrFrames();
  assert.ok(frames.length >= 6);
  const steps = frames.filter((f) => f.delayMs >= 900);
  assert.ok(steps.length >= 6, "each revealed step should stay up for about a second");
});

test("each step reveals more than the previous one and shows its caption", () => {
  let previous = 0;
  SIMCLR_STEPS.forEach((caption, step) => {
    const svg = simclrFrameSvg(step);
    assert.ok(svg.includes(escapeXml(caption)), `step ${step} lacks its caption`);
    if (step < SIMCLR_STEPS.length - 1) {
      assert.ok(svg.length > previous, `step ${step} does not add anything`);
      previous = svg.length;
    }
  });
});

test("after training the views of each image are closer than before", () => {
  const distance = (a: readonly number[], b: readonly number[]) =>
    Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));
  for (const image of ["ours", "b", "c", "d"] as const) {
    const [v1, v2] = EMBEDDING.filter((p) => p.image === image);
    assert.ok(v1 !== undefined && v2 !== undefined, `image ${image} needs two views`);
    assert.ok(distance(v1.end, v2.end) < distance(v1.start, v2.start) / 2);
    assert.ok(distance(v1.end, v2.end) < 60, `${image} views should end up close together`);
  }
});

test("easeInOut starts at 0, ends at 1 and never goes backwards", () => {
  assert.equal(easeInOut(0), 0);
  assert.equal(easeInOut(1), 1);
  for (let t = 0; t < 1; t += 0.05) assert.ok(easeInOut(t + 0.05) >= easeInOut(t));
});

test("the accuracy chart starts at 0 and labels every bar with its value", () => {
  const svg = simclrAccuracyChartSvg();
  assert.equal(ACCURACY_CHART.domain[0], 0);
  assert.equal(accuracyScale(0), ACCURACY_CHART.plot.bottom);
  for (const value of ["69.3 %", "74.2 %", "76.5 %"]) {
    assert.ok(svg.includes(`>${value}</text>`), `missing ${value}`);
  }
  assert.ok(svg.includes("Supervised ResNet-50"));
  assert.equal(SIMCLR_RESULTS.length, 4);
});

test("bars are as tall as their values and the supervised bar comes last, set apart", () => {
  const bars = placeBars(SIMCLR_RESULTS);
  for (const bar of bars) assert.equal(bar.top, accuracyScale(bar.result.top1));
  const last = bars[bars.length - 1];
  assert.equal(last?.result.kind, "supervised");
  const gaps = bars.slice(1).map((b, i) => b.centre - (bars[i]?.centre ?? 0));
  assert.ok((gaps[2] ?? 0) > (gaps[0] ?? 0), "the reference bar should be separated by a gap");
});
