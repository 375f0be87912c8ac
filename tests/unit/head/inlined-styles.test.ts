import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { checkInlinedStyles, htmlFileOf } from "../../../src/gatsby/inlined-styles-check";
import {
  formatStaleStyles,
  inlinedStyles,
  staleStyleProblems,
  type CurrentStyles,
} from "../../../src/lib/head/inlined-styles";

const OLD = "/styles.e5e492015c105fb6c037.css";
const NEW = "/styles.bb361331556d0ef1593f.css";
const NEW_CSS = ":root{--color-border:#d0d7df}body{margin:0}";

/** A page head as Gatsby writes it: the stylesheet first, then other inline styles. */
function page(styles: ReadonlyArray<[href: string, css: string]>): string {
  const inlined = styles
    .map(
      ([href, css]) =>
        `<style data-href="${href}" data-identity="gatsby-global-css">${css}</style>`,
    )
    .join("");
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>${inlined}<style>.gatsby-image-wrapper{position:relative}</style></head><body><main>Text</main></body></html>`;
}

const current: CurrentStyles = { contents: new Map([[NEW, NEW_CSS]]), everyPage: [NEW] };

describe("inlinedStyles", () => {
  test("reads each stylesheet's address and its exact text, and skips styles without an address", () => {
    const css = 'a>b{content:"x"}\n@media (min-width:40em){.x{y:z}}';
    assert.deepEqual(inlinedStyles(page([[NEW, css]])), [{ href: NEW, content: css }]);
  });

  test("decodes the address as an attribute value", () => {
    const html = '<style data-href="/a&amp;b/styles.bb361331556d0ef1593f.css">x{}</style>';
    assert.deepEqual(inlinedStyles(html), [
      { href: "/a&b/styles.bb361331556d0ef1593f.css", content: "x{}" },
    ]);
  });
});

describe("staleStyleProblems", () => {
  test("a page that inlines this build's stylesheet has no problem", () => {
    assert.deepEqual(staleStyleProblems("/", page([[NEW, NEW_CSS]]), current), []);
  });

  test("a page kept from an earlier build names the old stylesheet and the current one", () => {
    const problems = staleStyleProblems(
      "/",
      page([[OLD, ":root{--color-border:#d0d7de}"]]),
      current,
    );
    assert.deepEqual(problems, [
      {
        page: "/",
        message: `inlines ${OLD}, which this build did not produce (this build's stylesheets: ${NEW})`,
      },
      { page: "/", message: `does not inline ${NEW}, which every page needs` },
    ]);
  });

  test("a copy that differs from the file is a problem even under the current name", () => {
    const problems = staleStyleProblems(
      "/a/",
      page([[NEW, ":root{--color-border:#d0d7de}"]]),
      current,
    );
    assert.deepEqual(problems, [
      { page: "/a/", message: `its inlined copy of ${NEW} differs from that file` },
    ]);
  });

  test("a page without any stylesheet lacks the one every page needs", () => {
    assert.deepEqual(staleStyleProblems("/404.html", page([]), current), [
      { page: "/404.html", message: `does not inline ${NEW}, which every page needs` },
    ]);
  });

  test("a stylesheet only some templates use is accepted without being required", () => {
    const post = "/styles.0123456789abcdef0123.css";
    const withPostStyles: CurrentStyles = {
      contents: new Map([
        [NEW, NEW_CSS],
        [post, ".katex{font-size:1.1em}"],
      ]),
      everyPage: [NEW],
    };
    const html = page([
      [post, ".katex{font-size:1.1em}"],
      [NEW, NEW_CSS],
    ]);
    assert.deepEqual(staleStyleProblems("/post/", html, withPostStyles), []);
    assert.deepEqual(staleStyleProblems("/", page([[NEW, NEW_CSS]]), withPostStyles), []);
  });
});

describe("formatStaleStyles", () => {
  test("groups pages by problem, counts pages once, and says what to do", () => {
    const problems = ["/", "/a/", "/b/"].flatMap((p) =>
      staleStyleProblems(p, page([[OLD, "x{}"]]), current),
    );
    const lines = formatStaleStyles(problems).split("\n");
    assert.equal(lines.length, 4);
    assert.match(lines[0] ?? "", /^3 pages carry stylesheets that are not this build's/);
    assert.equal(
      lines[1],
      `  /, /a/, /b/: inlines ${OLD}, which this build did not produce (this build's stylesheets: ${NEW})`,
    );
    assert.equal(lines[2], `  /, /a/, /b/: does not inline ${NEW}, which every page needs`);
    assert.match(lines[3] ?? "", /npm run clean/);
  });

  test("names at most eight pages per line", () => {
    const pages = Array.from({ length: 11 }, (_, i) => `/post-${i}/`);
    const problems = pages.flatMap((p) => staleStyleProblems(p, page([]), current));
    const text = formatStaleStyles(problems);
    assert.match(text, /^11 pages carry/);
    assert.ok(text.includes("/post-7/ and 3 more: does not inline"), text);
    assert.ok(!text.includes("/post-8/"), text);
  });
});

describe("checkInlinedStyles on a built folder", () => {
  const roots: string[] = [];
  after(() => {
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  function site(files: Record<string, string>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "inlined-styles-"));
    roots.push(root);
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), content);
    }
    return root;
  }

  // The shape of a real webpack.stats.json: the app's stylesheet also listed by the template.
  const stats = JSON.stringify({
    assetsByChunkName: {
      app: ["webpack-runtime-821c21c2bbb6af86e50e.js", NEW.slice(1), "app-fa7fef8d6080ca2b9ea5.js"],
      "component---src-templates-blog-post-tsx": [
        NEW.slice(1),
        "component---src-templates-blog-post-tsx-02d8596c576ad2e45dbf.js",
      ],
    },
    childAssetsByChunkName: {},
  });

  test("maps page paths to the files Gatsby writes", () => {
    assert.equal(htmlFileOf("/p", "/"), path.join("/p", "index.html"));
    assert.equal(htmlFileOf("/p", "/a/"), path.join("/p", "a", "index.html"));
    assert.equal(htmlFileOf("/p", "/404.html"), path.join("/p", "404.html"));
  });

  test("reports the page that kept an old stylesheet, with the path prefix pages use", () => {
    const root = site({
      "webpack.stats.json": stats,
      [NEW.slice(1)]: NEW_CSS,
      "index.html": page([[`/notes${NEW}`, NEW_CSS]]),
      "a/index.html": page([[`/notes${OLD}`, "x{}"]]),
      "404.html": page([[`/notes${NEW}`, NEW_CSS]]),
    });
    const problems = checkInlinedStyles(root, ["/", "/a/", "/404.html"], "/notes");
    assert.deepEqual(
      problems.map((problem) => [problem.page, problem.message.split(",")[0]]),
      [
        ["/a/", `inlines /notes${OLD}`],
        ["/a/", `does not inline /notes${NEW}`],
      ],
    );
  });

  test("a site whose pages are all current passes", () => {
    const root = site({
      "webpack.stats.json": stats,
      [NEW.slice(1)]: NEW_CSS,
      "index.html": page([[NEW, NEW_CSS]]),
      "a/index.html": page([[NEW, NEW_CSS]]),
    });
    assert.deepEqual(checkInlinedStyles(root, ["/", "/a/"], ""), []);
  });
});
