// Building blocks shared by the encoder/decoder diagrams.
import type { Placement } from "./pictures";
import { INK, MUTED, OKABE_ITO, TINT, arrow, polygon, rect, text, textBlock } from "./svg";

export interface BlockOptions {
  fill?: string;
  stroke?: string;
  title: readonly string[];
  subtitle?: string;
}

/**
 * A trapezoid reads as "many numbers in, few out" (encoder) or the reverse (decoder), which is
 * the whole point of the representation in the middle.
 */
export function trapezoid(
  x: number,
  cy: number,
  width: number,
  tall: number,
  short: number,
  narrowsTo: "right" | "left",
  options: BlockOptions,
): string {
  const { fill = TINT.blue, stroke = OKABE_ITO.blue, title, subtitle } = options;
  const [leftH, rightH] = narrowsTo === "right" ? [tall, short] : [short, tall];
  const shape = polygon(
    [
      [x, cy - leftH / 2],
      [x + width, cy - rightH / 2],
      [x + width, cy + rightH / 2],
      [x, cy + leftH / 2],
    ],
    { fill, stroke, strokeWidth: 4 },
  );
  const cx = x + width / 2;
  const titleBlock = textBlock(cx, subtitle === undefined ? cy : cy - 18, title, {
    size: 30,
    weight: 700,
    lineHeight: 36,
  });
  const sub =
    subtitle === undefined
      ? ""
      : text(cx, cy + 18 + (title.length * 36) / 2 + 10, subtitle, {
          anchor: "middle",
          size: 28,
          fill: MUTED,
        });
  return shape + titleBlock + sub;
}

/** Deterministic "activations" in [0, 1] for the representation vector. */
export const VECTOR_VALUES: readonly number[] = [0.82, 0.18, 0.55, 0.94, 0.32, 0.67, 0.08, 0.46];

/** Shade from a light to a dark blue: one hue, so it reads in every colour-vision type. */
export function shade(value: number): string {
  const light = [0xe3, 0xef, 0xf8];
  const dark = [0x00, 0x4b, 0x7a];
  const t = Math.min(1, Math.max(0, value));
  const channel = (i: number) =>
    Math.round((light[i] ?? 0) + ((dark[i] ?? 0) - (light[i] ?? 0)) * t)
      .toString(16)
      .padStart(2, "0");
  return `#${channel(0)}${channel(1)}${channel(2)}`.toUpperCase();
}

export function vectorColumn(
  cx: number,
  cy: number,
  values: readonly number[] = VECTOR_VALUES,
  cell = 34,
  width = 56,
): string {
  const top = cy - (values.length * cell) / 2;
  const cells = values
    .map((v, i) =>
      rect(cx - width / 2, top + i * cell, width, cell, {
        fill: shade(v),
        stroke: "#FFFFFF",
        strokeWidth: 2,
      }),
    )
    .join("");
  return (
    cells +
    rect(cx - width / 2, top, width, values.length * cell, {
      stroke: INK,
      strokeWidth: 3,
      radius: 4,
    })
  );
}

/** Text in a rounded box, e.g. a caption going into or out of a model. */
export function textCard(
  x: number,
  cy: number,
  width: number,
  lines: readonly string[],
  options: { fill?: string; stroke?: string; size?: number } = {},
): string {
  const { fill = TINT.grey, stroke = "#5B6578", size = 32 } = options;
  const lineHeight = size * 1.35;
  const height = lines.length * lineHeight + 48;
  return (
    rect(x, cy - height / 2, width, height, { fill, stroke, strokeWidth: 3, radius: 18 }) +
    textBlock(x + width / 2, cy, lines, { size, weight: 600, lineHeight })
  );
}

export function label(cx: number, y: number, lines: readonly string[]): string {
  return lines
    .map((l, i) =>
      text(cx, y + i * 36, l, {
        anchor: "middle",
        size: 28,
        weight: i === 0 ? 600 : 400,
        fill: i === 0 ? INK : MUTED,
      }),
    )
    .join("");
}

/** What goes into or comes out of a modality pipeline, drawn vertically centred on cy. */
export interface EndPiece {
  width: number;
  label: string;
  /** How far short of this piece an arrow pointing at it stops. */
  arrowGap: number;
  draw: (x: number, cy: number) => string;
}

export function pictureEnd(
  picture: (placement: Placement) => string,
  label: string,
  size = 340,
): EndPiece {
  return {
    width: size,
    label,
    arrowGap: 12,
    draw: (x, cy) => picture({ x, y: cy - size / 2, size }),
  };
}

export function textCardEnd(lines: readonly string[], width: number, label: string): EndPiece {
  return { width, label, arrowGap: 10, draw: (x, cy) => textCard(x, cy, width, lines) };
}

export interface ModalityPipeline {
  cy: number;
  input: EndPiece;
  encoder: BlockOptions;
  decoder: BlockOptions;
  output: EndPiece;
  /** Left edges of the end pieces and the stages; the centre of the representation vector. */
  x: { input: number; encoder: number; vector: number; decoder: number; output: number };
}

const STAGE = { width: 250, tall: 300, short: 150 } as const;

/**
 * input -> encoder -> representation -> decoder -> output, left to right. One modality is
 * squeezed into a vector and another is grown out of it, so both directions (image to text and
 * text to image) share this layout and differ only in what they put at each place.
 */
export function modalityPipeline({
  cy,
  input,
  encoder,
  decoder,
  output,
  x,
}: ModalityPipeline): string {
  const to = (x1: number, x2: number) => arrow(x1, cy, x2, cy, { color: INK, width: 5 });
  const labelY = cy + 232;
  const vectorReach = 42;
  return [
    input.draw(x.input, cy),
    label(x.input + input.width / 2, labelY, [input.label]),
    to(x.input + input.width + 12, x.encoder - 10),
    trapezoid(x.encoder, cy, STAGE.width, STAGE.tall, STAGE.short, "right", encoder),
    to(x.encoder + STAGE.width + 10, x.vector - vectorReach),
    vectorColumn(x.vector, cy),
    label(x.vector, labelY, ["Representation", "(a vector)"]),
    to(x.vector + vectorReach, x.decoder - 10),
    trapezoid(x.decoder, cy, STAGE.width, STAGE.tall, STAGE.short, "left", decoder),
    to(x.decoder + STAGE.width + 10, x.output - output.arrowGap),
    output.draw(x.output, cy),
    label(x.output + output.width / 2, labelY, [output.label]),
  ].join("");
}
