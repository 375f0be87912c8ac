// Social card (Open Graph image): clusters in an embedding space next to the post title.
import { gaussian, mulberry32 } from "../../src/lib/drawing/seeded-random";
import { OKABE_ITO, circle, svgDocument, text, type Point } from "./svg";

export const OGP = { width: 1200, height: 630 } as const;
export const OGP_TITLE = "Recent Advances in Representation Learning";
export const OGP_TITLE_SIZE = 68;
export const OGP_TITLE_LINES = ["Recent Advances in", "Representation", "Learning"] as const;
export const SITE_NAME = "Technical Notes";

const BACKGROUND = "#0F1F36";
/** Region kept free of text, where the point clouds may go. */
export const CLOUD_AREA = { left: 790, right: 1160, top: 50, bottom: 590 } as const;

export interface Cluster {
  centre: Point;
  colour: string;
  spread: number;
  count: number;
}

// Colours chosen for contrast against the dark navy background.
export const CLUSTERS: readonly Cluster[] = [
  { centre: [905, 165], colour: OKABE_ITO.sky, spread: 34, count: 16 },
  { centre: [1075, 260], colour: OKABE_ITO.orange, spread: 32, count: 15 },
  { centre: [900, 420], colour: OKABE_ITO.green, spread: 36, count: 16 },
  { centre: [1070, 490], colour: OKABE_ITO.purple, spread: 32, count: 14 },
];

export interface CloudPoint {
  at: Point;
  colour: string;
  radius: number;
}

export function clusterPoints(clusters: readonly Cluster[] = CLUSTERS, seed = 2020): CloudPoint[] {
  const random = mulberry32(seed);
  const normal = gaussian(random);
  const { left, right, top, bottom } = CLOUD_AREA;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return clusters.flatMap((cluster) =>
    Array.from({ length: cluster.count }, () => {
      const radius = 6 + random() * 5;
      const x = clamp(cluster.centre[0] + normal() * cluster.spread, left + radius, right - radius);
      const y = clamp(cluster.centre[1] + normal() * cluster.spread, top + radius, bottom - radius);
      return { at: [x, y] as const, colour: cluster.colour, radius };
    }),
  );
}

export function ogpCardSvg(): string {
  const points = clusterPoints();
  const cloud = points
    .map((p) => circle(p.at[0], p.at[1], p.radius, { fill: p.colour, opacity: 0.92 }))
    .join("");
  const title = OGP_TITLE_LINES.map((l, i) =>
    text(72, 272 + i * 82, l, { size: OGP_TITLE_SIZE, weight: 700, fill: "#FFFFFF" }),
  ).join("");
  const body = [
    cloud,
    circle(84, 96, 10, { fill: OKABE_ITO.sky }),
    circle(108, 96, 10, { fill: OKABE_ITO.orange }),
    text(132, 107, SITE_NAME, { size: 30, weight: 600, fill: "#C5D3E6" }),
    title,
    text(72, 548, "BERT · SimCLR · graphs · image ↔ text", { size: 30, fill: "#AFC1D9" }),
  ].join("");
  return svgDocument(OGP.width, OGP.height, body, { background: BACKGROUND });
}
