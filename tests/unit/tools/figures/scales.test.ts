import assert from "node:assert/strict";
import { test } from "node:test";
import { formatParams, linearScale, logScale } from "../../../../tools/figures/scales";

test("logScale puts 100 M, 1 B and 10 B at equal spacing", () => {
  const y = logScale([50e6, 50e9], [760, 140]);
  const a = y(100e6);
  const b = y(1e9);
  const c = y(10e9);
  assert.ok(Math.abs(a - b - (b - c)) < 1e-9, `${a} ${b} ${c}`);
  assert.ok(a > b && b > c, "larger values must be higher up (smaller y)");
});

test("logScale maps the domain ends onto the range ends", () => {
  const y = logScale([50e6, 50e9], [760, 140]);
  assert.ok(Math.abs(y(50e6) - 760) < 1e-9);
  assert.ok(Math.abs(y(50e9) - 140) < 1e-9);
});

test("logScale rejects values a log axis cannot show", () => {
  assert.throws(() => logScale([0, 10], [0, 1]));
  const y = logScale([1, 10], [0, 1]);
  assert.throws(() => y(0));
  assert.throws(() => y(-5));
});

test("linearScale interpolates and extrapolates", () => {
  const x = linearScale([2018, 2020], [200, 1200]);
  assert.equal(x(2018), 200);
  assert.equal(x(2019), 700);
  assert.equal(x(2021), 1700);
});

test("formatParams gives the labels used on the chart", () => {
  assert.equal(formatParams(94e6), "94 M");
  assert.equal(formatParams(340e6), "340 M");
  assert.equal(formatParams(1.5e9), "1.5 B");
  assert.equal(formatParams(8.3e9), "8.3 B");
  assert.equal(formatParams(11e9), "11 B");
  assert.equal(formatParams(17e9), "17 B");
  assert.equal(formatParams(100e6), "100 M");
  assert.equal(formatParams(1e9), "1 B");
  assert.equal(formatParams(10e9), "10 B");
});
