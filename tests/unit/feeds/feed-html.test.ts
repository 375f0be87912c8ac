import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { feedHtml } from "../../../src/lib/feeds/feed-html";
import { displayMath, inlineMath, responsiveImage } from "./fixtures";

const page = "https://user.github.io/blog/a-post/";

/** The transformed fragment, parsed so tests look at elements rather than at strings. */
function transformed(html: string) {
  return load(feedHtml(html, page), null, false);
}

test("href, src, poster and data become absolute, fragments point into the page", () => {
  const $ = transformed(
    `<p><a href="/blog/other-post/">other</a> <a href="#fn-1">1</a> <a href="notes.txt">n</a>` +
      ` <a href="mailto:me@example.com">mail</a> <a href="https://example.com/x">ext</a></p>` +
      `<video src="/blog/static/v.mp4" poster="poster.png"></video>` +
      `<object data="/blog/static/chart.svg"></object>` +
      `<img src="data:image/gif;base64,R0lGOD==" alt="dot">`,
  );
  const hrefs = $("a")
    .toArray()
    .map((a) => $(a).attr("href"));
  assert.deepEqual(hrefs, [
    "https://user.github.io/blog/other-post/",
    "https://user.github.io/blog/a-post/#fn-1",
    "https://user.github.io/blog/a-post/notes.txt",
    "mailto:me@example.com",
    "https://example.com/x",
  ]);
  assert.equal($("video").attr("src"), "https://user.github.io/blog/static/v.mp4");
  assert.equal($("video").attr("poster"), "https://user.github.io/blog/a-post/poster.png");
  assert.equal($("object").attr("data"), "https://user.github.io/blog/static/chart.svg");
  assert.equal($("img").attr("src"), "data:image/gif;base64,R0lGOD==");
});

test("each srcset candidate outside responsive images becomes absolute", () => {
  const $ = transformed(
    `<picture><source srcset="/blog/static/a.webp 1x, /blog/static/b.webp 2x">` +
      `<img src="/blog/static/a.png" srcset="a.png 360w, b.png 720w" alt="x"></picture>`,
  );
  assert.equal(
    $("source").attr("srcset"),
    "https://user.github.io/blog/static/a.webp 1x, https://user.github.io/blog/static/b.webp 2x",
  );
  assert.equal(
    $("img").attr("srcset"),
    "https://user.github.io/blog/a-post/a.png 360w, https://user.github.io/blog/a-post/b.png 720w",
  );
});

test("inline KaTeX is reduced to its MathML with the TeX annotation intact", () => {
  const $ = transformed(`<p>Since <span class="math math-inline">${inlineMath}</span> holds.</p>`);
  assert.equal($(".katex, .katex-html, .katex-mathml").length, 0);
  const math = $("p > span.math > math");
  assert.equal(math.length, 1);
  assert.equal(math.attr("xmlns"), "http://www.w3.org/1998/Math/MathML");
  assert.equal(math.attr("display"), undefined);
  assert.equal(math.find('annotation[encoding="application/x-tex"]').text(), "x^2 < \\frac{a}{b}");
  assert.equal(math.find("mfrac").length, 1);
  // The visual rendering's text must not survive next to the MathML.
  assert.equal($("p").text().replace(/\s+/g, ""), "Sincex2<abx^2<\\frac{a}{b}holds.");
});

test("display KaTeX becomes a block math element", () => {
  const $ = transformed(`<div class="math math-display">${displayMath}</div>`);
  assert.equal($(".katex-display, .katex").length, 0);
  const math = $("div.math > math");
  assert.equal(math.length, 1);
  assert.equal(math.attr("display"), "block");
  assert.equal(math.find("annotation").text(), "E = mc^2");
});

test("display math is marked as a block even when its MathML does not say so", () => {
  const withoutDisplay = displayMath.replace(' display="block"', "");
  assert.notEqual(withoutDisplay, displayMath, "the fixture must lose its display attribute");
  const $ = transformed(withoutDisplay);
  assert.equal($("math").attr("display"), "block");
});

test("KaTeX without MathML is kept rather than lost", () => {
  const $ = transformed(`<span class="katex"><span class="katex-html">x</span></span>`);
  assert.equal($(".katex").text(), "x");
});

test("a gatsby-remark-images wrapper becomes one plain absolute img with its alt", () => {
  const $ = transformed(
    `<figure class="post-figure">${responsiveImage("Chart of &quot;sizes&quot; &amp; years")}` +
      `<figcaption>Model sizes</figcaption></figure>`,
  );
  const figure = $("figure");
  assert.equal(figure.length, 1);
  assert.equal(figure.find("figcaption").text(), "Model sizes");
  assert.equal($("img").length, 1);
  assert.equal($("picture, source, span").length, 0);
  const img = $("figure > img");
  assert.deepEqual(
    { ...img.attr() },
    {
      src: "https://user.github.io/blog/static/abc/37523/chart.png",
      alt: 'Chart of "sizes" & years',
    },
  );
});

test("a responsive image keeps width and height when it has them", () => {
  const $ = transformed(responsiveImage("chart", 'width="720" height="428"'));
  assert.deepEqual(
    { ...$("img").attr() },
    {
      src: "https://user.github.io/blog/static/abc/37523/chart.png",
      alt: "chart",
      width: "720",
      height: "428",
    },
  );
});

test("a responsive image inside a link to the original keeps the link, made absolute", () => {
  const $ = transformed(
    `<a class="gatsby-resp-image-link" href="/blog/static/abc/full.png">${responsiveImage("c")}</a>`,
  );
  assert.equal($("a").attr("href"), "https://user.github.io/blog/static/abc/full.png");
  assert.equal($("a > img").attr("src"), "https://user.github.io/blog/static/abc/37523/chart.png");
});

test("inline styles are removed everywhere", () => {
  const $ = transformed(
    `<p style="color:red">x <span style="font-weight:bold">y</span></p><table style="width:1px"></table>`,
  );
  assert.equal($("[style]").length, 0);
  assert.equal($("p").text(), "x y");
});

test("scripts, styles and buttons are dropped, other content stays", () => {
  const $ = transformed(
    `<style>p{}</style><script>alert(1)</script><div class="code"><button>Copy</button>` +
      `<pre><code>let x = 1;</code></pre></div>`,
  );
  assert.equal($("script, style, button").length, 0);
  assert.equal($("pre code").text(), "let x = 1;");
});

test("text and markup that needs no change is preserved", () => {
  const html = `<p>1 &lt; 2 &amp;&amp; “quotes” — 日本語</p>\n<pre><code>  indented\n    more</code></pre>`;
  assert.equal(feedHtml(html, page), html);
});
