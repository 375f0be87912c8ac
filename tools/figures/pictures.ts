// Small geometric "pictures" used as image inputs and outputs. Each is drawn in a 100×100 box and
// scaled into place, so the same drawing works as a large tile or a thumbnail.
import { OKABE_ITO, circle, group, line, num, path, polygon, rect } from "./svg";

export interface Placement {
  x: number;
  y: number;
  size: number;
}

function place({ x, y, size }: Placement, body: string): string {
  return group(body, `translate(${num(x)} ${num(y)}) scale(${num(size / 100)})`);
}

function frame(placement: Placement, background: string, body: string, clipId: string): string {
  // Clipped so that shapes reaching the edge (sun rays, crops) stay inside the tile.
  const clip = `<clipPath id="${clipId}"><rect width="100" height="100" rx="4"/></clipPath>`;
  return place(
    placement,
    `<defs>${clip}</defs><g clip-path="url(#${clipId})">${rect(0, 0, 100, 100, { fill: background })}${body}</g>` +
      rect(0, 0, 100, 100, { stroke: "#3B4452", strokeWidth: 1.2, radius: 4 }),
  );
}

/** A house next to a tree under the sun. */
export function houseScene(placement: Placement, clipId = "house-scene"): string {
  const rays = Array.from({ length: 8 }, (_, i) => {
    const a = (i * Math.PI) / 4;
    return line(
      78 + Math.cos(a) * 13,
      22 + Math.sin(a) * 13,
      78 + Math.cos(a) * 18,
      22 + Math.sin(a) * 18,
      {
        color: OKABE_ITO.orange,
        width: 2,
      },
    );
  }).join("");
  const body = [
    rect(0, 74, 100, 26, { fill: "#9ED9BE" }),
    rays,
    circle(78, 22, 10, { fill: OKABE_ITO.yellow, stroke: OKABE_ITO.orange, strokeWidth: 1.5 }),
    // Tree: trunk first so the crown overlaps it.
    rect(19, 52, 7, 26, { fill: "#8A5A3B" }),
    circle(22.5, 44, 14, { fill: OKABE_ITO.green, stroke: "#006B4E", strokeWidth: 1.2 }),
    // House.
    rect(46, 52, 36, 28, { fill: "#FBEFD9", stroke: "#3B4452", strokeWidth: 1.2 }),
    polygon(
      [
        [42, 53],
        [64, 34],
        [86, 53],
      ],
      { fill: OKABE_ITO.vermillion, stroke: "#3B4452", strokeWidth: 1.2 },
    ),
    rect(59, 63, 9, 17, { fill: OKABE_ITO.blue }),
    rect(71, 58, 7, 7, { fill: OKABE_ITO.sky, stroke: "#3B4452", strokeWidth: 0.8 }),
    rect(50, 58, 6, 7, { fill: OKABE_ITO.sky, stroke: "#3B4452", strokeWidth: 0.8 }),
  ].join("");
  return frame(placement, "#CFE8F7", body, clipId);
}

/** A small bird with a red head and grey wings, perched on a branch. */
export function birdPicture(placement: Placement, clipId = "bird-picture"): string {
  const outline = "#2E3642";
  const body = [
    path("M2 84 Q40 74 98 80", { stroke: "#8A5A3B", strokeWidth: 4, linecap: "round" }),
    path("M60 82 L57 72 M68 82 L66 72", { stroke: outline, strokeWidth: 1.6, linecap: "round" }),
    // Tail.
    polygon(
      [
        [26, 60],
        [8, 70],
        [12, 60],
        [8, 52],
      ],
      { fill: "#7D8796", stroke: outline, strokeWidth: 1.2 },
    ),
    `<ellipse cx="50" cy="57" rx="26" ry="17" fill="#E6E9EE" stroke="${outline}" stroke-width="1.2"/>`,
    // Wing.
    `<ellipse cx="46" cy="55" rx="18" ry="9.5" transform="rotate(-12 46 55)" fill="#7D8796" stroke="${outline}" stroke-width="1.2"/>`,
    path("M34 56 Q46 52 58 53 M36 60 Q47 57 57 58", { stroke: "#5B6472", strokeWidth: 1 }),
    // Head, beak and eye.
    polygon(
      [
        [82, 34],
        [94, 38],
        [82, 42],
      ],
      { fill: OKABE_ITO.orange, stroke: outline, strokeWidth: 1 },
    ),
    circle(73, 38, 12, { fill: OKABE_ITO.vermillion, stroke: outline, strokeWidth: 1.2 }),
    circle(76, 35, 3.2, { fill: "#FFFFFF" }),
    circle(76.8, 35, 1.7, { fill: "#111111" }),
  ].join("");
  return frame(placement, "#EEF3F8", body, clipId);
}

export interface TileColours {
  background: string;
  disc: string;
  triangle: string;
  stripe: string;
}

export const TILE_ORIGINAL: TileColours = {
  background: OKABE_ITO.sky,
  disc: OKABE_ITO.yellow,
  triangle: OKABE_ITO.vermillion,
  stripe: OKABE_ITO.blue,
};

/**
 * The abstract input "image" of the SimCLR animation. `zoom` and the centre describe a crop:
 * zoom 2 centred on (30, 30) shows the top-left quarter enlarged to the full tile.
 */
export function abstractTile(
  placement: Placement,
  colours: TileColours,
  clipId: string,
  crop: { zoom: number; cx: number; cy: number } = { zoom: 1, cx: 50, cy: 50 },
): string {
  const { zoom, cx, cy } = crop;
  const inner = [
    path("M-10 78 L110 40 L110 56 L-10 94 Z", { fill: colours.stripe }),
    circle(36, 36, 22, { fill: colours.disc }),
    polygon(
      [
        [56, 84],
        [76, 44],
        [96, 84],
      ],
      { fill: colours.triangle },
    ),
  ].join("");
  const cropped = group(
    inner,
    `translate(50 50) scale(${num(zoom)}) translate(${num(-cx)} ${num(-cy)})`,
  );
  return frame(placement, colours.background, cropped, clipId);
}
