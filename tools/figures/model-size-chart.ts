// Scatter of language-model size against release date, with a log-scale y axis.
import { MODEL_SIZES, type ModelSize } from "./model-sizes-data";
import { formatParams, linearScale, logScale } from "./scales";
import {
  INK,
  MUTED,
  OKABE_ITO,
  circle,
  line,
  rect,
  svgDocument,
  text,
  textWidth,
  type Anchor,
} from "./svg";

export const CHART = {
  width: 1600,
  height: 900,
  plot: { left: 200, right: 1540, top: 140, bottom: 760 },
  years: [2018, 2020.55] as const,
  parameters: [50e6, 50e9] as const,
  majorTicks: [100e6, 1e9, 10e9] as const,
  markerRadius: 12,
  nameSize: 30,
  valueSize: 28,
  lineGap: 36,
} as const;

export const xScale = linearScale(CHART.years, [CHART.plot.left, CHART.plot.right]);
export const yScale = logScale(CHART.parameters, [CHART.plot.bottom, CHART.plot.top]);

/** Mid-month, so February sits inside February rather than on its first day. */
export function releaseTime(model: Pick<ModelSize, "year" | "month">): number {
  return model.year + (model.month - 0.5) / 12;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedModel {
  model: ModelSize;
  sizeLabel: string;
  cx: number;
  cy: number;
  anchor: Anchor;
  labelX: number;
  nameBaseline: number;
  valueBaseline: number;
  /** Conservative extent of the two label lines, used to check for collisions. */
  labelBox: Box;
}

export function placeModel(model: ModelSize): PlacedModel {
  const { markerRadius: r, nameSize, valueSize, lineGap } = CHART;
  const cx = xScale(releaseTime(model));
  const cy = yScale(model.parameters);
  const sizeLabel = formatParams(model.parameters);
  const width = Math.max(textWidth(model.name, nameSize, 700), textWidth(sizeLabel, valueSize));
  // From the cap line of the name to the descender line of the value.
  const ascent = nameSize * 0.76;
  const height = ascent + lineGap + valueSize * 0.24;
  const gap = 14;

  let anchor: Anchor;
  let labelX: number;
  let top: number;
  switch (model.labelSide) {
    case "right":
      anchor = "start";
      labelX = cx + r + gap;
      top = cy - height / 2;
      break;
    case "left":
      anchor = "end";
      labelX = cx - r - gap;
      top = cy - height / 2;
      break;
    case "above":
      anchor = "middle";
      labelX = cx;
      top = cy - r - gap - height;
      break;
    case "below":
      anchor = "middle";
      labelX = cx;
      top = cy + r + gap;
      break;
  }
  const left = anchor === "start" ? labelX : anchor === "end" ? labelX - width : labelX - width / 2;
  const nameBaseline = top + ascent;
  return {
    model,
    sizeLabel,
    cx,
    cy,
    anchor,
    labelX,
    nameBaseline,
    valueBaseline: nameBaseline + lineGap,
    labelBox: { x: left, y: top, width, height },
  };
}

function yearBands(): string {
  const [start, end] = CHART.years;
  const { top, bottom } = CHART.plot;
  const parts: string[] = [];
  for (let year = Math.ceil(start); year < end; year += 1) {
    const from = xScale(Math.max(year, start));
    const to = xScale(Math.min(year + 1, end));
    if (year > start) parts.push(line(from, top, from, bottom, { color: "#C9CFD8", width: 2 }));
    parts.push(text((from + to) / 2, bottom + 48, String(year), { anchor: "middle", size: 30 }));
  }
  return parts.join("");
}

function gridlines(): string {
  const { left, right } = CHART.plot;
  const [lo, hi] = CHART.parameters;
  const parts: string[] = [];
  // Minor ticks at 2×…9× show the logarithmic spacing without the clutter of extra gridlines.
  for (let decade = 10 ** Math.floor(Math.log10(lo)); decade < hi; decade *= 10) {
    for (let k = 2; k <= 9; k += 1) {
      const value = decade * k;
      if (value > lo && value < hi) {
        const y = yScale(value);
        parts.push(line(left - 8, y, left, y, { color: "#8A94A6", width: 2 }));
      }
    }
  }
  for (const tick of CHART.majorTicks) {
    const y = yScale(tick);
    parts.push(line(left - 14, y, right, y, { color: "#C9CFD8", width: 2 }));
    parts.push(text(left - 24, y + 10, formatParams(tick), { anchor: "end", size: 30 }));
  }
  return parts.join("");
}

export function modelSizeChartSvg(data: readonly ModelSize[] = MODEL_SIZES): string {
  const { width, height, plot } = CHART;
  const placed = data.map(placeModel);
  const markers = placed
    .map((p) =>
      circle(p.cx, p.cy, CHART.markerRadius, {
        fill: OKABE_ITO.blue,
        stroke: "#FFFFFF",
        strokeWidth: 3,
      }),
    )
    .join("");
  const labels = placed
    .map(
      (p) =>
        text(p.labelX, p.nameBaseline, p.model.name, {
          anchor: p.anchor,
          size: CHART.nameSize,
          weight: 700,
          halo: true,
        }) +
        text(p.labelX, p.valueBaseline, p.sizeLabel, {
          anchor: p.anchor,
          size: CHART.valueSize,
          fill: MUTED,
          halo: true,
        }),
    )
    .join("");
  const body = [
    text(60, 66, "Pre-trained language models: number of parameters", { size: 38, weight: 700 }),
    text(60, 110, "Each gridline step is ×10 (logarithmic scale)", { size: 28, fill: MUTED }),
    gridlines(),
    yearBands(),
    rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top, {
      stroke: "#8A94A6",
      strokeWidth: 2,
    }),
    markers,
    labels,
    text(48, (plot.top + plot.bottom) / 2, "Parameters (log scale)", {
      anchor: "middle",
      size: 30,
      weight: 600,
      rotate: -90,
    }),
    text((plot.left + plot.right) / 2, height - 22, "Release date", {
      anchor: "middle",
      size: 30,
      weight: 600,
      fill: INK,
    }),
  ].join("");
  return svgDocument(width, height, body);
}
