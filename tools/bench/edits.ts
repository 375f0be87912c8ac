// The changes an author makes between two builds, applied to the project copy. Each run makes a
// different change, so every warm build has something new to do.
import fs from "node:fs";
import path from "node:path";
import { postFolder, syntheticPost } from "./corpus/synthetic-post";
import { CONTENT_FOLDER } from "../../src/lib/posts/content-folder";
import { drawFigure } from "./draw-figure";

/** The component edited for the template change: the post page, the template authors see most. */
export const EDITED_TEMPLATE = path.join("src", "templates", "blog-post.tsx");

/** Adds a paragraph at the end of a post (`post`: its Markdown file, relative to content/blog). */
export function editPostText(root: string, post: string, run: number): void {
  const file = path.join(root, CONTENT_FOLDER, post);
  fs.appendFileSync(
    file,
    `\nUpdate ${run}: we measured everything again on a quieter machine, and the ordering of the configurations did not change.\n`,
  );
}

/** Draws a different chart over a post's first figure, keeping its name. */
export async function replacePostImage(
  root: string,
  postNumber: number,
  seed: string,
  run: number,
): Promise<void> {
  const post = syntheticPost(postNumber, { seed: `${seed}:replacement-${run}`, textOnly: false });
  const figure = post.figures[0];
  if (figure === undefined) throw new Error("a synthetic post always has figures");
  const target = path.join(root, CONTENT_FOLDER, postFolder(postNumber), figure.file);
  fs.writeFileSync(target, await drawFigure(figure.spec));
}

/**
 * A harmless change to the post template that still changes its output (an attribute on the
 * article element), so Gatsby must compile and render again, as after a real template edit.
 */
export function editTemplate(root: string, run: number): void {
  const file = path.join(root, EDITED_TEMPLATE);
  const source = fs.readFileSync(file, "utf8");
  const marked = / data-bench-edit="\d+"/;
  let edited: string;
  if (marked.test(source)) {
    edited = source.replace(marked, ` data-bench-edit="${run}"`);
  } else if (source.includes("<article")) {
    edited = source.replace("<article", `<article data-bench-edit="${run}"`);
  } else {
    throw new Error(
      `${EDITED_TEMPLATE} has no <article> element any more; change EDITED_TEMPLATE in tools/bench/edits.ts to a component the benchmark can edit`,
    );
  }
  fs.writeFileSync(file, edited);
}
