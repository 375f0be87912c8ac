import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { load, type CheerioAPI } from "cheerio";
import { createFixtureProject, runBuildScript } from "../support/fixture-site";
import { MIGRATED_POSTS, migratedBlogPosts, type MigratedPost } from "../support/migrated-blog";
import { testOutputFolder } from "../support/paths";

const TEXT_FILE = /\.(html|xml|json|txt|webmanifest)$/;

function textFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("a blog moved in from other setups (42 posts, five languages)", () => {
  let root: string;
  let publicFolder: string;
  let status: number | null;
  let output: string;

  before(async () => {
    root = createFixtureProject("migrated", await migratedBlogPosts());
    publicFolder = path.join(root, "public");
    ({ status, output } = runBuildScript(root));
    // The report as an author moving the blog in would read it, for a person to look at.
    fs.mkdirSync(testOutputFolder, { recursive: true });
    fs.writeFileSync(path.join(testOutputFolder, "migrated-blog-build.txt"), output);
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  const page = (sitePath: string): CheerioAPI => {
    const file = path.join(publicFolder, decodeURI(sitePath), "index.html");
    assert.ok(fs.existsSync(file), `no page at ${sitePath}`);
    return load(fs.readFileSync(file, "utf8"));
  };

  test("builds with no error", () => {
    assert.equal(status, 0, output);
    assert.doesNotMatch(output, /\berror\b.*\[(frontmatter|references|encoding|math|links)\//);
  });

  test("no text file holds a NUL, a U+FFFD or invalid UTF-8", () => {
    const files = textFiles(publicFolder);
    assert.ok(files.length > 42, `only ${files.length} text files`);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      assert.equal(bytes.indexOf(0), -1, `NUL in ${file}`);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      assert.ok(!text.includes("\ufffd"), `U+FFFD in ${file}`);
    }
  });

  test("every post is at its address with one <h1>, its title and its language", () => {
    for (const post of MIGRATED_POSTS) {
      const $ = page(post.path);
      assert.equal($("h1").length, 1, `${post.path} has ${$("h1").length} <h1>`);
      assert.equal($("h1").text().trim(), post.title);
      assert.match($("html").attr("lang") ?? "", new RegExp(`^${post.language}`, "i"));
    }
  });

  test("descriptions given under another engine's name are the page's description", () => {
    for (const post of MIGRATED_POSTS) {
      const description = page(post.path)('meta[name="description"]').attr("content");
      assert.equal(description, post.description, post.path);
    }
  });

  test("every heading of every level has an id, and every link to a section reaches it", () => {
    for (const post of MIGRATED_POSTS) {
      const $ = page(post.path);
      const headings = $(".post-body").find("h1, h2, h3, h4, h5, h6");
      assert.ok(headings.length >= 6, `${post.path}: ${headings.length} headings`);
      headings.each((_, heading) => {
        assert.ok(
          $(heading).attr("id"),
          `${post.path}: a heading without id: ${$(heading).text()}`,
        );
      });
      const links = $(".post-body p a")
        .toArray()
        .map((a) => $(a).attr("href") ?? "")
        .filter((href) => href.startsWith("#") && !href.startsWith("#fn"));
      assert.equal(links.length, post.sectionLinks.length, `${post.path}: ${links.join(" ")}`);
      links.forEach((href, i) => {
        const id = decodeURIComponent(href.slice(1));
        const target = $(`[id="${id}"]`);
        assert.equal(target.length, 1, `${post.path}: ${href} reaches no id`);
        assert.equal(target.text().trim(), post.sectionLinks[i]?.heading, `${post.path}: ${href}`);
      });
    }
  });

  test("old addresses lead to the post: a redirect page with its canonical address", () => {
    const moved = MIGRATED_POSTS.filter((post) => post.oldPaths.length > 0);
    assert.ok(moved.length >= 5);
    const redirects = fs.readFileSync(path.join(publicFolder, "_redirects"), "utf8");
    for (const post of moved) {
      for (const old of post.oldPaths) {
        const $ = page(old);
        assert.match($('meta[http-equiv="refresh"]').attr("content") ?? "", new RegExp(post.path));
        assert.ok(($('link[rel="canonical"]').attr("href") ?? "").endsWith(post.path));
        assert.ok(redirects.includes(`${old} ${post.path} 301`), `${old} not in _redirects`);
      }
    }
    const sitemap = fs.readFileSync(path.join(publicFolder, "sitemap.xml"), "utf8");
    for (const post of moved) {
      for (const old of post.oldPaths) assert.ok(!sitemap.includes(old), `${old} in sitemap`);
    }
  });

  test("a post with its own slug is served there, and the sitemap lists that address", () => {
    const own = MIGRATED_POSTS.filter((post) => post.path !== `/${post.folder}/`);
    assert.ok(own.length >= 5);
    const sitemap = fs.readFileSync(path.join(publicFolder, "sitemap.xml"), "utf8");
    for (const post of own) {
      assert.ok(sitemap.includes(encodeURI(post.path)), `${post.path} not in the sitemap`);
      assert.ok(!fs.existsSync(path.join(publicFolder, post.folder, "index.html")));
    }
  });

  test("posts without math keep their dollars; the others are typeset", () => {
    const plain = MIGRATED_POSTS.filter((post) => post.dollars !== null);
    assert.ok(plain.length >= 3);
    for (const post of plain) {
      const $ = page(post.path);
      assert.ok(
        $(".post-body")
          .text()
          .includes(post.dollars ?? ""),
        post.path,
      );
      assert.equal($(".post-body .katex").length, 0, post.path);
    }
    const typeset = MIGRATED_POSTS.find((post) => post.dollars === null) as MigratedPost;
    assert.ok(page(typeset.path)(".post-body .katex").length > 0);
  });

  test("embeds load nothing from their hosts, and social quotes keep their text", () => {
    for (const post of MIGRATED_POSTS) {
      const $ = page(post.path);
      assert.equal(
        $("script[src]").filter((_, s) => /twitter|youtube/.test($(s).attr("src") ?? "")).length,
        0,
      );
      assert.equal($("iframe[src*='youtube']").length, 0, `${post.path} loads a video`);
      if (post.hasVideo) assert.ok($(".post-body a[href*='youtube.com']").length > 0, post.path);
      if (post.hasQuote) {
        assert.ok($(".post-body").text().includes("Measure before you trust. Every time."));
        assert.ok($(".post-body a[href*='twitter.com/example/status']").length > 0);
      }
      assert.equal($(".post-body details summary").length, 1, post.path);
    }
  });

  test("the report groups the warnings: alt text and aliases once per rule", () => {
    const altText = output.match(/warnings? \[structure\/alt-text\]/g) ?? [];
    assert.equal(altText.length, 1, output);
    assert.doesNotMatch(output, /unknown field `spoiler`/);
  });
});
