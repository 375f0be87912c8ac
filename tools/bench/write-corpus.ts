// Writes the synthetic posts and their figures into a project copy, then holds them to the same
// content check as authors' posts, so the benchmark never measures a site that would not build.
import fs from "node:fs";
import path from "node:path";
import { checkProjectContent } from "../../src/gatsby/content-report";
import { syntheticPost, type CorpusOptions } from "./corpus/synthetic-post";
import type { CorpusSummary } from "./results";
import { formatReport } from "../../src/lib/content-check/report";
import { CONTENT_FOLDER } from "../../src/lib/posts/content-folder";
import { drawFigure } from "./draw-figure";

/** Figures drawn at once: sharp encodes on its own threads while the next chart is rasterised. */
const DRAWING_CONCURRENCY = 2;

export async function writeCorpus(
  root: string,
  count: number,
  options: CorpusOptions,
  progress: (message: string) => void,
): Promise<CorpusSummary> {
  const started = performance.now();
  const summary: CorpusSummary = {
    folder: null,
    posts: count,
    japanesePosts: 0,
    figures: 0,
    figureBytes: 0,
    seconds: 0,
  };
  let next = 1;
  let written = 0;
  const worker = async () => {
    while (next <= count) {
      const post = syntheticPost(next, options);
      next += 1;
      const folder = path.join(root, CONTENT_FOLDER, post.folder);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, "index.md"), post.markdown);
      if (post.language === "ja") summary.japanesePosts += 1;
      for (const figure of post.figures) {
        const png = await drawFigure(figure.spec);
        fs.writeFileSync(path.join(folder, figure.file), png);
        summary.figures += 1;
        summary.figureBytes += png.length;
      }
      written += 1;
      if (written % 250 === 0) progress(`${written} of ${count} posts written`);
    }
  };
  await Promise.all(Array.from({ length: DRAWING_CONCURRENCY }, worker));

  const { problems, checkedFiles } = checkProjectContent(root);
  if (problems.length > 0) {
    throw new Error(
      `The generated posts do not pass the content check, so the corpus generator needs fixing:\n${formatReport(problems, checkedFiles)}`,
    );
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
