import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { CheerioAPI } from "cheerio";
import { load } from "cheerio";
import { loadPage } from "../support/built-site";
import {
  createFixtureProject,
  postMarkdown,
  runGatsbyBuild,
  type FixtureBuild,
} from "../support/fixture-site";

const GRAPH_TEXT =
  "Graph neural networks pass messages between neighbouring nodes. Message passing layers " +
  "aggregate neighbour embeddings, and a readout turns node embeddings into a graph embedding.";

/**
 * Six published posts and a draft. Expected, worked out by hand from the ranking rules:
 * - /gnn-intro/ (en; graphs, deep-learning): /gnn-practice/ (one tag, similar text), then
 *   /attention/ (one tag, other text), then /graph-notes/ (no tag, nearly the same text): a tag
 *   outranks text, and /gnn-ja/ (two tags, but Japanese) comes after every English post.
 * - /gnn-ja/ (ja): /ja-cooking/ (the only other Japanese post), then /gnn-intro/ (two tags),
 *   then /attention/ (one tag, and newer than /gnn-practice/, which also has one).
 * - Chronological: gnn-intro, gnn-practice, graph-notes, gnn-ja, attention, ja-cooking; the
 *   draft dated between the first two is in none of it.
 */
const POSTS = [
  {
    folder: "gnn-intro",
    markdown: postMarkdown(
      {
        title: "An introduction to graph neural networks",
        date: "2021-01-10",
        tags: ["en", "graphs", "deep-learning"],
        author: "Jane Doe",
      },
      [
        GRAPH_TEXT,
        "## Why graphs",
        "Molecules and social networks are graphs.",
        "### Message passing",
        GRAPH_TEXT,
        "## The $\\ell_1$ penalty",
        "Sparse weights help.",
        "## Results",
        "Better accuracy on molecules.",
      ].join("\n\n"),
    ),
  },
  {
    folder: "gnn-practice",
    markdown: postMarkdown(
      { title: "Graph networks in practice", date: "2021-02-10", tags: ["en", "graphs"] },
      `${GRAPH_TEXT}\n\n## Only one section\n\nPractical message passing on graphs.`,
    ),
  },
  {
    folder: "graph-notes",
    markdown: postMarkdown(
      {
        title: "Notes on graph neural networks",
        date: "2021-03-10",
        tags: ["en", "notes"],
        attribution: { author: "Kim Lee", url: "https://example.org/notes/", license: "CC BY 4.0" },
      },
      `${GRAPH_TEXT} ${GRAPH_TEXT}`,
    ),
  },
  {
    folder: "gnn-ja",
    markdown: postMarkdown(
      {
        title: "グラフニューラルネットワーク入門",
        date: "2021-04-10",
        tags: ["ja", "graphs", "deep-learning"],
      },
      [
        "グラフニューラルネットワークは隣接するノードの間でメッセージを伝えます。",
        "## はじめに",
        "分子はグラフです。",
        "## グラフとは",
        "ノードとエッジの集まりです。",
        "## まとめ",
        "以上です。",
      ].join("\n\n"),
    ),
  },
  {
    folder: "attention",
    markdown: postMarkdown(
      { title: "Attention in sequence models", date: "2021-05-10", tags: ["en", "deep-learning"] },
      "Attention weighs every token of a sentence against every other token in a transformer.",
    ),
  },
  {
    folder: "ja-cooking",
    markdown: postMarkdown(
      { title: "パンの焼き方", date: "2021-06-10", tags: ["ja", "food"] },
      "小麦粉と水と塩でパンを焼きます。",
    ),
  },
  {
    folder: "unfinished",
    markdown: postMarkdown(
      {
        title: "An unfinished draft on graphs",
        date: "2021-01-20",
        tags: ["en", "graphs", "deep-learning"],
        draft: true,
      },
      GRAPH_TEXT,
    ),
  },
];

const AUTHORS =
  "Jane Doe:\n  bio: Writes about learning on graphs.\n  url: https://jane.example.org/\n";

function hrefs($: CheerioAPI, selector: string): string[] {
  return $(selector)
    .map((_, link) => $(link).attr("href"))
    .get();
}

