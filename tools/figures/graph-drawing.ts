// Small node-link drawings for the graph pre-training figure.
import { INK, OKABE_ITO, TINT, centredText, circle, line, type Point } from "./svg";

export type NodeKind = "C" | "N" | "O" | "masked" | "centre" | "plain";

export interface GraphNode {
  at: Point;
  kind: NodeKind;
}

export interface Graph {
  nodes: readonly GraphNode[];
  edges: readonly (readonly [number, number])[];
}

export const NODE_RADIUS = 25;

// Atom types carry a letter as well as a colour, so they never rely on colour alone.
const STYLE: Record<NodeKind, { fill: string; stroke: string; label: string; dash?: string }> = {
  C: { fill: "#E4E8EE", stroke: "#5B6578", label: "C" },
  N: { fill: TINT.blue, stroke: OKABE_ITO.blue, label: "N" },
  O: { fill: TINT.vermillion, stroke: OKABE_ITO.vermillion, label: "O" },
  masked: { fill: "#FFFFFF", stroke: OKABE_ITO.orange, label: "?", dash: "7 5" },
  centre: { fill: OKABE_ITO.blue, stroke: OKABE_ITO.blue, label: "" },
  plain: { fill: "#E4E8EE", stroke: "#5B6578", label: "" },
};

export function drawNode(node: GraphNode, radius = NODE_RADIUS): string {
  const style = STYLE[node.kind];
  const [x, y] = node.at;
  return (
    circle(x, y, radius, {
      fill: style.fill,
      stroke: style.stroke,
      strokeWidth: node.kind === "masked" ? 5 : 3,
      dash: style.dash,
    }) +
    (style.label === "" ? "" : centredText(x, y, style.label, { size: 28, weight: 700, fill: INK }))
  );
}

export function drawGraph(graph: Graph, offset: Point = [0, 0]): string {
  const [dx, dy] = offset;
  const shifted = graph.nodes.map((n) => ({ ...n, at: [n.at[0] + dx, n.at[1] + dy] as const }));
  const edges = graph.edges
    .map(([a, b]) => {
      const p = shifted[a]?.at;
      const q = shifted[b]?.at;
      if (p === undefined || q === undefined) throw new Error(`edge ${a}-${b} has no node`);
      return line(p[0], p[1], q[0], q[1], { color: "#5B6578", width: 4 });
    })
    .join("");
  return edges + shifted.map((n) => drawNode(n)).join("");
}

/** Points of a regular polygon, first vertex straight up; used for ring-shaped molecules. */
export function ring(cx: number, cy: number, r: number, count: number, turn = 0): Point[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + turn + (2 * Math.PI * i) / count;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)] as const;
  });
}
