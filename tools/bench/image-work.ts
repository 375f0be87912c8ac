/**
 * Image work of a build, read from what it wrote: Gatsby's image plugins write every output of a
 * source image under `public/static/<digest>/`, where the digest is the MD5 of the source file.
 */
import { median } from "./statistics";

/** Modification time of every file under public/static/, by path relative to that folder. */
export type FileTimes = ReadonlyMap<string, number>;

const IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif|tiff?)$/i;
const DIGEST_FOLDER = /^[0-9a-f]{32}$/;

/** The digest folder a file of public/static/ belongs to, or null for other files (fonts, …). */
export function digestOf(relativePath: string): string | null {
  const first = relativePath.split("/")[0] ?? "";
  return DIGEST_FOLDER.test(first) && IMAGE_FILE.test(relativePath) ? first : null;
}

export interface ImageWork {
  /** Image files created or rewritten by the build. */
  filesWritten: number;
  /** Source images with at least one file written. */
  sourcesProcessed: number;
}

/** What a build wrote between two listings of public/static/. */
export function imageWork(before: FileTimes, after: FileTimes): ImageWork {
  const sources = new Set<string>();
  let filesWritten = 0;
  for (const [file, mtime] of after) {
    const digest = digestOf(file);
    if (digest === null || before.get(file) === mtime) continue;
    filesWritten += 1;
    sources.add(digest);
  }
  return { filesWritten, sourcesProcessed: sources.size };
}

export interface SourceOutputs {
  /** The source image, relative to the project. */
  source: string;
  sourceWidth: number;
  /** Every file in its digest folder; `resized` for those in a subfolder (made by sharp). */
  files: Array<{ file: string; width: number; format: string; resized: boolean }>;
}

export interface ImageOutputSummary {
  sources: number;
  files: number;
  filesPerSource: { min: number; median: number; max: number };
  /** Most different widths written for one source, across its formats. */
  maxWidthsPerSource: number;
  formats: string[];
  /** Sources with an output wider than themselves. */
  widerThanSource: string[];
  /**
   * Sources whose widest output is narrower than `sharpWidth` (or than the source, when it is
   * narrower): a phone 360 CSS px wide at 3x needs 1,080 pixels for a full-width figure.
   */
  notSharpOnPhones: string[];
}

export function summarizeImageOutputs(
  sources: readonly SourceOutputs[],
  sharpWidth = 1080,
): ImageOutputSummary {
  const counts = sources.map((source) => source.files.length);
  const widths = sources.map(
    (source) => new Set(source.files.filter((file) => file.resized).map((file) => file.width)),
  );
  return {
    sources: sources.length,
    files: counts.reduce((a, b) => a + b, 0),
    filesPerSource: {
      min: counts.length ? Math.min(...counts) : 0,
      median: counts.length ? median(counts) : 0,
      max: counts.length ? Math.max(...counts) : 0,
    },
    maxWidthsPerSource: Math.max(0, ...widths.map((set) => set.size)),
    formats: [...new Set(sources.flatMap((s) => s.files.map((file) => file.format)))].sort(),
    widerThanSource: sources
      .filter((source) => source.files.some((file) => file.width > source.sourceWidth))
      .map((source) => source.source),
    notSharpOnPhones: sources
      .filter((source, index) => {
        const widest = Math.max(0, ...(widths[index] ?? []));
        return widest < Math.min(sharpWidth, source.sourceWidth);
      })
      .map((source) => source.source),
  };
}
