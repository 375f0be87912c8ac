import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import sharp from "sharp";
import { cachedOgCard, drawOgCard, ogCardKey } from "../../../src/lib/og-image";
import { BASE_INPUT } from "./support";

const dirs: string[] = [];
after(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "og-card-cache-"));
  dirs.push(dir);
  return dir;
}

test("the key is a sha256 of the input, independent of property order", () => {
  const key = ogCardKey(BASE_INPUT);
  assert.match(key, /^[0-9a-f]{64}$/);
  const reordered = {
    lang: BASE_INPUT.lang,
    tags: [...BASE_INPUT.tags],
    dateText: BASE_INPUT.dateText,
    siteName: BASE_INPUT.siteName,
    title: BASE_INPUT.title,
  };
  assert.equal(ogCardKey(reordered), key);
});

test("any change to the input changes the key", () => {
  const key = ogCardKey(BASE_INPUT);
  const variants = [
    { ...BASE_INPUT, title: `${BASE_INPUT.title}!` },
    { ...BASE_INPUT, siteName: "Other Notes" },
    { ...BASE_INPUT, dateText: null },
    { ...BASE_INPUT, tags: ["deep-learning", "en"] },
    { ...BASE_INPUT, tags: ["en,deep-learning"] },
    { ...BASE_INPUT, lang: "ja" },
  ];
  const keys = new Set([key, ...variants.map(ogCardKey)]);
  assert.equal(keys.size, variants.length + 1);
});

test("the first call draws and stores the card, the second reads it back", async () => {
  const dir = path.join(await tempDir(), "nested", "cache");
  const first = await cachedOgCard(BASE_INPUT, dir);
  assert.equal(first.fromCache, false);
  assert.equal(first.key, ogCardKey(BASE_INPUT));
  const file = path.join(dir, `${first.key}.png`);
  assert.ok(first.png.equals(await readFile(file)));
  assert.ok(first.png.equals(await drawOgCard(BASE_INPUT)));
  assert.deepEqual(await readdir(dir), [`${first.key}.png`], "temporary files left behind");

  const past = new Date("2001-02-03T04:05:06Z");
  await utimes(file, past, past);
  const second = await cachedOgCard(BASE_INPUT, dir);
  assert.equal(second.fromCache, true);
  assert.equal(second.key, first.key);
  assert.ok(second.png.equals(first.png));
  assert.equal((await stat(file)).mtimeMs, past.getTime(), "the cached file was rewritten");
});

test("a cached file is returned as is rather than redrawn", async () => {
  const dir = await tempDir();
  const key = ogCardKey(BASE_INPUT);
  // A different (valid) PNG under the right name: only reading the cache can return it.
  const marker = await sharp({
    create: { width: 2, height: 2, channels: 3, background: "#FF0000" },
  })
    .png()
    .toBuffer();
  await writeFile(path.join(dir, `${key}.png`), marker);
  const result = await cachedOgCard(BASE_INPUT, dir);
  assert.equal(result.fromCache, true);
  assert.ok(result.png.equals(marker));
});

test("a truncated cache file is redrawn", async () => {
  const dir = await tempDir();
  const key = ogCardKey(BASE_INPUT);
  await writeFile(path.join(dir, `${key}.png`), Buffer.from("not a png"));
  const result = await cachedOgCard(BASE_INPUT, dir);
  assert.equal(result.fromCache, false);
  const { width, height, format } = await sharp(result.png).metadata();
  assert.deepEqual([width, height, format], [1200, 630, "png"]);
});

test("a changed input is drawn under a new key next to the old one", async () => {
  const dir = await tempDir();
  const a = await cachedOgCard(BASE_INPUT, dir);
  const b = await cachedOgCard({ ...BASE_INPUT, title: "Graph Pretraining" }, dir);
  assert.equal(b.fromCache, false);
  assert.notEqual(a.key, b.key);
  assert.ok(!a.png.equals(b.png));
  assert.deepEqual((await readdir(dir)).sort(), [`${a.key}.png`, `${b.key}.png`].sort());
});
