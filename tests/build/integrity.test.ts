import assert from "node:assert/strict";
import { isUtf8 } from "node:buffer";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { loadPage } from "../support/built-site";
import { filesBelow } from "../support/compare-builds";
import {
  buildFixtureSite,
  createFixtureProject,
  runGatsbyBuild,
  type FixtureBuild,
} from "../support/fixture-site";
import {
  multibytePosts,
  REPLACEMENT_CHARACTER_POST,
  REPLACEMENT_PHRASES,
} from "../support/multibyte-posts";

/** Every file of a build that is text, whatever the integrity step itself decides to read. */
const TEXT_FILE = /\.(?:html?|xml|json|txt|webmanifest|m?js|css|map)$|(?:^|\/)_headers$/;
const REPLACEMENT = Buffer.from("\uFFFD", "utf8");

/**
 * What is wrong with a file's bytes, or null: checked here without the project's own code. A
 * U+FFFD is allowed only inside the phrases that the post about it writes.
 */
function badBytes(bytes: Buffer): string | null {
  if (!isUtf8(bytes)) return "invalid UTF-8";
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `a NUL byte at ${nul}`;
  if (bytes.indexOf(REPLACEMENT) === -1) return null;
  const text = REPLACEMENT_PHRASES.reduce(
    (rest, phrase) => rest.replaceAll(phrase, ""),
    bytes.toString("utf8"),
  );
  const stray = text.indexOf("\uFFFD");
  return stray === -1 ? null : `a U+FFFD in "${text.slice(Math.max(0, stray - 20), stray + 20)}"`;
}

const POSTS = [...multibytePosts(), REPLACEMENT_CHARACTER_POST];
/** The `##` and `###` headings of a post's Markdown, as its table of contents lists them. */
function headingsOf(markdown: string): string[] {
  return [...markdown.matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1] ?? "");
}

/**
 * Two builds of the same posts: the project as it is, and a copy whose gatsby-ssr.tsx lost its
 * replaceRenderer, so that pages are rendered through React's stream as Gatsby does by default.
 * The second shows that the checks here can fail, and that the fix changes nothing but the NULs.
 */
describe("posts in Japanese, Chinese and Korean are published byte for byte", () => {
  let site: FixtureBuild;
  let streamed: FixtureBuild;

  before(() => {
    site = buildFixtureSite("multibyte", POSTS);
    assert.equal(site.status, 0, site.output);
    const root = createFixtureProject("multibyte-stream", POSTS);
    const ssrFile = path.join(root, "gatsby-ssr.tsx");
    const ssr = fs.readFileSync(ssrFile, "utf8");
    const switchedOff = ssr.replace(
      "export const replaceRenderer",
      "const replaceRendererSwitchedOff",
    );
    assert.notEqual(switchedOff, ssr, "gatsby-ssr.tsx no longer exports replaceRenderer");
    fs.writeFileSync(ssrFile, switchedOff);
    streamed = runGatsbyBuild(root);
  });

  after(() => {
    site?.remove();
    streamed?.remove();
  });

  test("no text file of public/ holds a NUL, invalid UTF-8 or a U+FFFD the posts do not write", () => {
    const files = filesBelow(site.publicFolder).filter((file) => TEXT_FILE.test(file));
    assert.ok(files.length > 50, `only ${files.length} text files`);
    const bad = files.flatMap((file) => {
      const problem = badBytes(fs.readFileSync(path.join(site.publicFolder, file)));
      return problem === null ? [] : [`${file}: ${problem}`];
    });
    assert.deepEqual(bad, []);
  });

  test("the post that writes U+FFFD is published with it", () => {
    const $ = loadPage(`/${REPLACEMENT_CHARACTER_POST.folder}/`, site.publicFolder);
    assert.equal($("h1").first().text(), "Why Caf\uFFFD appears");
    const feed = fs.readFileSync(path.join(site.publicFolder, "feed.json"), "utf8");
    assert.ok(feed.includes("decode to \uFFFD, and Café turns into Caf\uFFFD."));
  });

  test("every post's title and table of contents read exactly as written", () => {
    for (const post of POSTS) {
      const $ = loadPage(`/${post.folder}/`, site.publicFolder);
      const title = /^title: (".*")$/m.exec(post.markdown)?.[1] ?? "";
      assert.equal($("h1").first().text(), JSON.parse(title) as string, post.folder);
      const toc = $("nav.toc a")
        .map((_, link) => $(link).text())
        .get();
      assert.deepEqual(toc, headingsOf(post.markdown), post.folder);
    }
  });

  test("the build says how long the integrity check took and what it read", () => {
    assert.match(site.output, /After-build steps: .*integrity check \d+\.\d\d s/);
    assert.match(site.output, /Integrity: \d+ text files \(\d+\.\d MB\) hold no NUL/);
  });

  test("rendered through the stream, the build fails, naming each file, offset and text", (t) => {
    assert.notEqual(streamed.status, 0, streamed.output);
    const report = /The built site holds bytes that its sources do not[^]*?files checked\)\./.exec(
      streamed.output,
    );
    assert.ok(report, streamed.output);
    t.diagnostic(report[0]);
    const reported = [
      ...streamed.output.matchAll(
        /^(public\/\S+): byte (\d+): (?:a NUL byte|\d+ NUL bytes) in "/gm,
      ),
    ];
    assert.ok(reported.length > 0, streamed.output);
    // Each report points at a NUL byte that is really there.
    for (const [, file = "", offset = ""] of reported) {
      const bytes = fs.readFileSync(path.join(streamed.root, file));
      assert.equal(bytes[Number(offset)], 0, `${file} at ${offset}`);
    }
  });

  test("the NUL bytes are all the stream adds: without them each page is the fixed build's", () => {
    // The stream-rendered build stopped at the integrity check, after every page was written.
    const pages = filesBelow(site.publicFolder).filter((file) => file.endsWith(".html"));
    let padded = 0;
    for (const page of pages) {
      const bytes = fs.readFileSync(path.join(streamed.publicFolder, page));
      const withoutNul = Buffer.from(bytes.filter((byte) => byte !== 0));
      if (withoutNul.length !== bytes.length) padded += 1;
      assert.ok(withoutNul.equals(fs.readFileSync(path.join(site.publicFolder, page))), page);
    }
    assert.ok(padded > 0, "no page rendered through the stream had a NUL byte");
  });
});
