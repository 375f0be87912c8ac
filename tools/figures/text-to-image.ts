// Text-to-image generation as encode -> representation -> generate; the mirror of image-to-text.
import { modalityPipeline, pictureEnd, textCardEnd } from "./blocks";
import { birdPicture } from "./pictures";
import { OKABE_ITO, TINT, svgDocument } from "./svg";

export const TEXT_TO_IMAGE = { width: 1600, height: 530 } as const;
export const PROMPT = "a small bird with a red head and grey wings";
export const PROMPT_LINES = ["a small bird with", "a red head and", "grey wings"] as const;

export function textToImageSvg(): string {
  const body = modalityPipeline({
    cy: 210,
    input: textCardEnd(PROMPT_LINES, 330, "Input text"),
    encoder: {
      title: ["Text", "encoder"],
      subtitle: "(RNN)",
      fill: TINT.orange,
      stroke: OKABE_ITO.orange,
    },
    decoder: {
      title: ["Image", "generator"],
      subtitle: "(GAN)",
      fill: TINT.blue,
      stroke: OKABE_ITO.blue,
    },
    output: pictureEnd(birdPicture, "Generated image"),
    x: { input: 30, encoder: 442, vector: 800, decoder: 908, output: 1230 },
  });
  return svgDocument(TEXT_TO_IMAGE.width, TEXT_TO_IMAGE.height, body);
}
