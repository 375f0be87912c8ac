// Renders every figure in FIGURES into a directory. Kept apart from the CLI so tests can call it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { FIGURES, type FigureSpec } from "./figures";
import { encodeGif, svgToPng, svgToRgba } from "./render";

export interface WrittenFigure {
  path: string;
  width: number;
  height: number;
  bytes: number;
}

async function renderFigure(spec: FigureSpec): Promise<Uint8Array> {
  if (spec.kind === "png") return svgToPng(spec.svg());
  const frames = spec.frames().map(({ svg, delayMs }) => ({ image: svgToRgba(svg), delayMs }));
  return encodeGif(frames);
}

export async function writeFigures(
  outDir: string,
  figures: readonly FigureSpec[] = FIGURES,
): Promise<WrittenFigure[]> {
  await mkdir(outDir, { recursive: true });
  const written: WrittenFigure[] = [];
  // Sequential on purpose: rendering is CPU-bound and the order of the report stays stable.
  for (const spec of figures) {
    const bytes = await renderFigure(spec);
    const file = path.join(outDir, spec.file);
    await writeFile(file, bytes);
    written.push({ path: file, width: spec.width, height: spec.height, bytes: bytes.byteLength });
  }
  return written;
}
