import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import matter from "gray-matter";
import sharp from "sharp";
import { findMojibake } from "../../src/lib/encoding/mojibake";
import { builtFile, loadPage, srcsetUrls } from "../support/built-site";
import { openBuiltIndex } from "../support/pagefind-node";
import { contentFolder, publicFolder } from "../support/paths";

const postFolder = path.join(contentFolder, "representation_learning");
const source = matter(fs.readFileSync(path.join(postFolder, "index.md"), "utf8"));
const frontmatter = source.data as {
  title: string;
  date: string;
  description: string;
  tags: string[];
  attribution: { author: string; url: string; license: string; licenseUrl: string };
};
const page = loadPage("/representation_learning/");
const body = page(".post-body");

/** Images the post writes as `![alt](file)`, in order. */
const markdownImages = [...source.content.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map((match) => ({
  alt: match[1] ?? "",
  file: match[2] ?? "",
}));
const responsiveImages = markdownImages.filter((image) => image.file.endsWith(".png"));

describe("the seed post page", () => {
  test("shows the title, the date inside <time datetime>, the description and the tags", () => {
    assert.equal(page("h1").text(), frontmatter.title);
    const time = page(".post-header time");
    assert.equal(time.attr("datetime"), frontmatter.date);
    assert.equal(time.text(), "April 20, 2020");
    assert.equal(page(".post-description").text(), frontmatter.description);
    assert.deepEqual(
      page(".post-header .tag")
        .map((_, tag) => page(tag).text())
        .get(),
      frontmatter.tags,
    );
    assert.equal(page("title").text(), `${frontmatter.title} | Technical Notes`);
    assert.equal(page("html").attr("lang"), "en");
  });

  test("typesets every inline formula as HTML and MathML, leaving no $…$ behind", () => {
    const formulas = [...source.content.matchAll(/\$([^$\n]+)\$/g)].map((match) => match[1]);
    assert.equal(formulas.length, 3, "the seed writes $B$, $2B$ and $2B$");
    const rendered = body.find(".math-inline");
    assert.equal(rendered.length, formulas.length);
    rendered.each((index, element) => {
      const formula = page(element);
      assert.equal(formula.find(".katex-html").length, 1);
      assert.equal(formula.find("math annotation").text(), formulas[index]);
    });
    assert.doesNotMatch(body.text().replace(/\s+/g, " "), /\$[^$]+\$/);
  });

  test("shows the six PNG figures as responsive images with srcset, sizes and a fixed ratio", async () => {
    const pictures = body.find("picture");
    assert.equal(pictures.length, responsiveImages.length);
    assert.equal(pictures.length, 6);
    for (const [index, expected] of responsiveImages.entries()) {
      const picture = pictures.eq(index);
      const img = picture.find("img");
      assert.equal(img.attr("alt"), expected.alt);
      assert.equal(img.attr("loading"), "lazy");
      const { width: sourceWidth = 0, height: sourceHeight = 0 } = await sharp(
        path.join(postFolder, expected.file),
      ).metadata();
      const sources = picture.find("source");
      assert.deepEqual(sources.map((_, element) => page(element).attr("type")).get(), [
        "image/webp",
        "image/png",
      ]);
      for (const element of sources.toArray()) {
        const candidates = srcsetUrls(page(element).attr("srcset") ?? "");
        assert.ok(candidates.length >= 2 && candidates.length <= 4, `${expected.file}: widths`);
        assert.ok(page(element).attr("sizes"), `${expected.file}: sizes`);
        for (const candidate of candidates) {
          assert.ok(candidate.width <= sourceWidth, `${candidate.url} is wider than the source`);
          const file = builtFile(candidate.url);
          assert.ok(file, `${candidate.url} is not in public/`);
          const { width } = await sharp(file).metadata();
          assert.equal(width, candidate.width, `${candidate.url} width`);
        }
      }
      // The ratio box reserves the figure's height before the image loads. It is taken from the
      // 720-px rendition, whose height is rounded to a whole pixel: allow that pixel.
      const ratio = picture.parent().find(".gatsby-resp-image-background-image").attr("style");
      const padding = Number.parseFloat(/padding-bottom:\s*([\d.]+)%/.exec(ratio ?? "")?.[1] ?? "");
      assert.ok(Math.abs(padding - (100 * sourceHeight) / sourceWidth) < 100 / 720, expected.file);
    }
  });

  test("copies the GIF and links it with its intrinsic size", async () => {
    const gif = body.find('img[src$="simclr.gif"]');
    assert.equal(gif.length, 1);
    const file = builtFile(gif.attr("src") ?? "");
    assert.ok(file, `${gif.attr("src")} is not in public/`);
    const original = path.join(postFolder, "simclr.gif");
    assert.ok(fs.readFileSync(file).equals(fs.readFileSync(original)));
    const { width, height, pages } = await sharp(original).metadata();
    assert.equal(gif.attr("width"), String(width));
    assert.equal(gif.attr("height"), String(height));
    assert.ok((pages ?? 1) > 1, "simclr.gif is an animation");
    assert.ok(gif.attr("alt")?.startsWith("Animation of SimCLR"));
  });

  test("gives every figure its credit line as a caption and no image its file name as alt", () => {
    const figures = body.find("figure");
    assert.equal(figures.length, markdownImages.length);
    figures.each((_, figure) => {
      assert.ok(page(figure).find("figcaption").text().trim().length > 0);
    });
    body.find("img").each((_, img) => {
      const alt = page(img).attr("alt") ?? "";
      assert.ok(alt.length > 20, `alt text "${alt}" is too thin`);
      assert.doesNotMatch(alt, /\d{4} \d{2} \d{2}|\.png|\.gif/);
    });
    assert.match(figures.eq(0).find("figcaption a").attr("href") ?? "", /jalammar/);
  });

  test("carries the repaired characters and no mojibake", () => {
    const html = page.html();
    for (const repaired of ["😲", "…", "–"]) assert.ok(body.text().includes(repaired), repaired);
    for (const garbled of ["ðŸ", "â€", "Ã"]) assert.ok(!html.includes(garbled), garbled);
    assert.deepEqual(findMojibake(page.root().text()), []);
  });

  test("ends with the attribution the license asks for", () => {
    const attribution = page(".attribution");
    assert.equal(attribution.length, 1);
    assert.equal(page("article > *").last().is(".attribution"), true);
    const text = attribution.text();
    assert.ok(text.includes(frontmatter.attribution.author));
    assert.ok(text.includes(frontmatter.attribution.license));
    assert.match(text, /redrawn/);
    assert.match(text, /encoding was repaired/);
    const links = attribution
      .find("a")
      .map((_, a) => page(a).attr("href"))
      .get();
    assert.ok(links.includes(frontmatter.attribution.url));
    assert.ok(links.includes(frontmatter.attribution.licenseUrl));
  });

  test("resolves featuredImage as the seed writes it and serves it", async () => {
    assert.equal(source.data.featuredImage, "representation_learning/ogp.png");
    const url = page('meta[property="og:image"]').attr("content") ?? "";
    assert.match(url, /^https?:\/\/.+\/ogp\.png$/);
    const file = builtFile(url);
    assert.ok(file, `${url} is not in public/`);
    // The served card is the author's 1200×630 image, re-encoded but not altered.
    const served = await sharp(file).removeAlpha().raw().toBuffer();
    const original = await sharp(path.join(postFolder, "ogp.png")).removeAlpha().raw().toBuffer();
    assert.ok(served.equals(original), "the served og:image differs from ogp.png");
  });

  test("links KaTeX's stylesheet, and every font file it names is in the build", () => {
    const href = page('link[rel="stylesheet"][href^="/katex/"]').attr("href") ?? "";
    const file = builtFile(href);
    assert.ok(file, `${href} is not in public/`);
    const css = fs.readFileSync(file, "utf8");
    assert.match(css, /\.katex\b/);
    const fonts = [...css.matchAll(/url\((fonts\/KaTeX_[^)]+)\)/g)].map(
      (match) => new URL(match[1] ?? "", `http://site.invalid${href}`).pathname,
    );
    assert.ok(fonts.length > 0);
    for (const font of fonts) assert.ok(builtFile(font), `${font} is not in public/`);
    for (const family of ["KaTeX_Main", "KaTeX_Math", "KaTeX_Size1"]) {
      assert.ok(
        fonts.some((font) => font.includes(family)),
        `${family} is not served as a file`,
      );
    }
    // Inlined fonts would travel inside the HTML of the page rather than being cached once.
    const inline = page("style").text();
    assert.doesNotMatch(`${inline}\n${css}`, /url\(\s*["']?data:(font|application\/font)/);
    assert.doesNotMatch(inline, /@font-face/);
  });
});

describe("the home page", () => {
  test("lists the post with its title, date and description, linked", () => {
    const home = loadPage("/");
    const link = home('a[href="/representation_learning/"]');
    assert.equal(link.length, 1);
    assert.equal(link.text(), frontmatter.title);
    const entry = link.closest("article");
    assert.equal(entry.find("time").attr("datetime"), frontmatter.date);
    assert.ok(entry.text().includes(frontmatter.description));
  });
});

describe("the seed post's citations", () => {
  test("cite refs.bib: each number links to its entry, in the order of first citation", () => {
    const links = page(".post-body a.citation")
      .toArray()
      .map((link) => [page(link).attr("href"), page(link).text()]);
    assert.deepEqual(links, [
      ["#ref-devlin2019bert", "1"],
      ["#ref-chen2020simclr", "2"],
      ["#ref-chen2020simclr", "2"],
      ["#ref-hu2020strategies", "Hu et al. (3)"],
    ]);
    assert.doesNotMatch(page(".post-body").text(), /\[@|\[\d\]/, "no citation left unformatted");
  });

  test("list the three papers under References, with the DOI and arXiv links", () => {
    const heading = page(".post-body h2").filter((_, h2) => page(h2).text().includes("References"));
    const entries = heading.next("section.bibliography").find("ol > li");
    assert.deepEqual(
      entries.toArray().map((entry) => page(entry).attr("id")),
      ["ref-devlin2019bert", "ref-chen2020simclr", "ref-hu2020strategies"],
    );
    assert.match(entries.eq(0).text(), /Devlin J, Chang MW, Lee K, Toutanova K\. BERT/);
    assert.equal(entries.eq(0).find('a[href="https://doi.org/10.18653/v1/N19-1423"]').length, 1);
    assert.match(entries.eq(1).text(), /Chen T, Kornblith S, Norouzi M, Hinton G\. A Simple/);
    assert.equal(entries.eq(1).find('a[href="https://arxiv.org/abs/2002.05709"]').length, 1);
    assert.match(entries.eq(2).text(), /Hu W, Liu B, .*Strategies for Pre-training Graph/);
    assert.equal(entries.eq(2).find('a[href="https://arxiv.org/abs/1905.12265"]').length, 1);
  });

  test("are found by search, the bibliography included", async () => {
    const search = await openBuiltIndex(publicFolder, {
      pageLanguage: "en",
      mergeOtherLanguages: false,
    });
    const found = await search("Kornblith");
    assert.deepEqual(
      found.map((result) => result.url),
      ["/representation_learning/"],
    );
  });
});
