import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { installedKatex, writeKatexAssets } from "../../../src/gatsby/katex-assets";
import { pruneStaleFiles } from "../../../src/gatsby/prune-stale-files";
import { fontSources } from "../../../tools/bench/font-faces";
import { KATEX_VERSION, katexStylesheetPath } from "../../../src/lib/katex/stylesheet-path";

const katex = installedKatex();
const installedVersion = (
  JSON.parse(fs.readFileSync(path.join(katex.folder, "package.json"), "utf8")) as {
    version: string;
  }
).version;

/** Every file below `folder`, relative and `/`-separated, sorted. */
function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
}

describe("writeKatexAssets", () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "katex-assets-"));
  after(() => fs.rmSync(site, { recursive: true, force: true }));
  const target = path.join(site, "katex", installedVersion);

  test("reads the version the templates link, from KaTeX's own package.json", () => {
    assert.match(installedVersion, /^\d+\.\d+\.\d+/);
    assert.equal(katex.version, installedVersion);
    assert.equal(KATEX_VERSION, installedVersion);
    assert.equal(katexStylesheetPath(), `/katex/${installedVersion}/katex.min.css`);
  });

  test("writes the stylesheet and exactly the woff2 files it names, copied byte for byte", () => {
    const report = writeKatexAssets(site, katex);
    assert.equal(report.folder, `katex/${installedVersion}`);
    const files = filesUnder(target);
    assert.equal(files.length, 21);
    assert.ok(files.includes("katex.min.css"));
    const css = fs.readFileSync(path.join(target, "katex.min.css"), "utf8");
    const urls = fontSources(css).map((source) => source.url);
    assert.deepEqual(
      [...new Set(urls)].sort(),
      files.filter((file) => file !== "katex.min.css"),
    );
    for (const url of urls) {
      assert.match(url, /^fonts\/KaTeX_.+\.woff2$/);
      const copy = fs.readFileSync(path.join(target, url));
      assert.ok(copy.equals(fs.readFileSync(path.join(katex.folder, "dist", url))), url);
    }
    assert.equal(report.written, 21);
  });

  test("leaves identical files alone on the next build and repairs changed or extra ones", () => {
    const css = path.join(target, "katex.min.css");
    const before = fs.statSync(css).mtimeMs;
    assert.deepEqual(writeKatexAssets(site, katex), {
      folder: `katex/${installedVersion}`,
      written: 0,
      removed: [],
    });
    assert.equal(fs.statSync(css).mtimeMs, before);

    const font = path.join(target, "fonts", "KaTeX_Main-Regular.woff2");
    fs.writeFileSync(font, "truncated");
    fs.writeFileSync(path.join(target, "fonts", "KaTeX_Main-Regular.ttf"), "old format");
    assert.equal(writeKatexAssets(site, katex).written, 1);
    assert.ok(
      fs
        .readFileSync(font)
        .equals(
          fs.readFileSync(path.join(katex.folder, "dist", "fonts", "KaTeX_Main-Regular.woff2")),
        ),
    );
    assert.equal(fs.existsSync(path.join(target, "fonts", "KaTeX_Main-Regular.ttf")), false);
  });

  test("removes other versions and webpack's old copies of the fonts, nothing else", () => {
    fs.mkdirSync(path.join(site, "katex", "0.16.9", "fonts"), { recursive: true });
    fs.writeFileSync(path.join(site, "katex", "0.16.9", "katex.min.css"), "old");
    // A post published at /katex/ has its page and a folder of its own there.
    fs.writeFileSync(path.join(site, "katex", "index.html"), "<p>a post about KaTeX</p>");
    fs.mkdirSync(path.join(site, "katex", "part-2"));
    fs.mkdirSync(path.join(site, "static"));
    const bundled = [
      "KaTeX_Main-Regular-f650f111a3b890d116f1ba740b7e3de3.woff2",
      "KaTeX_Main-Regular-c2342cd8497e1e4e8e1cb5ffc2a2f9d1.woff",
      "KaTeX_AMS-Regular-853be92419a6c3766b9afe7a7c3e32fa.ttf",
    ];
    const kept = ["KaTeX-notes.woff2", "ogp-b25dc563dc2ba655ea792a119d752f67.png"];
    for (const name of [...bundled, ...kept]) fs.writeFileSync(path.join(site, "static", name), "");

    const report = writeKatexAssets(site, katex);
    assert.deepEqual(
      [...report.removed].sort(),
      ["katex/0.16.9", ...bundled.map((name) => `static/${name}`)].sort(),
    );
    assert.deepEqual(fs.readdirSync(path.join(site, "static")).sort(), kept.sort());
    assert.deepEqual(
      fs.readdirSync(path.join(site, "katex")).sort(),
      [installedVersion, "index.html", "part-2"].sort(),
    );
  });

  test("survives the removal of stale image folders after the build", () => {
    const before = filesUnder(target);
    pruneStaleFiles(site, new Set());
    assert.deepEqual(filesUnder(target), before);
  });
});
