// The list of figures for the representation-learning post: output file name, expected size and
// how to draw it. Adding a figure means adding one entry here.
import { BERT_FIGURE, bertTwoStepsSvg } from "./bert-two-steps";
import { GRAPH_FIGURE, graphPretrainingSvg } from "./graph-pretraining";
import { IMAGE_TO_TEXT, imageToTextSvg } from "./image-to-text";
import { CHART, modelSizeChartSvg } from "./model-size-chart";
import { OGP, ogpCardSvg } from "./ogp-card";
import { SIMCLR_ANIMATION, simclrFrames, type FrameSpec } from "./simclr-animation";
import { ACCURACY_CHART, simclrAccuracyChartSvg } from "./simclr-accuracy-chart";
import { TEXT_TO_IMAGE, textToImageSvg } from "./text-to-image";

interface Size {
  width: number;
  height: number;
}

export type FigureSpec =
  | ({ file: string; kind: "png"; svg: () => string } & Size)
  | ({ file: string; kind: "gif"; frames: () => FrameSpec[] } & Size);

export const FIGURES: readonly FigureSpec[] = [
  { file: "2020-04-19-15-10-23.png", kind: "png", svg: bertTwoStepsSvg, ...BERT_FIGURE },
  { file: "2020-04-19-14-52-04.png", kind: "png", svg: () => modelSizeChartSvg(), ...size(CHART) },
  { file: "simclr.gif", kind: "gif", frames: simclrFrames, ...SIMCLR_ANIMATION },
  {
    file: "2020-04-19-21-48-51.png",
    kind: "png",
    svg: () => simclrAccuracyChartSvg(),
    ...size(ACCURACY_CHART),
  },
  { file: "2020-04-19-21-58-38.png", kind: "png", svg: graphPretrainingSvg, ...GRAPH_FIGURE },
  { file: "2020-04-19-23-49-19.png", kind: "png", svg: imageToTextSvg, ...IMAGE_TO_TEXT },
  { file: "2020-04-19-23-57-12.png", kind: "png", svg: textToImageSvg, ...TEXT_TO_IMAGE },
  { file: "ogp.png", kind: "png", svg: ogpCardSvg, ...OGP },
];

function size(spec: Size): Size {
  return { width: spec.width, height: spec.height };
}
