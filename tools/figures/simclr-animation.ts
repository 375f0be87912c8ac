// SimCLR as a step-by-step animation: each frame reveals one more stage of the pipeline, and the
// last frames show the contrastive loss pulling views of the same image together.
import { trapezoid, vectorColumn } from "./blocks";
import { TILE_ORIGINAL, abstractTile, type TileColours } from "./pictures";
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
  polygon,
  rect,
  svgDocument,
  text,
  textBlock,
  type Point,
} from "./svg";

export const SIMCLR_ANIMATION = { width: 1600, height: 900 } as const;

export const SIMCLR_STEPS: readonly string[] = [
  "1. Start from one unlabelled image",
  "2. Make two random views of it: crop, change colours",
  "3. The same CNN encodes both views into vectors h",
  "4. A small MLP head maps each h to a vector z",
  "5. The batch also holds views of other images",
  "6. Loss pulls the two views of one image together",
  "7. …and pushes views of different images apart",
  "After training: views of one image land close together",
];

const TILE_DISTORTED: TileColours = {
  background: OKABE_ITO.orange,
  disc: OKABE_ITO.sky,
  triangle: OKABE_ITO.blue,
  stripe: OKABE_ITO.purple,
};

const ROW_Y = [250, 590] as const;
const INPUT = { x: 40, size: 190, cy: 420 } as const;
const VIEW = { x: 330, size: 160 } as const;
const ENCODER = { x: 570, width: 190 } as const;
const H_X = 806;
const HEAD = { x: 850, width: 170 } as const;
const Z_X = 1062;
const PANEL = { x: 1106, y: 96, width: 470, height: 664 } as const;

type Marker = "circle" | "square" | "triangle" | "diamond";

interface EmbeddedPoint {
  image: "ours" | "b" | "c" | "d";
  view: 1 | 2;
  start: Point;
  end: Point;
}

const MARKERS: Record<EmbeddedPoint["image"], { shape: Marker; fill: string }> = {
  ours: { shape: "circle", fill: OKABE_ITO.vermillion },
  b: { shape: "square", fill: OKABE_ITO.blue },
  c: { shape: "triangle", fill: OKABE_ITO.green },
  d: { shape: "diamond", fill: OKABE_ITO.purple },
};

// Panel-relative positions before and after training, placed by hand so that the "after"
// picture shows four tight, well separated pairs.
export const EMBEDDING: readonly EmbeddedPoint[] = [
  { image: "ours", view: 1, start: [110, 230], end: [214, 372] },
  { image: "ours", view: 2, start: [330, 520], end: [252, 394] },
  { image: "b", view: 1, start: [330, 200], end: [80, 196] },
  { image: "b", view: 2, start: [90, 470], end: [118, 222] },
  { image: "c", view: 1, start: [370, 390], end: [366, 200] },
  { image: "c", view: 2, start: [200, 210], end: [404, 230] },
  { image: "d", view: 1, start: [110, 570], end: [150, 588] },
  { image: "d", view: 2, start: [260, 560], end: [190, 610] },
];

function marker(shape: Marker, x: number, y: number, fill: string, r = 17): string {
  const style = { fill, stroke: "#FFFFFF", strokeWidth: 3 } as const;
  switch (shape) {
    case "circle":
      return circle(x, y, r, style);
    case "square":
      return rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8, style);
    case "triangle":
      return polygon(
        [
          [x, y - r * 1.15],
          [x + r * 1.1, y + r * 0.8],
          [x - r * 1.1, y + r * 0.8],
        ],
        style,
      );
    case "diamond":
      return polygon(
        [
          [x, y - r * 1.2],
          [x + r * 1.2, y],
          [x, y + r * 1.2],
          [x - r * 1.2, y],
        ],
        style,
      );
  }
}

