// Bar chart of SimCLR linear-evaluation accuracy. The y axis starts at 0 so bar lengths stay
// proportional to the values; the printed values carry the fine differences.
import { SIMCLR_RESULTS, type AccuracyResult } from "./simclr-results-data";
import { linearScale } from "./scales";
import { INK, MUTED, OKABE_ITO, TINT, line, rect, svgDocument, text, textWidth } from "./svg";

export const ACCURACY_CHART = {
  width: 1600,
  height: 960,
  plot: { left: 170, right: 1540, top: 170, bottom: 740 },
  domain: [0, 100] as const,
  ticks: [0, 20, 40, 60, 80, 100] as const,
  barWidth: 190,
} as const;

export const accuracyScale = linearScale(ACCURACY_CHART.domain, [
  ACCURACY_CHART.plot.bottom,
  ACCURACY_CHART.plot.top,
]);

export function formatPercent(value: number): string {
  return `${value.toFixed(1)} %`;
}

export interface PlacedBar {
  result: AccuracyResult;
  centre: number;
  top: number;
}

/** SimCLR bars sit together; the supervised reference is set apart by an extra gap. */
export function placeBars(results: readonly AccuracyResult[]): PlacedBar[] {
  const { left, right } = ACCURACY_CHART.plot;
  const simclr = results.filter((r) => r.kind === "simclr");
  const supervised = results.filter((r) => r.kind === "supervised");
  const slots = simclr.length + supervised.length + (supervised.length > 0 ? 0.6 : 0);
  const slot = (right - left) / slots;
  const ordered = [...simclr, ...supervised];
  return ordered.map((result, i) => {
    const offset = i >= simclr.length ? 0.6 : 0;
    return { result, centre: left + slot * (i + offset + 0.5), top: accuracyScale(result.top1) };
  });
}

/** A bracket under the bars from first to last, naming them as a group. */
function bracket(first: PlacedBar, last: PlacedBar, caption: string, color: string): string {
  const { plot, barWidth } = ACCURACY_CHART;
  const y = plot.bottom + 118;
  const from = first.centre - barWidth / 2;
  const to = last.centre + barWidth / 2;
  return (
    line(from, y, to, y, { color, width: 4 }) +
    line(from, y - 12, from, y, { color, width: 4 }) +
    line(to, y - 12, to, y, { color, width: 4 }) +
    text((from + to) / 2, y + 44, caption, { anchor: "middle", size: 30, weight: 700, fill: color })
  );
}

export function simclrAccuracyChartSvg(
  results: readonly AccuracyResult[] = SIMCLR_RESULTS,
): string {
  const { width, height, plot, barWidth } = ACCURACY_CHART;
  const bars = placeBars(results);
  const parts: string[] = [
    text(60, 66, "SimCLR on ImageNet: top-1 accuracy", { size: 38, weight: 700 }),
    text(60, 110, "Linear classifier trained on frozen features", { size: 28, fill: MUTED }),
  ];

  for (const tick of ACCURACY_CHART.ticks) {
    const y = accuracyScale(tick);
    parts.push(
      line(plot.left, y, plot.right, y, { color: tick === 0 ? "#5B6578" : "#D5DAE1", width: 2 }),
    );
    parts.push(text(plot.left - 18, y + 10, String(tick), { anchor: "end", size: 28 }));
  }
  parts.push(
    text(52, (plot.top + plot.bottom) / 2, "Top-1 accuracy (%)", {
      anchor: "middle",
      size: 30,
      weight: 600,
      rotate: -90,
    }),
  );

  const supervised = bars.find((b) => b.result.kind === "supervised");
  for (const bar of bars) {
    const isReference = bar.result.kind === "supervised";
    const x = bar.centre - barWidth / 2;
    parts.push(
      rect(x, bar.top, barWidth, plot.bottom - bar.top, {
        fill: isReference ? TINT.vermillion : OKABE_ITO.blue,
        stroke: isReference ? OKABE_ITO.vermillion : OKABE_ITO.blue,
        strokeWidth: 4,
        dash: isReference ? "14 8" : undefined,
      }),
    );
    const [first, second] = bar.result.axisLines;
    parts.push(
      text(bar.centre, plot.bottom + 46, first, { anchor: "middle", size: 30, weight: 600 }),
      text(bar.centre, plot.bottom + 84, second, { anchor: "middle", size: 30, weight: 600 }),
    );
  }

  // The reference line lets each SimCLR bar be compared with the supervised baseline directly.
  if (supervised !== undefined) {
    const y = supervised.top;
    parts.push(
      line(plot.left, y, plot.right, y, { color: OKABE_ITO.vermillion, width: 4, dash: "16 10" }),
    );
  }
  for (const bar of bars) {
    // Inside the bar, so the reference line above can never run through a value.
    parts.push(
      text(bar.centre, bar.top + 52, formatPercent(bar.result.top1), {
        anchor: "middle",
        size: 34,
        weight: 700,
        fill: bar.result.kind === "supervised" ? INK : "#FFFFFF",
      }),
    );
  }
  if (supervised !== undefined) {
    const label = `Supervised ResNet-50: ${formatPercent(supervised.result.top1)}`;
    const baseline = supervised.top - 16;
    // A solid white backing interrupts the nearby gridline cleanly instead of striking through.
    parts.push(
      rect(plot.left + 6, baseline - 30, textWidth(label, 28, 600) + 20, 40, { fill: "#FFFFFF" }),
      text(plot.left + 16, baseline, label, { size: 28, weight: 600, fill: OKABE_ITO.vermillion }),
    );
  }

  const simclrBars = bars.filter((b) => b.result.kind === "simclr");
  const first = simclrBars[0];
  const last = simclrBars[simclrBars.length - 1];
  if (first !== undefined && last !== undefined) {
    parts.push(bracket(first, last, "SimCLR (self-supervised, no labels)", OKABE_ITO.blue));
  }
  if (supervised !== undefined) {
    parts.push(bracket(supervised, supervised, "With labels", OKABE_ITO.vermillion));
  }
  return svgDocument(width, height, parts.join(""));
}
