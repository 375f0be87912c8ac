import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { checkProjectContent } from "../../../../src/gatsby/content-report";
import { chartSvg } from "../../../../tools/bench/corpus/chart-svg";
import {
  isJapanesePost,
  syntheticCorpus,
  syntheticPost,
  type SyntheticPost,
} from "../../../../tools/bench/corpus/synthetic-post";
import { measureReading } from "../../../../src/lib/posts/reading-time";

const OPTIONS = { seed: "bench", textOnly: false };
const corpus = syntheticCorpus(200, OPTIONS);

function body(post: SyntheticPost): string {
  return post.markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
}

/** Inline formulas: `$…$` outside display blocks and code. */
function inlineFormulas(post: SyntheticPost): number {
  const text = body(post)
    .replace(/```[\s\S]*?```/g, "")
    .replace(/\$\$\n[\s\S]*?\n\$\$/g, "");
  return text.match(/\$[^$\n]+\$/g)?.length ?? 0;
}

test("the same seed gives the same posts, whatever the size of the corpus", () => {
  assert.deepEqual(syntheticCorpus(5, OPTIONS), corpus.slice(0, 5));
  assert.deepEqual(syntheticPost(37, OPTIONS), corpus[36]);
  assert.notEqual(syntheticPost(37, { ...OPTIONS, seed: "other" }).markdown, corpus[36]?.markdown);
});

test("no two posts are the same, and each has its own folder", () => {
  assert.equal(new Set(corpus.map((post) => post.markdown)).size, corpus.length);
  assert.equal(new Set(corpus.map((post) => post.folder)).size, corpus.length);
  assert.equal(corpus[0]?.folder, "bench-00001");
});

test("English posts read as about 900 words, Japanese ones as the same time in characters", () => {
  for (const post of corpus) {
    const reading = measureReading(post.markdown);
    if (post.language === "en") {
      assert.ok(
        reading.words >= 850 && reading.words <= 980,
        `${post.folder}: ${reading.words} words`,
      );
    } else {
      assert.ok(
        reading.cjkCharacters >= 1850 && reading.cjkCharacters <= 2100,
        `${post.folder}: ${reading.cjkCharacters} characters`,
      );
    }
  }
});

test("15 % of the posts are Japanese, marked with lang: ja", () => {
  const japanese = corpus.filter((post) => post.language === "ja");
  assert.equal(japanese.length, 30);
  // Every run of twenty consecutive posts has three, so small corpora get some too.
  assert.equal(corpus.slice(0, 20).filter((post) => post.language === "ja").length, 3);
  for (const post of corpus) {
    assert.equal(post.markdown.includes('\nlang: "ja"\n'), post.language === "ja", post.folder);
    assert.equal(isJapanesePost(Number(post.folder.slice(6))), post.language === "ja");
  }
  assert.match(body(japanese[0] as SyntheticPost), /[\u3040-\u30ff]{20}/u);
});

test("every post has 4–8 inline and 1–2 display formulas, one code block, one table and two captioned figures", () => {
  for (const post of corpus) {
    const text = body(post);
    const inline = inlineFormulas(post);
    assert.ok(inline >= 4 && inline <= 8, `${post.folder}: ${inline} inline formulas`);
    assert.equal(inline, post.inlineFormulas);
    const display = text.match(/^\$\$\n[^$]+\n\$\$$/gm)?.length ?? 0;
    assert.ok(display >= 1 && display <= 2, `${post.folder}: ${display} display formulas`);
    assert.equal(display, post.displayFormulas);
    const fences = text.match(/^```(\w*)$/gm) ?? [];
    assert.equal(fences.length, 2, post.folder);
    assert.notEqual(fences[0], "```", `${post.folder}: the code block has no language`);
    assert.equal(text.match(/^\| --- \|( ---: \|)+$/gm)?.length, 1, post.folder);
    const figures = [
      ...text.matchAll(/!\[([^\]]+)\]\((figure-\d\.png)\)\n\n<small>([^<]+)<\/small>/g),
    ];
    assert.deepEqual(
      figures.map((match) => match[2]),
      ["figure-1.png", "figure-2.png"],
    );
    assert.deepEqual(
      post.figures.map((figure) => figure.file),
      ["figure-1.png", "figure-2.png"],
    );
    for (const figure of figures)
      assert.ok((figure[1] ?? "").length > 40, "alt text describes the chart");
    assert.ok(post.tags.length >= 2 && post.tags.length <= 3, post.folder);
    assert.equal(new Set(post.tags).size, post.tags.length);
  }
});

test("the seed post's tag page gets synthetic posts too", () => {
  assert.ok(corpus.filter((post) => post.tags.includes("deep-learning")).length > 10);
});

test("text-only posts have the same text without the figures", () => {
  const textOnly = syntheticPost(12, { ...OPTIONS, textOnly: true });
  const full = corpus[11] as SyntheticPost;
  assert.deepEqual(textOnly.figures, []);
  assert.doesNotMatch(textOnly.markdown, /!\[|<small>/);
  const withoutFigures = full.markdown.replace(
    /\n\n!\[[^\]]*\]\([^)]*\)\n\n<small>[^<]*<\/small>/g,
    "",
  );
  assert.equal(textOnly.markdown, withoutFigures);
});

test("charts differ from post to post, so no two figures share a file", () => {
  const drawings = corpus.slice(0, 30).flatMap((post) => post.figures.map((f) => chartSvg(f.spec)));
  assert.equal(new Set(drawings).size, drawings.length);
  assert.match(drawings[0] ?? "", /^<svg [^>]*width="1600" height="1000"/);
});

test("a line chart's alt text names the configuration that really is lowest at the highest load", () => {
  const lines = corpus
    .flatMap((post) => post.figures)
    .filter((figure) => figure.spec.kind === "line" && figure.spec.alt.startsWith("Line chart"));
  assert.ok(lines.length > 10);
  for (const { spec } of lines) {
    const last = spec.series.map((series) => ({
      name: series.name,
      y: series.points.at(-1)?.[1] ?? 0,
    }));
    const lowest = last.reduce((a, b) => (b.y < a.y ? b : a));
    assert.ok(spec.alt.endsWith(`${lowest.name.toLowerCase()} is lowest.`), spec.alt);
  }
});

test("the posts pass the project's content check: frontmatter, math, code languages, images, headings", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "bench-corpus-"));
  try {
    for (const post of corpus.slice(0, 80)) {
      const folder = path.join(root, "content", "blog", post.folder);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, "index.md"), post.markdown);
      // The check needs the files to exist; drawing them is the generator's other half.
      for (const figure of post.figures) fs.writeFileSync(path.join(folder, figure.file), "");
    }
    const { problems, checkedFiles } = checkProjectContent(root);
    assert.equal(checkedFiles, 80);
    assert.deepEqual(
      problems.map(
        (problem) =>
          `${path.basename(path.dirname(problem.file))}: ${problem.rule}: ${problem.message}`,
      ),
      [],
    );
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
