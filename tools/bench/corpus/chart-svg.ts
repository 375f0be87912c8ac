import { escapeXml, num } from "../../../src/lib/drawing/escape-xml";
import { CHART_SIZE, type ChartSpec, type Series } from "./chart-spec";

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9"];
const INK = "#1C2430";
const GRID = "#DDE2E8";
const FONT = "Inter";

const LEGEND_Y = 125;
const PLOT = { left: 170, right: CHART_SIZE.width - 60, top: 170, bottom: CHART_SIZE.height - 140 };

/** Round tick values (1, 2 or 5 times a power of ten) covering [min, max]. */
export function niceTicks(min: number, max: number, approximateCount = 6): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / approximateCount;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  for (let value = Math.floor(min / step) * step; value <= max + step * 1e-9; value += step) {
    ticks.push(Number(value.toPrecision(12)));
  }
  if ((ticks.at(-1) ?? max) < max) ticks.push(Number(((ticks.at(-1) ?? 0) + step).toPrecision(12)));
  return ticks;
}

function label(x: number, y: number, content: string, size: number, extra = ""): string {
  return `<text x="${num(x)}" y="${num(y)}" font-family="${FONT}" font-size="${size}" fill="${INK}" ${extra}>${escapeXml(content)}</text>`;
}

function scale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (value) => r0 + ((value - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

function axes(spec: ChartSpec, yTicks: number[], y: (v: number) => number): string[] {
  const parts: string[] = [];
  for (const tick of yTicks) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${num(y(tick))}" y2="${num(y(tick))}" stroke="${GRID}" stroke-width="2"/>`,
      label(PLOT.left - 18, y(tick) + 9, String(tick), 26, 'text-anchor="end"'),
    );
  }
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.left}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${INK}" stroke-width="3"/>`,
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="${INK}" stroke-width="3"/>`,
    label(CHART_SIZE.width / 2, 70, spec.title, 40, 'font-weight="700" text-anchor="middle"'),
    label(
      (PLOT.left + PLOT.right) / 2,
      CHART_SIZE.height - 40,
      spec.xLabel,
      30,
      'text-anchor="middle"',
    ),
    label(
      50,
      (PLOT.top + PLOT.bottom) / 2,
      spec.yLabel,
      30,
      `text-anchor="middle" transform="rotate(-90 50 ${num((PLOT.top + PLOT.bottom) / 2)})"`,
    ),
  );
  return parts;
}

/** One row of swatches between the title and the plot, where it never hides data. */
function legend(series: readonly Series[]): string[] {
  const widths = series.map((s) => 60 + s.name.length * 14);
  let x = (CHART_SIZE.width - widths.reduce((a, b) => a + b, 0)) / 2;
  const y = LEGEND_Y;
  return series.flatMap((s, index) => {
    const parts = [
      `<rect x="${num(x)}" y="${y - 22}" width="26" height="26" rx="4" fill="${COLOURS[index % COLOURS.length]}"/>`,
      label(x + 38, y, s.name, 26),
    ];
    x += widths[index] ?? 0;
    return parts;
  });
}

function maxY(series: readonly Series[]): number {
  return Math.max(...series.flatMap((s) => s.points.map((point) => point[1])));
}

function lineParts(spec: ChartSpec): string[] {
  const xs = spec.series.flatMap((s) => s.points.map((point) => point[0]));
  // Loads double at each step, so a log axis spaces them evenly.
  const x = scale(
    [Math.log2(Math.min(...xs)), Math.log2(Math.max(...xs))],
    [PLOT.left + 40, PLOT.right - 40],
  );
  const yTicks = niceTicks(0, maxY(spec.series) * 1.1);
  const y = scale([0, yTicks.at(-1) ?? 1], [PLOT.bottom, PLOT.top]);
  const parts = axes(spec, yTicks, y);
  for (const load of [...new Set(xs)]) {
    parts.push(label(x(Math.log2(load)), PLOT.bottom + 44, `${load}×`, 26, 'text-anchor="middle"'));
  }
  spec.series.forEach((s, index) => {
    const colour = COLOURS[index % COLOURS.length];
    const upper = s.points.map(([px, py]) => `${num(x(Math.log2(px)))},${num(y(py * 1.12))}`);
    const lower = s.points
      .map(([px, py]) => `${num(x(Math.log2(px)))},${num(y(py * 0.9))}`)
      .reverse();
    parts.push(
      `<polygon points="${[...upper, ...lower].join(" ")}" fill="${colour}" opacity="0.15"/>`,
      `<polyline points="${s.points.map(([px, py]) => `${num(x(Math.log2(px)))},${num(y(py))}`).join(" ")}" fill="none" stroke="${colour}" stroke-width="5" stroke-linejoin="round"/>`,
      ...s.points.map(
        ([px, py]) =>
          `<circle cx="${num(x(Math.log2(px)))}" cy="${num(y(py))}" r="9" fill="${colour}" stroke="#FFFFFF" stroke-width="3"/>`,
      ),
    );
  });
  return [...parts, ...legend(spec.series)];
}

function barParts(spec: ChartSpec): string[] {
  const yTicks = niceTicks(0, maxY(spec.series) * 1.15);
  const y = scale([0, yTicks.at(-1) ?? 1], [PLOT.bottom, PLOT.top]);
  const parts = axes(spec, yTicks, y);
  const groupWidth = (PLOT.right - PLOT.left) / spec.categories.length;
  const barWidth = (groupWidth * 0.7) / spec.series.length;
  spec.categories.forEach((category, group) => {
    const left = PLOT.left + group * groupWidth + groupWidth * 0.15;
    parts.push(
      label(left + groupWidth * 0.35, PLOT.bottom + 44, category, 26, 'text-anchor="middle"'),
    );
    spec.series.forEach((s, index) => {
      const value = s.points[group]?.[1] ?? 0;
      const top = y(value);
      parts.push(
        `<rect x="${num(left + index * barWidth)}" y="${num(top)}" width="${num(barWidth - 8)}" height="${num(PLOT.bottom - top)}" fill="${COLOURS[index % COLOURS.length]}"/>`,
        label(
          left + index * barWidth + (barWidth - 8) / 2,
          top - 12,
          value.toFixed(1),
          22,
          'text-anchor="middle"',
        ),
      );
    });
  });
  return [...parts, ...legend(spec.series)];
}

function scatterParts(spec: ChartSpec): string[] {
  const xTicks = niceTicks(0, 100);
  const x = scale([0, 100], [PLOT.left, PLOT.right]);
  const yTicks = niceTicks(0, maxY(spec.series) * 1.05);
  const y = scale([0, yTicks.at(-1) ?? 1], [PLOT.bottom, PLOT.top]);
  const parts = axes(spec, yTicks, y);
  for (const tick of xTicks) {
    parts.push(
      `<line x1="${num(x(tick))}" x2="${num(x(tick))}" y1="${PLOT.top}" y2="${PLOT.bottom}" stroke="${GRID}" stroke-width="2"/>`,
      label(x(tick), PLOT.bottom + 44, String(tick), 26, 'text-anchor="middle"'),
    );
  }
  const [runs, fit] = spec.series;
  for (const [px, py] of runs?.points ?? []) {
    parts.push(
      `<circle cx="${num(x(px))}" cy="${num(y(py))}" r="7" fill="${COLOURS[0]}" opacity="0.5"/>`,
    );
  }
  const [from, to] = fit?.points ?? [];
  if (from && to) {
    parts.push(
      `<line x1="${num(x(from[0]))}" y1="${num(y(from[1]))}" x2="${num(x(to[0]))}" y2="${num(y(to[1]))}" stroke="${COLOURS[1]}" stroke-width="6" stroke-dasharray="18 10"/>`,
    );
  }
  return [...parts, ...legend(spec.series)];
}

/** The chart as a 1600×1000 SVG document, text in Inter. */
export function chartSvg(spec: ChartSpec): string {
  const parts =
    spec.kind === "line"
      ? lineParts(spec)
      : spec.kind === "bar"
        ? barParts(spec)
        : scatterParts(spec);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_SIZE.width}" height="${CHART_SIZE.height}" viewBox="0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}">`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    ...parts,
    "</svg>",
  ].join("\n");
}
