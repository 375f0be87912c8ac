import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import {
  drawOgCard,
  OG_HEIGHT,
  OG_WIDTH,
  ogCardSvg,
  type OgCardInput,
} from "../../../src/lib/og-image";
import {
  COLOURS,
  DECORATION_BOX,
  FOOTER,
  MARGIN,
  TITLE_BOX,
} from "../../../src/lib/og-image/layout";
import {
  BASE_INPUT,
  contrastRatio,
  decodePng,
  differingPixels,
  keepOnly,
  LONG_TITLE,
  nonBackgroundPixels,
  partsBox,
  rasterise,
  textElements,
  withoutParts,
} from "./support";

const JAPANESE_TITLE = "表現学習の最近の進歩について";
const JAPANESE: OgCardInput = {
  ...BASE_INPUT,
  title: JAPANESE_TITLE,
  lang: "ja",
  tags: ["ja", "機械学習"],
};
const TITLE_AREA = { left: 0, top: TITLE_BOX.top, right: OG_WIDTH, bottom: TITLE_BOX.bottom };

test("the card is a 1200×630 PNG", async () => {
  const image = await decodePng(await drawOgCard(BASE_INPUT));
  assert.equal(image.format, "png");
  assert.equal(image.width, 1200);
  assert.equal(image.height, 630);
  assert.equal(OG_WIDTH, 1200);
  assert.equal(OG_HEIGHT, 630);
});

test("the same input gives identical bytes, also in a fresh process", async () => {
  const first = await drawOgCard(JAPANESE);
  const second = await drawOgCard({ ...JAPANESE, tags: [...JAPANESE.tags] });
  assert.ok(first.equals(second));
  const script = path.join(__dirname, "draw-one.ts");
  const fresh = execFileSync(
    process.execPath,
    ["--import", "tsx", script, JSON.stringify(JAPANESE)],
    {
      encoding: "utf8",
    },
  );
  assert.ok(Buffer.from(fresh, "base64").equals(first), "a new process drew different bytes");
});

test("different titles give different images", async () => {
  const a = await decodePng(await drawOgCard(BASE_INPUT));
  const b = await decodePng(await drawOgCard({ ...BASE_INPUT, title: "Graph Pretraining" }));
  const changed = differingPixels(a, b, TITLE_AREA);
  assert.ok(changed > 5_000, `only ${changed} pixels changed`);
});

test("markup characters in the title are escaped, and the card still renders", async () => {
  const input = { ...BASE_INPUT, title: `Tom & Jerry <script>alert("x")</script>` };
  const svg = ogCardSvg(input);
  assert.ok(!svg.includes("<script>"), "raw markup leaked into the SVG");
  assert.ok(!svg.includes(`"x"`), "raw quotes leaked into the SVG");
  assert.match(svg, /Tom &amp; Jerry/);
  // resvg rejects malformed XML outright, so rendering proves the document is well formed.
  const image = await decodePng(await drawOgCard(input));
  assert.equal(image.width, 1200);
  // The script tag is one long "word", so it may be cut across lines: compare without breaks.
  const title = textElements(svg, "title-line")
    .map((line) => line.content)
    .join("");
  assert.equal(
    title.replace(/ /g, ""),
    "Tom&amp;Jerry&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;",
  );
});

test("a long title wraps and its ink stays inside the title box and the margins", async () => {
  const input = { ...BASE_INPUT, title: LONG_TITLE };
  const svg = ogCardSvg(input);
  const lines = textElements(svg, "title-line");
  assert.ok(lines.length > 1 && lines.length <= 4, `${lines.length} lines`);
  for (const line of lines) {
    assert.equal(line.x, TITLE_BOX.left);
    assert.ok(line.size >= 40 && line.size <= 76, `size ${line.size}`);
  }
  // The extent of the title's outlines alone.
  const box = partsBox(svg, ["title-line"]);
  assert.ok(box.left >= TITLE_BOX.left - 8, `left ${box.left}`);
  assert.ok(box.right <= TITLE_BOX.right, `right ${box.right}`);
  assert.ok(box.top >= TITLE_BOX.top && box.bottom <= TITLE_BOX.bottom, `y ${box.top}`);
  // In the picture itself: nothing but background between the title box and the dots, nor in
  // the right-hand margin, on any row the title occupies.
  const image = await decodePng(await drawOgCard(input));
  const rows = { top: TITLE_BOX.top, bottom: TITLE_BOX.bottom };
  const gutter = { ...rows, left: TITLE_BOX.right, right: DECORATION_BOX.left };
  const margin = { ...rows, left: OG_WIDTH - 60, right: OG_WIDTH };
  assert.equal(nonBackgroundPixels(image, gutter), 0);
  assert.equal(nonBackgroundPixels(image, margin), 0);
});