function lerp(a: Point, b: Point, t: number): Point {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Smooth start and stop, so the points settle rather than halt. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

function absolute(p: Point): Point {
  return [PANEL.x + p[0], PANEL.y + p[1]];
}

function positions(progress: number): Point[] {
  const t = easeInOut(progress);
  return EMBEDDING.map((p) => absolute(lerp(p.start, p.end, t)));
}

function inputStage(): string {
  const { x, size, cy } = INPUT;
  return (
    abstractTile({ x, y: cy - size / 2, size }, TILE_ORIGINAL, "tile-input") +
    centredText(x + size / 2, cy + size / 2 + 40, "Input image", { size: 28, weight: 600 })
  );
}

function viewsStage(): string {
  const { x, size } = VIEW;
  const [top, bottom] = ROW_Y;
  const from: Point = [INPUT.x + INPUT.size + 8, INPUT.cy];
  const a = { color: INK, width: 5 } as const;
  return (
    abstractTile({ x, y: top - size / 2, size }, TILE_ORIGINAL, "tile-view-1", {
      zoom: 1.7,
      cx: 38,
      cy: 42,
    }) +
    abstractTile({ x, y: bottom - size / 2, size }, TILE_DISTORTED, "tile-view-2", {
      zoom: 1.35,
      cx: 62,
      cy: 60,
    }) +
    arrow(from[0], from[1] - 20, x - 12, top + 20, a) +
    arrow(from[0], from[1] + 20, x - 12, bottom - 20, a) +
    centredText(x + size / 2, top - size / 2 - 30, "View 1: crop", { size: 28, weight: 600 }) +
    centredText(x + size / 2, bottom + size / 2 + 32, "View 2: crop", { size: 28, weight: 600 }) +
    centredText(x + size / 2, bottom + size / 2 + 66, "+ new colours", { size: 28, weight: 600 })
  );
}

function encoderStage(): string {
  const a = { color: INK, width: 5 } as const;
  const parts = ROW_Y.map(
    (cy) =>
      arrow(VIEW.x + VIEW.size + 10, cy, ENCODER.x - 10, cy, a) +
      trapezoid(ENCODER.x, cy, ENCODER.width, 190, 110, "right", {
        title: ["Encoder f"],
        subtitle: "(CNN)",
        fill: TINT.blue,
        stroke: OKABE_ITO.blue,
      }) +
      arrow(ENCODER.x + ENCODER.width + 4, cy, H_X - 24, cy, { color: INK, width: 4 }) +
      vectorColumn(H_X, cy, [0.7, 0.2, 0.5, 0.9, 0.35], 24, 34),
  );
  const mid = (ROW_Y[0] + ROW_Y[1]) / 2;
  // Shared weights are the reason both views land in one comparable space.
  const shared =
    line(
      ENCODER.x + ENCODER.width / 2,
      ROW_Y[0] + 100,
      ENCODER.x + ENCODER.width / 2,
      ROW_Y[1] - 100,
      {
        color: OKABE_ITO.blue,
        width: 4,
        dash: "10 8",
      },
    ) +
    rect(ENCODER.x - 20, mid - 40, ENCODER.width + 40, 80, { fill: "#FFFFFF" }) +
    textBlock(ENCODER.x + ENCODER.width / 2, mid, ["same", "weights"], {
      size: 28,
      weight: 700,
      fill: OKABE_ITO.blue,
      lineHeight: 32,
    });
  return (
    parts.join("") +
    shared +
    centredText(H_X, ROW_Y[0] - 95, "h", { size: 30, weight: 700 }) +
    centredText(H_X, ROW_Y[1] - 95, "h", { size: 30, weight: 700 })
  );
}

function headStage(): string {
  const parts = ROW_Y.map((cy, i) => {
    const h = 150;
    return (
      arrow(H_X + 20, cy, HEAD.x - 6, cy, { color: INK, width: 4 }) +
      rect(HEAD.x, cy - h / 2, HEAD.width, h, {
        fill: TINT.orange,
        stroke: OKABE_ITO.orange,
        strokeWidth: 4,
        radius: 14,
      }) +
      textBlock(HEAD.x + HEAD.width / 2, cy - 14, ["Head g"], { size: 30, weight: 700 }) +
      centredText(HEAD.x + HEAD.width / 2, cy + 26, "(MLP)", { size: 28, fill: MUTED }) +
      arrow(HEAD.x + HEAD.width + 4, cy, Z_X - 20, cy, { color: INK, width: 4 }) +
      vectorColumn(Z_X, cy, i === 0 ? [0.85, 0.3, 0.6] : [0.75, 0.4, 0.55], 26, 28) +
      centredText(Z_X, cy - 70, i === 0 ? "z₁" : "z₂", { size: 32, weight: 700 })
    );
  });
  return parts.join("");
}

function panelStage(progress: number): string {
  const { x, y, width, height } = PANEL;
  const points = positions(progress);
  const parts: string[] = [
    rect(x, y, width, height, { fill: "#F6F8FA", stroke: "#AEB6C2", strokeWidth: 3, radius: 18 }),
    text(x + 22, y + 46, "Embedding space", { size: 30, weight: 700 }),
    marker("circle", x + 36, y + 84, MARKERS.ours.fill, 13),
    text(x + 62, y + 94, "our image", { size: 28 }),
    marker("square", x + 228, y + 84, MARKERS.b.fill, 13),
    marker("triangle", x + 262, y + 86, MARKERS.c.fill, 13),
    marker("diamond", x + 296, y + 84, MARKERS.d.fill, 13),
    text(x + 320, y + 94, "others", { size: 28 }),
  ];
  EMBEDDING.forEach((p, i) => {
    const at = points[i];
    if (at === undefined) return;
    const style = MARKERS[p.image];
    parts.push(marker(style.shape, at[0], at[1], style.fill));
  });
  const z1 = points[0];
  const z2 = points[1];
  if (z1 !== undefined && z2 !== undefined) {
    parts.push(
      text(z1[0] - 26, z1[1] + 10, "z₁", { size: 30, weight: 700, anchor: "end", halo: true }),
      text(z2[0] + 26, z2[1] + 10, "z₂", { size: 30, weight: 700, halo: true }),
    );
  }
  return parts.join("");
}

function attractArrows(): string {
  const [z1, z2] = positions(0);
  if (z1 === undefined || z2 === undefined) return "";
  const mid = lerp(z1, z2, 0.5);
  const style = { color: OKABE_ITO.vermillion, width: 6 } as const;
  const from1 = lerp(z1, z2, 0.12);
  const from2 = lerp(z2, z1, 0.12);
  return (
    arrow(from1[0], from1[1], lerp(z1, mid, 0.85)[0], lerp(z1, mid, 0.85)[1], style) +
    arrow(from2[0], from2[1], lerp(z2, mid, 0.85)[0], lerp(z2, mid, 0.85)[1], style)
  );
}

function repelArrows(): string {
  const points = positions(0);
  const [z1, z2] = points;
  if (z1 === undefined || z2 === undefined) return "";
  const centre = lerp(z1, z2, 0.5);
  return EMBEDDING.map((p, i) => {
    const at = points[i];
    if (p.image === "ours" || at === undefined) return "";
    const dx = at[0] - centre[0];
    const dy = at[1] - centre[1];
    const len = Math.hypot(dx, dy);
    const ux = dx / len;
    const uy = dy / len;
    return arrow(at[0] + ux * 26, at[1] + uy * 26, at[0] + ux * 74, at[1] + uy * 74, {
      color: "#5B6578",
      width: 5,
    });
  }).join("");
}

function captionBand(step: number): string {
  const y = 792;
  const caption = SIMCLR_STEPS[step] ?? "";
  const dots = SIMCLR_STEPS.map((_, i) =>
    circle(64 + i * 30, y + 54, 9, {
      fill: i <= step ? INK : "#FFFFFF",
      stroke: INK,
      strokeWidth: 2.5,
    }),
  ).join("");
  return (
    rect(24, y, 1552, 96, { fill: TINT.grey, radius: 16 }) +
    dots +
    text(330, y + 62, caption, { size: 36, weight: 700 })
  );
}

/**
 * One frame. `step` indexes SIMCLR_STEPS; `progress` (0–1) moves the embedded points from their
 * initial to their trained positions and only matters in the last step.
 */
export function simclrFrameSvg(
  step: number,
  progress = step >= SIMCLR_STEPS.length - 1 ? 1 : 0,
): string {
  const parts: string[] = [
    text(40, 58, "SimCLR: learning by comparing two views of an image", { size: 36, weight: 700 }),
    inputStage(),
  ];
  if (step >= 1) parts.push(viewsStage());
  if (step >= 2) parts.push(encoderStage());
  if (step >= 3) parts.push(headStage());
  if (step >= 4) parts.push(panelStage(progress));
  if (step === 5 || step === 6) parts.push(attractArrows());
  if (step === 6) parts.push(repelArrows());
  parts.push(captionBand(step));
  return svgDocument(SIMCLR_ANIMATION.width, SIMCLR_ANIMATION.height, group(parts.join("")));
}

export interface FrameSpec {
  svg: string;
  delayMs: number;
}

export function simclrFrames(): FrameSpec[] {
  const last = SIMCLR_STEPS.length - 1;
  const frames: FrameSpec[] = [];
  for (let step = 0; step < last; step += 1) {
    frames.push({ svg: simclrFrameSvg(step), delayMs: step >= 5 ? 1600 : 1200 });
  }
  // A few in-between frames so the points visibly travel to their trained positions.
  for (const progress of [0.25, 0.5, 0.75]) {
    frames.push({ svg: simclrFrameSvg(last, progress), delayMs: 160 });
  }
  frames.push({ svg: simclrFrameSvg(last, 1), delayMs: 3000 });
  return frames;
}