describe("post pages of a fixture site", () => {
  let site: FixtureBuild;
  const page = (urlPath: string) => loadPage(urlPath, site.publicFolder);

  before(() => {
    const root = createFixtureProject("post-page", POSTS);
    fs.writeFileSync(path.join(root, "content", "authors.yaml"), AUTHORS);
    site = runGatsbyBuild(root);
    assert.equal(site.status, 0, site.output);
  });

  after(() => site?.remove());

  test("related posts: same language first, then shared tags, then similar text", () => {
    assert.deepEqual(hrefs(page("/gnn-intro/"), ".related-posts li a"), [
      "/gnn-practice/",
      "/attention/",
      "/graph-notes/",
    ]);
    assert.deepEqual(hrefs(page("/gnn-ja/"), ".related-posts li a"), [
      "/ja-cooking/",
      "/gnn-intro/",
      "/attention/",
    ]);
    const $ = page("/gnn-ja/");
    assert.equal($('.related-posts a[href="/ja-cooking/"]').attr("lang"), "ja");
    assert.equal($('.related-posts a[href="/gnn-intro/"]').attr("lang"), "en");
  });

  test("older and newer posts follow the dates and skip the draft", () => {
    const expectations: Array<[string, string | undefined, string | undefined]> = [
      ["/gnn-intro/", undefined, "/gnn-practice/"],
      ["/gnn-practice/", "/gnn-intro/", "/graph-notes/"],
      ["/gnn-ja/", "/graph-notes/", "/attention/"],
      ["/ja-cooking/", "/attention/", undefined],
    ];
    for (const [post, older, newer] of expectations) {
      const $ = page(post);
      assert.equal($('.post-nav a[rel="prev"]').attr("href"), older, `${post} older`);
      assert.equal($('.post-nav a[rel="next"]').attr("href"), newer, `${post} newer`);
    }
    const $ = page("/gnn-intro/");
    // The arrow is hidden from screen readers, which read "Newer post Graph networks in practice".
    assert.equal($('.post-nav a[rel="next"]').text(), "Newer post → Graph networks in practice");
    assert.equal(fs.existsSync(path.join(site.publicFolder, "unfinished")), false);
  });

  test("a post with three or more headings has a table of contents, nested, math readable", () => {
    const $ = page("/gnn-intro/");
    const toc = $("article nav.toc");
    assert.equal(toc.attr("aria-label"), "Table of contents");
    assert.deepEqual(hrefs($, "nav.toc > ol > li > a"), [
      "#why-graphs",
      "#the-ell_1-penalty",
      "#results",
    ]);
    assert.deepEqual(hrefs($, "nav.toc ol ol a"), ["#message-passing"]);
    // The formula is typeset in the list as in the heading, not left as TeX between dollars.
    const mathLink = toc.find('a[href="#the-ell_1-penalty"]');
    assert.equal(mathLink.find(".katex").length, 1);
    assert.ok(!mathLink.text().includes("$"), mathLink.text());
    // The list comes after the post's header and before its text.
    assert.ok($("article > header + nav.toc + .post-body").length === 1);
  });

  test("every table of contents link points at a heading of its page", () => {
    for (const post of ["/gnn-intro/", "/gnn-ja/"]) {
      const $ = page(post);
      const links = hrefs($, "nav.toc a");
      assert.ok(links.length >= 3, post);
      for (const href of links) {
        const id = decodeURIComponent(href.slice(1));
        const target = $(".post-body").find(`[id="${id}"]`);
        assert.match(target.prop("tagName") ?? "", /^H[23]$/, `${post}: ${href} has no heading`);
      }
    }
    assert.deepEqual(hrefs(page("/gnn-ja/"), "nav.toc a"), ["#はじめに", "#グラフとは", "#まとめ"]);
  });

  test("posts with fewer than three headings have no table of contents", () => {
    for (const post of ["/gnn-practice/", "/attention/"]) {
      assert.equal(page(post)("nav.toc").length, 0, post);
      assert.ok(page(post)("article").hasClass("without-toc"), post);
    }
  });

  test("heading anchors are named after their heading", () => {
    const $ = page("/gnn-intro/");
    assert.deepEqual(
      $(".post-body a.anchor")
        .map((_, link) => $(link).attr("aria-label"))
        .get(),
      [
        "Link to this section: Why graphs",
        "Link to this section: Message passing",
        "Link to this section: The \\ell_1 penalty",
        "Link to this section: Results",
      ],
    );
    assert.equal(
      page("/gnn-ja/")(".post-body a.anchor").first().attr("aria-label"),
      "このセクションへのリンク: はじめに",
    );
  });

  test("the author is credited from the authors file, by name only when it has no entry", () => {
    const jane = page("/gnn-intro/")(".author-bio");
    assert.equal(jane.find(".author-name").text(), "Jane Doe");
    assert.ok(jane.text().includes("Writes about learning on graphs."));
    assert.equal(jane.find("a").attr("href"), "https://jane.example.org/");
    assert.equal(page("/graph-notes/")(".author-bio").text(), "Written by Kim Lee.");
    // Posts by the site's own author, which the file does not describe, get no byline.
    assert.equal(page("/gnn-practice/")(".author-bio").length, 0);
  });

  test("the added parts are out of search and in the post's language on a Japanese post", () => {
    const $ = page("/gnn-ja/");
    assert.equal($("html").attr("lang"), "ja");
    for (const selector of ["nav.toc", ".post-nav", ".related-posts"]) {
      assert.equal($(selector).attr("data-pagefind-ignore"), "", selector);
      assert.equal($(selector).attr("lang"), undefined, selector);
    }
    assert.equal($("nav.toc").attr("aria-label"), "目次");
    assert.equal($("#related-posts-heading").text(), "関連記事");
    assert.equal($(".post-nav, .related-posts, .author-bio").closest("article").length, 0);
  });

  test("the about page is built from content/pages, with typeset math", () => {
    const $ = page("/about/");
    assert.equal($("h1").text(), "About");
    assert.ok($(".post-body .katex").length > 0, "the about page's formula is not typeset");
    assert.equal($("title").text().startsWith("About |"), true, $("title").text());
  });

  test("the about page is in no post list, feed or count, but in the sitemap", () => {
    const read = (name: string) => fs.readFileSync(path.join(site.publicFolder, name), "utf8");
    const home = load(read("index.html"));
    const listed = hrefs(home, ".post-list h2 a");
    assert.equal(listed.length, 6, listed.join(" "));
    assert.ok(!listed.includes("/about/"));
    for (const feed of ["rss.xml", "feed.json"]) {
      assert.ok(!read(feed).includes("/about/"), `${feed} lists the about page`);
    }
    const feed = JSON.parse(read("feed.json")) as { items: unknown[] };
    assert.equal(feed.items.length, 6);
    assert.ok(read("sitemap.xml").includes("/about/</loc>"));
    // Not a post to any post page either.
    assert.ok(!hrefs(page("/gnn-intro/"), ".post-after a").includes("/about/"));
  });
});
