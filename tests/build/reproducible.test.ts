import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { compareBuilds, filesBelow } from "../support/compare-builds";
import {
  createFixtureProject,
  postMarkdown,
  runGatsbyBuild,
  type FixturePost,
} from "../support/fixture-site";

const roots: string[] = [];
after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function project(name: string, posts: readonly FixturePost[], withRealContent = false): string {
  const root = createFixtureProject(name, posts, { withRealContent });
  roots.push(root);
  return root;
}

function build(root: string): void {
  const result = runGatsbyBuild(root);
  assert.equal(result.status, 0, result.output);
}

const NO_DIFFERENCE = { onlyInFirst: [], onlyInSecond: [], differentBytes: [] };

test("two clean builds of the same sources in different folders are identical", () => {
  const first = project("same-a", [], true);
  const second = project("same-b", [], true);
  build(first);
  build(second);
  assert.deepEqual(
    compareBuilds(path.join(first, "public"), path.join(second, "public")),
    NO_DIFFERENCE,
  );
});

/** A rule no stylesheet has, so that pages carrying it can only have this build's styles. */
const PROBE_RULE = ".reproducible-probe{color:#a1b2c3}";

describe("a build that reuses its cache gives what a clean build gives", () => {
  const picture = (colour: string) =>
    sharp({ create: { width: 800, height: 500, channels: 3, background: colour } })
      .png()
      .toBuffer();
  let warm = "";
  let content = "";

  before(async () => {
    warm = project("warm", [
      {
        folder: "alpha",
        markdown: postMarkdown(
          { title: "Alpha", date: "2021-01-01", tags: ["en", "graphs"] },
          "First text with $x^2$.\n\n![A blue rectangle](figure.png)\n\n<small>Drawn for the test</small>",
        ),
        files: { "figure.png": await picture("#3366aa") },
      },
      {
        folder: "beta",
        markdown: postMarkdown({ title: "Beta", date: "2021-02-01", tags: ["en"] }, "Beta text."),
      },
      {
        folder: "gamma",
        markdown: postMarkdown({ title: "Gamma", date: "2021-03-01", tags: ["en"] }, "Gamma text."),
      },
    ]);
    content = path.join(warm, "content", "blog");
    build(warm);
  });

  const editFile = (target: string, change: (text: string) => string) => {
    const text = fs.readFileSync(target, "utf8");
    const changed = change(text);
    // A step whose edit no longer matches its file would compare two identical builds.
    assert.notEqual(changed, text, `the edit did not change ${target}`);
    fs.writeFileSync(target, changed);
  };
  const edit = (file: string, change: (text: string) => string) =>
    editFile(path.join(content, file), change);

  /** Every page of the warm build, slices aside: what readers load. */
  const warmPages = () =>
    filesBelow(path.join(warm, "public")).filter(
      (file) => file.endsWith(".html") && !file.startsWith("_gatsby/"),
    );

  type Step = [name: string, apply: () => void | Promise<void>, check?: () => void];
  /** A file Pagefind never writes: it is still there only if the search index was kept. */
  const searchMarker = () => path.join(warm, "public", "pagefind", "kept-by-this-build.txt");
  const steps: Step[] = [
    [
      "changing nothing",
      () => fs.writeFileSync(searchMarker(), "no page changed"),
      () => {
        assert.ok(fs.existsSync(searchMarker()), "the search index was built again for nothing");
        fs.rmSync(searchMarker());
      },
    ],
    [
      "editing a post's text",
      () => edit("alpha/index.md", (t) => t.replace("First text", "Changed text")),
    ],
    ["editing a title", () => edit("beta/index.md", (t) => t.replace('"Beta"', '"Beta, renamed"'))],
    ["editing a tag", () => edit("alpha/index.md", (t) => t.replace('"graphs"', '"networks"'))],
    [
      "replacing an image",
      async () =>
        fs.writeFileSync(path.join(content, "alpha", "figure.png"), await picture("#aa3366")),
    ],
    [
      "renaming a post's folder",
      () => fs.renameSync(path.join(content, "gamma"), path.join(content, "delta")),
    ],
    ["deleting a post", () => fs.rmSync(path.join(content, "beta"), { recursive: true })],
    // Only the stylesheet changes: no page's data or server code does.
    [
      "editing a stylesheet",
      () => editFile(path.join(warm, "src", "styles", "global.css"), (t) => `${t}${PROBE_RULE}\n`),
      () => {
        const pages = warmPages();
        assert.ok(pages.length >= 4, pages.join(", "));
        for (const page of pages) {
          const html = fs.readFileSync(path.join(warm, "public", page), "utf8");
          assert.ok(html.includes("#a1b2c3"), `${page} does not carry the edited stylesheet`);
        }
      },
    ],
  ];

  for (const [name, apply, check] of steps) {
    test(`after ${name}`, async () => {
      await apply();
      build(warm);
      check?.();
      const clean = project("clean", []);
      fs.cpSync(content, path.join(clean, "content", "blog"), { recursive: true });
      fs.cpSync(path.join(warm, "src"), path.join(clean, "src"), { recursive: true });
      build(clean);
      assert.deepEqual(
        compareBuilds(path.join(warm, "public"), path.join(clean, "public")),
        NO_DIFFERENCE,
      );
    });
  }
});
