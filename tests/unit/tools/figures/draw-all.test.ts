import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import sharp from "sharp";
import { FIGURES } from "../../../../tools/figures/figures";
import { writeFigures, type WrittenFigure } from "../../../../tools/figures/write-figures";

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

const EXPECTED_FILES = [
  "2020-04-19-14-52-04.png",
  "2020-04-19-15-10-23.png",
  "2020-04-19-21-48-51.png",
  "2020-04-19-21-58-38.png",
  "2020-04-19-23-49-19.png",
  "2020-04-19-23-57-12.png",
  "ogp.png",
  "simclr.gif",
];

let first = "";
let second = "";
let written: WrittenFigure[] = [];

before(async () => {
  first = await mkdtemp(path.join(tmpdir(), "figures-a-"));
  second = await mkdtemp(path.join(tmpdir(), "figures-b-"));
  written = await writeFigures(first);
  // The second run goes through the CLI, which also checks the output-directory argument.
  await run(
    process.execPath,
    ["--import", "tsx", path.join(repoRoot, "tools/figures/draw-all.ts"), second],
    { cwd: repoRoot },
  );
});

after(async () => {
  await rm(first, { recursive: true, force: true });
  await rm(second, { recursive: true, force: true });
});

test("writes exactly the eight files of the post", async () => {
  assert.deepEqual((await readdir(first)).sort(), EXPECTED_FILES);
  assert.deepEqual((await readdir(second)).sort(), EXPECTED_FILES);
  assert.deepEqual(written.map((w) => path.basename(w.path)).sort(), EXPECTED_FILES);
});

test("every image has the intended pixel size and format", async () => {
  for (const spec of FIGURES) {
    const meta = await sharp(path.join(first, spec.file), { pages: 1 }).metadata();
    assert.equal(meta.format, spec.kind, spec.file);
    assert.equal(meta.width, spec.width, `${spec.file} width`);
    assert.equal(meta.pageHeight ?? meta.height, spec.height, `${spec.file} height`);
    if (spec.file !== "ogp.png") {
      assert.ok(spec.width >= 1500 && spec.width <= 1700, `${spec.file} should be ~1600 px wide`);
    }
  }
});

test("the social card is exactly 1200×630", async () => {
  const meta = await sharp(path.join(first, "ogp.png")).metadata();
  assert.equal(meta.width, 1200);
  assert.equal(meta.height, 630);
});

test("PNG figures are opaque, so they also work on a dark page", async () => {
  for (const spec of FIGURES.filter((f) => f.kind === "png")) {
    const { isOpaque } = await sharp(path.join(first, spec.file)).stats();
    assert.ok(isOpaque, `${spec.file} has transparent pixels`);
  }
});

test("the SimCLR GIF is animated, loops forever and stays small", async () => {
  const file = path.join(first, "simclr.gif");
  const meta = await sharp(file).metadata();
  assert.ok((meta.pages ?? 0) >= 6, `only ${meta.pages} frames`);
  assert.equal(meta.loop, 0, "loop count 0 means forever");
  assert.ok((meta.delay ?? []).every((d) => d > 0));
  const bytes = (await readFile(file)).byteLength;
  assert.ok(bytes < 600 * 1024, `${bytes} bytes`);
});

test("GIF frames are fully composed pictures, and consecutive steps differ", async () => {
  const file = path.join(first, "simclr.gif");
  const frame = async (page: number) => sharp(file, { page }).removeAlpha().raw().toBuffer();
  const f0 = await frame(0);
  const f1 = await frame(1);
  const f5 = await frame(5);
  assert.notDeepEqual(f0, f1);
  assert.notDeepEqual(f1, f5);
  // The unchanged-pixel optimisation must not leave holes: the top-left corner stays white.
  const stats = await sharp(file, { page: 5 }).stats();
  assert.ok(stats.isOpaque, "frame 5 has transparent holes");
});

test("two runs produce byte-identical files", async () => {
  for (const name of EXPECTED_FILES) {
    const a = await readFile(path.join(first, name));
    const b = await readFile(path.join(second, name));
    assert.ok(a.equals(b), `${name} differs between runs`);
  }
});

test("the post's committed figures are what the script draws", async () => {
  const postFolder = path.join(repoRoot, "content/blog/representation_learning");
  for (const name of EXPECTED_FILES) {
    const drawn = await readFile(path.join(first, name));
    const committed = await readFile(path.join(postFolder, name));
    assert.ok(drawn.equals(committed), `${name} is stale: run \`npm run figures\` and commit it`);
  }
});