test("a very long title is cut to four lines ending in an ellipsis", () => {
  const title = Array.from({ length: 12 }, () => LONG_TITLE).join(" ");
  const lines = textElements(ogCardSvg({ ...BASE_INPUT, title }), "title-line");
  assert.equal(lines.length, 4);
  assert.ok(lines.every((line) => line.size === 40));
  assert.ok(lines[3]?.content.endsWith("…"));
});

test("site name, title and footer keep 60 px margins and do not overlap", () => {
  const svg = ogCardSvg({ ...BASE_INPUT, title: LONG_TITLE });
  const boxes = ["site-name", "title-line", "footer"].map((part) => {
    const box = partsBox(svg, [part]);
    assert.ok(box.left >= 60 && box.top >= 60, `${part} ${box.left},${box.top}`);
    assert.ok(box.right <= OG_WIDTH - 60 && box.bottom <= OG_HEIGHT - 60, part);
    return box;
  });
  for (let i = 1; i < boxes.length; i += 1) {
    const above = boxes[i - 1];
    const below = boxes[i];
    assert.ok(above && below && above.bottom < below.top, `part ${i} overlaps`);
  }
  assert.deepEqual(
    textElements(svg, "footer").map((line) => [line.content, line.x, line.y]),
    [["April 20, 2020 · #en · #deep-learning", MARGIN, FOOTER.baseline]],
  );
});

test("home and tag pages (no date) still get a footer only when there are tags", () => {
  const home = ogCardSvg({ ...BASE_INPUT, dateText: null, tags: [] });
  assert.equal(textElements(home, "footer").length, 0);
  const tag = ogCardSvg({ ...BASE_INPUT, title: "#graphs", dateText: null, tags: ["graphs"] });
  assert.deepEqual(
    textElements(tag, "footer").map((line) => line.content),
    ["#graphs"],
  );
});

test("a Japanese title is drawn with real Japanese glyphs", async () => {
  const svg = ogCardSvg(JAPANESE);
  const title = textElements(svg, "title-line");
  assert.equal(title.map((line) => line.content).join(""), JAPANESE_TITLE);
  assert.ok(title.every((line) => line.families.join() === "Noto Sans JP"));
  const withTitle = rasterise(svg);
  // The same card without its title: the difference is the title's glyphs.
  const withoutTitle = rasterise(withoutParts(svg, ["title-line"]));
  const area = {
    left: TITLE_BOX.left,
    top: TITLE_BOX.top,
    right: TITLE_BOX.right,
    bottom: TITLE_BOX.bottom,
  };
  const areaSize = (area.right - area.left) * (area.bottom - area.top);
  const inked = differingPixels(withTitle, withoutTitle, area);
  assert.ok(inked > areaSize * 0.05, `only ${inked} of ${areaSize} pixels inked`);
  // Missing-glyph boxes would look like a title of white squares; real kanji do not.
  const squares = { ...JAPANESE, title: "□".repeat([...JAPANESE_TITLE].length) };
  const boxes = rasterise(ogCardSvg(squares));
  const different = differingPixels(withTitle, boxes, area);
  assert.ok(different > areaSize * 0.05, `only ${different} pixels differ from □□□`);
});

test("the text is glyph outlines: the card needs no font to render", () => {
  for (const input of [BASE_INPUT, JAPANESE, { ...BASE_INPUT, title: "मशीन लर्निंग", lang: "hi" }]) {
    const svg = ogCardSvg(input);
    assert.ok(!svg.includes("<text"), "text left for the renderer to set");
    const bare = rasterise(svg);
    assert.equal(differingPixels(bare, rasterise(svg, "card fonts"), TITLE_AREA), 0);
    // The title alone, on a transparent canvas: its glyphs are the only opaque pixels.
    const titleOnly = rasterise(keepOnly(svg, ["title-line"]));
    const inked = titleOnly.data.filter((_, i) => i % 4 === 3 && titleOnly.data[i] !== 0).length;
    assert.ok(inked > 1000, `${input.lang}: only ${inked} pixels of title drawn`);
  }
});

test("text colours meet WCAG AA contrast on the background", () => {
  for (const colour of [COLOURS.title, COLOURS.siteName, COLOURS.footer]) {
    const ratio = contrastRatio(colour, COLOURS.background);
    assert.ok(ratio >= 4.5, `${colour}: ${ratio.toFixed(2)}`);
  }
});
