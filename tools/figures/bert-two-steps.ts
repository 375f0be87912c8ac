// BERT in two steps: self-supervised pre-training, then supervised fine-tuning of the same model.
import {
  INK,
  MUTED,
  OKABE_ITO,
  TINT,
  arrow,
  centredText,
  circle,
  line,
  rect,
  svgDocument,
  text,
  textBlock,
  textWidth,
} from "./svg";

export const BERT_FIGURE = { width: 1600, height: 950 } as const;

const PANEL = { left: 24, right: 1576, height: 400 } as const;
const ROW_TOPS = [24, 526] as const;

// Column extents shared by both rows so that the two BERT boxes line up vertically.
const COL = {
  source: { left: 56, right: 316 },
  input: { left: 384, right: 804 },
  model: { left: 870, right: 1100 },
  head: { left: 1150, right: 1340 },
  output: { left: 1396, right: 1560 },
} as const;

const CHIP = { size: 30, height: 56, padding: 12, gap: 10, lineGap: 16 } as const;

function centre(col: { left: number; right: number }): number {
  return (col.left + col.right) / 2;
}

/** Word chips in centred rows; the highlighted word is the one the model must recover. */
export function tokenChips(
  cx: number,
  cy: number,
  rows: readonly (readonly string[])[],
  highlight?: string,
): string {
  const parts: string[] = [];
  const totalHeight = rows.length * CHIP.height + (rows.length - 1) * CHIP.lineGap;
  rows.forEach((words, r) => {
    const widths = words.map((w) => textWidth(w, CHIP.size, w === highlight ? 700 : 400));
    const rowWidth =
      widths.reduce((a, b) => a + b + 2 * CHIP.padding, 0) + (words.length - 1) * CHIP.gap;
    let x = cx - rowWidth / 2;
    const y = cy - totalHeight / 2 + r * (CHIP.height + CHIP.lineGap);
    words.forEach((word, i) => {
      const w = (widths[i] ?? 0) + 2 * CHIP.padding;
      const isHighlight = word === highlight;
      parts.push(
        rect(x, y, w, CHIP.height, {
          fill: isHighlight ? TINT.orange : "#FFFFFF",
          stroke: isHighlight ? OKABE_ITO.orange : "#9AA3B2",
          strokeWidth: isHighlight ? 4 : 2,
          radius: 10,
        }),
        centredText(x + w / 2, y + CHIP.height / 2, word, {
          size: CHIP.size,
          weight: isHighlight ? 700 : 400,
        }),
      );
      x += w + CHIP.gap;
    });
  });
  return parts.join("");
}

function corpusIcon(cx: number, cy: number): string {
  const w = 150;
  const h = 170;
  const parts: string[] = [];
  for (let i = 2; i >= 0; i -= 1) {
    const x = cx - w / 2 + i * 18 - 18;
    const y = cy - h / 2 - i * 14 + 14;
    parts.push(rect(x, y, w, h, { fill: "#FFFFFF", stroke: "#6B7689", strokeWidth: 3, radius: 6 }));
  }
  const x0 = cx - w / 2 - 18 + 20;
  const lengths = [104, 92, 110, 70, 100, 86, 60];
  lengths.forEach((len, i) => {
    const y = cy - h / 2 + 14 + 24 + i * 20;
    parts.push(line(x0, y, x0 + len, y, { color: "#B5BDC9", width: 8 }));
  });
  return parts.join("");
}

function datasetTable(cx: number, cy: number): string {
  const rows: readonly (readonly [string, "+" | "−"])[] = [
    ["loved it", "+"],
    ["so dull", "−"],
    ["great film", "+"],
  ];
  const w = 262;
  const labelW = 84;
  const rowH = 50;
  const headerH = 44;
  const h = headerH + rows.length * rowH;
  const x = cx - w / 2;
  const y = cy - h / 2;
  const parts: string[] = [
    rect(x, y, w, h, { fill: "#FFFFFF", stroke: "#6B7689", strokeWidth: 3, radius: 6 }),
    rect(x, y, w, headerH, { fill: TINT.grey, stroke: "#6B7689", strokeWidth: 3, radius: 6 }),
    text(x + 14, y + 31, "text", { size: 28, weight: 600, fill: MUTED }),
    text(x + w - labelW / 2, y + 31, "label", {
      size: 28,
      weight: 600,
      fill: MUTED,
      anchor: "middle",
    }),
    line(x + w - labelW, y, x + w - labelW, y + h, { color: "#6B7689", width: 2 }),
  ];
  rows.forEach(([sample, label], i) => {
    const rowY = y + headerH + i * rowH;
    if (i > 0) parts.push(line(x, rowY, x + w, rowY, { color: "#C9CFD8", width: 2 }));
    parts.push(
      text(x + 14, rowY + 35, sample, { size: 28 }),
      centredText(x + w - labelW / 2, rowY + rowH / 2, label, {
        size: 34,
        weight: 700,
        fill: label === "+" ? OKABE_ITO.green : OKABE_ITO.vermillion,
      }),
    );
  });
  return parts.join("");
}

