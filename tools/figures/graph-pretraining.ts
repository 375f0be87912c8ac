// Pre-training strategies for graph neural networks (after Hu et al., 2020), as a 2×2 grid:
// node-level vs graph-level tasks × attribute vs structure prediction.
import {
  drawGraph,
  drawNode,
  ring,
  type Graph,
  type GraphNode,
  type NodeKind,
} from "./graph-drawing";
import {
  INK,
  MUTED,
  OKABE_ITO,
  TINT,
  arrow,
  centredText,
  circle,
  group,
  line,
  num,
  rect,
  svgDocument,
  text,
  type Point,
} from "./svg";

export const GRAPH_FIGURE = { width: 1600, height: 1050 } as const;

const CELL = { width: 650, height: 450 } as const;
const COLUMNS = [250, 922] as const;
const ROWS = [110, 580] as const;

export const COLUMN_TITLES = ["Attribute prediction", "Structure prediction"] as const;
export const ROW_TITLES = [
  ["Node-level", "(each node)"],
  ["Graph-level", "(whole graph)"],
] as const;

function nodes(points: readonly Point[], kinds: readonly NodeKind[]): GraphNode[] {
  return points.map((at, i) => ({ at, kind: kinds[i] ?? "C" }));
}

function cellFrame(title: string, caption: readonly string[]): string {
  return (
    rect(0, 0, CELL.width, CELL.height, {
      fill: "#F6F8FA",
      stroke: "#D0D6DE",
      strokeWidth: 2,
      radius: 18,
    }) +
    text(28, 50, title, { size: 30, weight: 700 }) +
    caption.map((l, i) => text(28, 392 + i * 36, l, { size: 28, fill: MUTED })).join("")
  );
}

function attributeMasking(): string {
  const hexagon = ring(200, 220, 70, 6);
  const masked: Point = [330, 130];
  const graph: Graph = {
    nodes: [
      ...nodes(hexagon, ["C", "C", "C", "N", "C", "C"]),
      { at: masked, kind: "masked" },
      { at: [78, 292], kind: "O" },
    ],
    edges: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 0],
      [1, 6],
      [4, 7],
    ],
  };
  const target: Point = [520, 130];
  return (
    cellFrame("Attribute masking", [
      "Mask a node's attribute (its atom type)",
      "and predict it from its neighbours",
    ]) +
    drawGraph(graph) +
    arrow(masked[0] + 36, masked[1], target[0] - 38, target[1], { color: INK, width: 5 }) +
    drawNode({ at: target, kind: "O" }) +
    text(target[0], target[1] + 66, "prediction", { anchor: "middle", size: 28, fill: MUTED })
  );
}

function annulus(cx: number, cy: number, inner: number, outer: number, fill: string): string {
  const circlePath = (r: number) =>
    `M${num(cx - r)} ${num(cy)}a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0Z`;
  return `<path d="${circlePath(outer)}${circlePath(inner)}" fill="${fill}" fill-rule="evenodd"/>`;
}

function contextPrediction(): string {
  const c: Point = [220, 218];
  const hop1 = ring(c[0], c[1], 58, 3, Math.PI / 6);
  // Rotated so that a gap at the upper right leaves room for the label's leader line.
  const hop2 = ring(c[0], c[1], 118, 6, 0.65);
  const graph: Graph = {
    nodes: [
      { at: c, kind: "centre" },
      ...nodes(hop1, ["plain", "plain", "plain"]),
      ...nodes(hop2, ["plain", "plain", "plain", "plain", "plain", "plain"]),
    ],
    edges: [
      [0, 1],
      [0, 2],
      [0, 3],
      [1, 4],
      [1, 9],
      [2, 5],
      [2, 6],
      [3, 7],
      [3, 8],
      [8, 9],
    ],
  };
  const labelX = 400;
  return (
    cellFrame("Context prediction", [
      "Predict whether a neighbourhood and a",
      "context graph surround the same node",
    ]) +
    annulus(c[0], c[1], 84, 144, TINT.orange) +
    circle(c[0], c[1], 144, { stroke: OKABE_ITO.orange, strokeWidth: 4 }) +
    circle(c[0], c[1], 84, {
      fill: TINT.blue,
      stroke: OKABE_ITO.blue,
      strokeWidth: 4,
      dash: "10 7",
    }) +
    drawGraph(graph) +
    line(c[0] + 77, c[1] - 33, labelX - 10, 150, { color: OKABE_ITO.blue, width: 3 }) +
    text(labelX, 142, "Neighbourhood", { size: 28, weight: 700 }) +
    text(labelX, 178, "(K hops)", { size: 28, fill: MUTED }) +
    line(c[0] + 128, c[1] + 52, labelX - 10, 284, { color: OKABE_ITO.orange, width: 3 }) +
    text(labelX, 292, "Context graph", { size: 28, weight: 700 }) +
    text(labelX, 328, "(further out)", { size: 28, fill: MUTED })
  );
}

