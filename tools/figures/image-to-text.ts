// Image captioning as encode -> representation -> decode.
import { modalityPipeline, pictureEnd, textCardEnd } from "./blocks";
import { houseScene } from "./pictures";
import { OKABE_ITO, TINT, svgDocument } from "./svg";

export const IMAGE_TO_TEXT = { width: 1600, height: 530 } as const;
export const CAPTION = "a house next to a tree under the sun";
export const CAPTION_LINES = ["a house next to", "a tree under", "the sun"] as const;

export function imageToTextSvg(): string {
  const body = modalityPipeline({
    cy: 210,
    input: pictureEnd(houseScene, "Input image"),
    encoder: {
      title: ["Image", "encoder"],
      subtitle: "(CNN)",
      fill: TINT.blue,
      stroke: OKABE_ITO.blue,
    },
    decoder: {
      title: ["Text", "decoder"],
      subtitle: "(RNN)",
      fill: TINT.orange,
      stroke: OKABE_ITO.orange,
    },
    output: textCardEnd(CAPTION_LINES, 316, "Generated caption"),
    x: { input: 40, encoder: 462, vector: 820, decoder: 928, output: 1254 },
  });
  return svgDocument(IMAGE_TO_TEXT.width, IMAGE_TO_TEXT.height, body);
}
