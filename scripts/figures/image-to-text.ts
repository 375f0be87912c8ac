// Image captioning as encode -> representation -> decode.
import { label, textCard, trapezoid, vectorColumn } from "./blocks";
import { houseScene } from "./pictures";
import { INK, OKABE_ITO, TINT, arrow, svgDocument } from "./svg";

export const IMAGE_TO_TEXT = { width: 1600, height: 530 } as const;
export const CAPTION = "a house next to a tree under the sun";
export const CAPTION_LINES = ["a house next to", "a tree under", "the sun"] as const;

const CY = 210;

export function imageToTextSvg(): string {
  const a = { color: INK, width: 5 } as const;
  const body = [
    houseScene({ x: 40, y: CY - 170, size: 340 }),
    label(210, CY + 232, ["Input image"]),
    arrow(392, CY, 452, CY, a),
    trapezoid(462, CY, 250, 300, 150, "right", {
      title: ["Image", "encoder"],
      subtitle: "(CNN)",
      fill: TINT.blue,
      stroke: OKABE_ITO.blue,
    }),
    arrow(722, CY, 778, CY, a),
    vectorColumn(820, CY),
    label(820, CY + 232, ["Representation", "(a vector)"]),
    arrow(862, CY, 918, CY, a),
    trapezoid(928, CY, 250, 300, 150, "left", {
      title: ["Text", "decoder"],
      subtitle: "(RNN)",
      fill: TINT.orange,
      stroke: OKABE_ITO.orange,
    }),
    arrow(1188, CY, 1244, CY, a),
    textCard(1254, CY, 316, CAPTION_LINES),
    label(1412, CY + 232, ["Generated caption"]),
  ].join("");
  return svgDocument(IMAGE_TO_TEXT.width, IMAGE_TO_TEXT.height, body);
}
