// Parameter counts as reported by each model's paper or announcement. The month is the first
// public release (arXiv or blog post); it spreads points that share a year along the x axis.

export type LabelSide = "left" | "right" | "above" | "below";

export interface ModelSize {
  name: string;
  year: number;
  /** 1–12; positions the point inside its year. */
  month: number;
  parameters: number;
  /** Where the name/size label goes, chosen by hand so that no two labels collide. */
  labelSide: LabelSide;
}

export const MODEL_SIZES: readonly ModelSize[] = [
  { name: "ELMo", year: 2018, month: 2, parameters: 94e6, labelSide: "right" },
  { name: "BERT-Large", year: 2018, month: 10, parameters: 340e6, labelSide: "right" },
  { name: "GPT-2", year: 2019, month: 2, parameters: 1.5e9, labelSide: "left" },
  { name: "Megatron-LM", year: 2019, month: 9, parameters: 8.3e9, labelSide: "left" },
  { name: "T5", year: 2019, month: 10, parameters: 11e9, labelSide: "right" },
  { name: "Turing-NLG", year: 2020, month: 2, parameters: 17e9, labelSide: "above" },
];