function bertBox(cy: number): string {
  const { left, right } = COL.model;
  const h = 160;
  return (
    rect(left, cy - h / 2, right - left, h, { fill: OKABE_ITO.blue, radius: 16 }) +
    centredText(centre(COL.model), cy - 30, "BERT", { size: 46, weight: 700, fill: "#FFFFFF" }) +
    textBlock(centre(COL.model), cy + 36, ["Transformer", "encoder"], {
      size: 28,
      fill: "#FFFFFF",
      lineHeight: 32,
    })
  );
}

function headBox(
  cy: number,
  lines: readonly string[],
  fill: string,
  stroke: string,
  dash?: string,
) {
  const { left, right } = COL.head;
  const h = 116;
  return (
    rect(left, cy - h / 2, right - left, h, { fill, stroke, strokeWidth: 4, radius: 14, dash }) +
    textBlock(centre(COL.head), cy, lines, { size: 28, weight: 600, lineHeight: 34 })
  );
}

function outputChip(cy: number, word: string): string {
  const { left, right } = COL.output;
  const h = 84;
  return (
    rect(left, cy - h / 2, right - left, h, {
      fill: TINT.green,
      stroke: OKABE_ITO.green,
      strokeWidth: 4,
      radius: 14,
    }) + centredText(centre(COL.output), cy, word, { size: 32, weight: 700 })
  );
}

function caption(col: { left: number; right: number }, y: number, lines: readonly string[]) {
  return lines
    .map((l, i) => text(centre(col), y + i * 34, l, { anchor: "middle", size: 28, fill: MUTED }))
    .join("");
}

function panel(top: number, step: number, title: string, subtitle: string): string {
  return (
    rect(PANEL.left, top, PANEL.right - PANEL.left, PANEL.height, {
      fill: "#F6F8FA",
      stroke: "#D0D6DE",
      strokeWidth: 2,
      radius: 20,
    }) +
    circle(PANEL.left + 56, top + 52, 26, { fill: INK }) +
    centredText(PANEL.left + 56, top + 52, String(step), {
      size: 30,
      weight: 700,
      fill: "#FFFFFF",
    }) +
    text(PANEL.left + 98, top + 64, title, { size: 36, weight: 700 }) +
    text(PANEL.left + 98 + textWidth(title, 36, 700) + 10, top + 64, subtitle, {
      size: 28,
      fill: MUTED,
    })
  );
}

function flowArrows(cy: number): string {
  const a = { color: INK, width: 5 } as const;
  return (
    arrow(COL.source.right + 6, cy, COL.input.left - 10, cy, a) +
    arrow(COL.input.right + 8, cy, COL.model.left - 8, cy, a) +
    arrow(COL.model.right + 4, cy, COL.head.left - 6, cy, a) +
    arrow(COL.head.right + 4, cy, COL.output.left - 6, cy, a)
  );
}

export function bertTwoStepsSvg(): string {
  const [top1, top2] = ROW_TOPS;
  const cy1 = top1 + 208;
  const cy2 = top2 + 208;
  const captionY = (top: number) => top + 340;

  const pretraining = [
    panel(top1, 1, "Pre-training", "self-supervised, on large unlabelled text"),
    corpusIcon(centre(COL.source), cy1),
    caption(COL.source, captionY(top1), ["Unlabelled text", "(books, Wikipedia)"]),
    tokenChips(
      centre(COL.input),
      cy1,
      [
        ["the", "[MASK]", "sat"],
        ["on", "the", "mat"],
      ],
      "[MASK]",
    ),
    caption(COL.input, captionY(top1), ["Hide some words"]),
    bertBox(cy1),
    headBox(cy1, ["Word", "predictor"], TINT.grey, "#6B7689", "10 7"),
    caption(COL.head, captionY(top1), ["(dropped later)"]),
    outputChip(cy1, "cat"),
    caption(COL.output, captionY(top1), ["Masked word"]),
    flowArrows(cy1),
  ].join("");

  const finetuning = [
    panel(top2, 2, "Fine-tuning", "supervised, on a small labelled dataset"),
    datasetTable(centre(COL.source), cy2),
    caption(COL.source, captionY(top2), ["Labelled examples"]),
    tokenChips(centre(COL.input), cy2, [
      ["what", "a"],
      ["great", "film"],
    ]),
    caption(COL.input, captionY(top2), ["One example"]),
    bertBox(cy2),
    caption(COL.model, captionY(top2), ["All weights adjusted"]),
    headBox(cy2, ["Classifier", "(new layer)"], TINT.orange, OKABE_ITO.orange),
    outputChip(cy2, "positive"),
    caption(COL.output, captionY(top2), ["Label"]),
    flowArrows(cy2),
  ].join("");

  // Three parallel arrows read as "all of the weights", not a single value, moving down.
  const from = cy1 + 80 + 10;
  const to = cy2 - 80 - 10;
  const mid = centre(COL.model);
  const transfer = [-70, 0, 70]
    .map((dx) => arrow(mid + dx, from, mid + dx, to, { color: OKABE_ITO.blue, width: 9 }))
    .join("");
  const transferLabel = textBlock(
    COL.model.left - 24,
    (from + to) / 2,
    ["Start from the", "pre-trained weights"],
    { size: 30, weight: 700, fill: OKABE_ITO.blue, anchor: "end", lineHeight: 36 },
  );

  return svgDocument(
    BERT_FIGURE.width,
    BERT_FIGURE.height,
    pretraining + finetuning + transfer + transferLabel,
  );
}
