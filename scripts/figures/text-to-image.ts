// Text-to-image generation as encode -> representation -> generate; the mirror of image-to-text.
import { label, textCard, trapezoid, vectorColumn } from "./blocks";
import { birdPicture } from "./pictures";
import { INK, OKABE_ITO, TINT, arrow, svgDocument } from "./svg";

export const TEXT_TO_IMAGE = { width: 1600, height: 530 } as const;
export const PROMPT = "a small bird with a red head and grey wings";
export const PROMPT_LINES = ["a small bird with", "a red head and", "grey wings"] as const;

const CY = 210;

export function textToImageSvg(): string {
  const a = { color: INK, width: 5 } as const;
  const body = [
    textCard(30, CY, 330, PROMPT_LINES),
    label(195, CY + 232, ["Input text"]),
    arrow(372, CY, 432, CY, a),
    trapezoid(442, CY, 250, 300, 150, "right", {
      title: ["Text", "encoder"],
      subtitle: "(RNN)",
      fill: TINT.orange,
      stroke: OKABE_ITO.orange,
    }),
    arrow(702, CY, 758, CY, a),
    vectorColumn(800, CY),
    label(800, CY + 232, ["Representation", "(a vector)"]),
    arrow(842, CY, 898, CY, a),
    trapezoid(908, CY, 250, 300, 150, "left", {
      title: ["Image", "generator"],
      subtitle: "(GAN)",
      fill: TINT.blue,
      stroke: OKABE_ITO.blue,
    }),
    arrow(1168, CY, 1218, CY, a),
    birdPicture({ x: 1230, y: CY - 170, size: 340 }),
    label(1400, CY + 232, ["Generated image"]),
  ].join("");
  return svgDocument(TEXT_TO_IMAGE.width, TEXT_TO_IMAGE.height, body);
}
