import { capitalize, main, other, type Focus } from "./focus";
import { gaussian } from "../../../src/lib/drawing/seeded-random";

export interface Series {
  name: string;
  /** x, y; for bar charts x is the index of the category. */
  points: Array<[number, number]>;
}

export interface ChartSpec {
  kind: "line" | "bar" | "scatter";
  title: string;
  xLabel: string;
  yLabel: string;
  /** Names of the bars' groups (bar charts only). */
  categories: string[];
  series: Series[];
  /** What the chart shows, for its alt text, in the post's language. */
  alt: string;
  /** The caption under it, in the post's language. */
  caption: string;
}

const CHART_WIDTH = 1600;
const CHART_HEIGHT = 1000;
export const CHART_SIZE = { width: CHART_WIDTH, height: CHART_HEIGHT } as const;

function lineChart(focus: Focus, figure: number): ChartSpec {
  const random = focus.random;
  const metric = main(focus, "metrics", "en");
  const names = [
    capitalize(main(focus, "baselines", "en")),
    capitalize(main(focus, "actions", "en")),
    capitalize(other(focus, "actions", "en")),
  ];
  const loads = [1, 2, 4, 8, 16, 32, 64];
  const base = random.between(5, 50);
  const series = names.map((name, index) => {
    const growth = random.between(0.15, 0.5) / (index + 1);
    const noise = gaussian(() => random.float());
    return {
      name,
      points: loads.map((load, step): [number, number] => [
        load,
        Math.max(0.5, base * (1 + growth * step * step * 0.3) * (1 + 0.04 * noise())),
      ]),
    };
  });
  const lastOf = (s: Series) => s.points.at(-1)?.[1] ?? 0;
  const best = [...series].sort((a, b) => lastOf(a) - lastOf(b))[0] as Series;
  const runs = random.pick([5, 7, 9]);
  const ja = focus.language === "ja";
  return {
    kind: "line",
    title: `${capitalize(metric)} under increasing load`,
    xLabel: "Load (multiple of baseline)",
    yLabel: capitalize(metric),
    categories: [],
    series,
    alt: ja
      ? `負荷に対する${main(focus, "metrics")}の折れ線グラフ。三つの構成を比べており、最大負荷では「${best.name}」が最も低い。`
      : `Line chart of ${metric} against load from 1 to 64 times the baseline for three configurations; at the highest load, ${best.name.toLowerCase()} is lowest.`,
    caption: ja
      ? `図${figure}：負荷に対する${main(focus, "metrics")}（${runs}回の中央値）。`
      : `Figure ${figure}: ${metric} under increasing load, median of ${runs} runs.`,
  };
}

function barChart(focus: Focus, figure: number): ChartSpec {
  const random = focus.random;
  const metric = main(focus, "metrics", "en");
  const categories = ["Small", "Medium", "Large", "Skewed"];
  const names = ["Before", "After"];
  const before = categories.map(() => random.between(20, 120));
  const after = before.map((value) => value * random.between(0.45, 0.95));
  const series = [
    { name: names[0] as string, points: before.map((y, x): [number, number] => [x, y]) },
    { name: names[1] as string, points: after.map((y, x): [number, number] => [x, y]) },
  ];
  const saving = Math.round(
    (1 - after.reduce((a, b) => a + b, 0) / before.reduce((a, b) => a + b, 0)) * 100,
  );
  const ja = focus.language === "ja";
  const action = main(focus, "actions", "en");
  return {
    kind: "bar",
    title: `${capitalize(metric)} before and after ${action}`,
    xLabel: "Workload",
    yLabel: capitalize(metric),
    categories,
    series,
    alt: ja
      ? `四つの負荷について変更前後の${main(focus, "metrics")}を比べた棒グラフ。変更後はすべての負荷で低く、合計で${saving}%減っている。`
      : `Bar chart of ${metric} before and after ${action} for four workloads; after the change every bar is lower, ${saving}% lower in total.`,
    caption: ja
      ? `図${figure}：${main(focus, "actions")}の前後での${main(focus, "metrics")}。`
      : `Figure ${figure}: ${metric} before and after ${action}, by workload.`,
  };
}

function scatterChart(focus: Focus, figure: number): ChartSpec {
  const random = focus.random;
  const metric = main(focus, "metrics", "en");
  const noise = gaussian(() => random.float());
  const slope = random.between(0.8, 3);
  const intercept = random.between(5, 40);
  const count = random.int(350, 600);
  const points = Array.from({ length: count }, (): [number, number] => {
    const x = random.between(1, 100);
    return [x, Math.max(0.5, intercept + slope * x * (1 + 0.18 * noise()) + 6 * noise())];
  });
  const ja = focus.language === "ja";
  const start = Math.round(intercept + slope);
  const end = Math.round(intercept + slope * 100);
  return {
    kind: "scatter",
    title: `${capitalize(metric)} by input size`,
    xLabel: "Input size (GB)",
    yLabel: capitalize(metric),
    categories: [],
    series: [
      { name: "Runs", points },
      {
        name: "Linear fit",
        points: [
          [1, intercept + slope],
          [100, intercept + slope * 100],
        ],
      },
    ],
    alt: ja
      ? `${count}回の実行について入力の大きさと${main(focus, "metrics")}の関係を示す散布図。近似直線は約${start}から約${end}まで上がる。`
      : `Scatter plot of ${metric} against input size for ${count} runs, with a fitted line rising from about ${start} to about ${end}.`,
    caption: ja
      ? `図${figure}：入力の大きさと${main(focus, "metrics")}（${count}回の実行）。`
      : `Figure ${figure}: ${metric} by input size over ${count} runs, with a linear fit.`,
  };
}

const KINDS = [lineChart, barChart, scatterChart];

/** The data and words of figure `figure` (1 or 2) of a post. */
export function chartSpec(focus: Focus, figure: number): ChartSpec {
  return focus.random.pick(KINDS)(focus, figure);
}