function propertyPrediction(): string {
  const pentagon = ring(185, 226, 62, 5);
  const graph: Graph = {
    nodes: [
      ...nodes(pentagon, ["C", "C", "O", "C", "C"]),
      { at: [185, 112], kind: "N" },
      { at: [84, 300], kind: "C" },
    ],
    edges: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 0],
      [0, 5],
      [3, 6],
    ],
  };
  const boxX = 410;
  const rows: readonly (readonly [string, string])[] = [
    ["toxic:", "yes"],
    ["soluble:", "no"],
  ];
  return (
    cellFrame("Graph property prediction", [
      "Predict labels of the whole graph,",
      "e.g. properties of a molecule",
    ]) +
    rect(40, 76, 296, 270, { stroke: "#5B6578", strokeWidth: 3, radius: 24, dash: "10 7" }) +
    drawGraph(graph) +
    arrow(342, 215, boxX - 8, 215, { color: INK, width: 5 }) +
    rows
      .map(
        ([key, value], i) =>
          rect(boxX, 142 + i * 84, 210, 66, {
            fill: "#FFFFFF",
            stroke: "#5B6578",
            strokeWidth: 3,
            radius: 12,
          }) +
          text(boxX + 18, 185 + i * 84, key, { size: 28, fill: MUTED }) +
          text(boxX + 192, 185 + i * 84, value, { size: 28, weight: 700, anchor: "end" }),
      )
      .join("")
  );
}

function structuralSimilarity(): string {
  const left: Graph = {
    nodes: [
      ...nodes(ring(150, 222, 58, 5), Array<NodeKind>(5).fill("plain")),
      { at: [150, 104], kind: "plain" },
    ],
    edges: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 0],
      [0, 5],
    ],
  };
  const right: Graph = {
    nodes: [
      ...nodes(ring(500, 222, 64, 6), Array<NodeKind>(6).fill("plain")),
      { at: [500, 100], kind: "plain" },
      { at: [590, 320], kind: "plain" },
    ],
    edges: [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 4],
      [4, 5],
      [5, 0],
      [0, 6],
      [2, 7],
    ],
  };
  return (
    cellFrame("Structural similarity", [
      "Predict how similar the structures",
      "of two whole graphs are",
    ]) +
    drawGraph(left) +
    drawGraph(right) +
    arrow(232, 232, 408, 232, { color: INK, width: 5, both: true }) +
    centredText(320, 196, "similar?", { size: 28, weight: 700 })
  );
}

export function graphPretrainingSvg(): string {
  const [col1, col2] = COLUMNS;
  const [row1, row2] = ROWS;
  const grid = [
    { y: row1, titles: ROW_TITLES[0], cells: [attributeMasking(), contextPrediction()] as const },
    {
      y: row2,
      titles: ROW_TITLES[1],
      cells: [propertyPrediction(), structuralSimilarity()] as const,
    },
  ];
  const parts: string[] = [
    centredText(col1 + CELL.width / 2, 60, COLUMN_TITLES[0], { size: 34, weight: 700 }),
    centredText(col2 + CELL.width / 2, 60, COLUMN_TITLES[1], { size: 34, weight: 700 }),
  ];
  for (const { y, titles, cells } of grid) {
    const cy = y + CELL.height / 2;
    parts.push(
      centredText(128, cy - 20, titles[0], { size: 32, weight: 700 }),
      centredText(128, cy + 22, titles[1], { size: 28, fill: MUTED }),
      group(cells[0], `translate(${col1} ${y})`),
      group(cells[1], `translate(${col2} ${y})`),
    );
  }
  return svgDocument(GRAPH_FIGURE.width, GRAPH_FIGURE.height, parts.join(""));
}
