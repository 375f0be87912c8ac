// ImageNet top-1 accuracy of a linear classifier trained on frozen features
// (Chen et al., 2020, "A Simple Framework for Contrastive Learning of Visual Representations").

export interface AccuracyResult {
  name: string;
  /** The name split for the x axis, where a single line would not fit under a bar. */
  axisLines: readonly [string, string];
  top1: number;
  /** The supervised baseline is drawn differently: it is a reference, not a SimCLR model. */
  kind: "simclr" | "supervised";
}

export const SIMCLR_RESULTS: readonly AccuracyResult[] = [
  { name: "ResNet-50 (1×)", axisLines: ["ResNet-50", "(1×)"], top1: 69.3, kind: "simclr" },
  { name: "ResNet-50 (2×)", axisLines: ["ResNet-50", "(2×)"], top1: 74.2, kind: "simclr" },
  { name: "ResNet-50 (4×)", axisLines: ["ResNet-50", "(4×)"], top1: 76.5, kind: "simclr" },
  {
    name: "Supervised ResNet-50",
    axisLines: ["Supervised", "ResNet-50"],
    top1: 76.5,
    kind: "supervised",
  },
];
