import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { relatedPosts, type RelatedCandidate } from "../../../src/lib/posts/related-posts";

const DAY = 24 * 60 * 60 * 1000;

function post(slug: string, fields: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return { slug, lang: "en", tags: [], text: "", time: 0, ...fields };
}

/** Posts on unrelated subjects, so that words shared by a few posts are rare enough to count. */
const BACKGROUND = [
  post("/sourdough/", { text: "Sourdough bread needs flour, water, salt and a lively starter." }),
  post("/bicycles/", { text: "Derailleur gears shift a bicycle chain across cassette sprockets." }),
  post("/tides/", { text: "Tides follow the moon; harbours publish tables of high water." }),
];

const GRAPH_TEXT =
  "Graph neural networks pass messages between neighbouring nodes; message passing layers " +
  "aggregate neighbour embeddings.";

describe("relatedPosts", () => {
  test("a shared tag outranks similar text", () => {
    const related = relatedPosts([
      post("/gnn/", { tags: ["en", "graphs"], text: GRAPH_TEXT }),
      post("/gnn-again/", { text: `${GRAPH_TEXT} More on message passing over graph nodes.` }),
      post("/graph-drawing/", { tags: ["graphs"], text: "Drawing a graph by hand with a pencil." }),
      ...BACKGROUND,
    ]);
    assert.deepEqual(related.get("/gnn/")?.slice(0, 2), ["/graph-drawing/", "/gnn-again/"]);
  });

  test("similar text ranks a post above unrelated ones when no tags are shared", () => {
    const related = relatedPosts([
      post("/gnn/", { text: GRAPH_TEXT }),
      post("/gnn-again/", { text: `Message passing: graph neural networks and their nodes.` }),
      ...BACKGROUND,
    ]);
    assert.equal(related.get("/gnn/")?.[0], "/gnn-again/");
    assert.equal(related.get("/gnn-again/")?.[0], "/gnn/");
  });

  test("posts in the same language come before posts sharing tags and text in another", () => {
    const related = relatedPosts([
      post("/gnn/", { tags: ["graphs", "deep-learning"], text: GRAPH_TEXT }),
      post("/gnn-ja/", { lang: "ja", tags: ["graphs", "deep-learning"], text: GRAPH_TEXT }),
      post("/sourdough/", { text: "Sourdough bread needs flour, water and a starter." }),
    ]);
    assert.deepEqual(related.get("/gnn/"), ["/sourdough/", "/gnn-ja/"]);
    // Japanese posts are compared on two-character pieces, so shared Japanese words count.
    const japanese = relatedPosts([
      post("/a/", { lang: "ja", text: "グラフニューラルネットワークの表現学習について" }),
      post("/b/", { lang: "ja", text: "パンの焼き方と小麦粉の選び方" }),
      post("/c/", { lang: "ja", text: "表現学習とグラフニューラルネットワークの基礎" }),
      post("/d/", { lang: "ja", text: "潮の満ち引きと月の関係" }),
    ]);
    assert.equal(japanese.get("/a/")?.[0], "/c/");
  });

  test("a language tag is not a shared topic", () => {
    const related = relatedPosts([
      post("/one/", { tags: ["en", "graphs"], time: 0 }),
      // Shares only `en`, which is the language of both; newer, so it would win a tie.
      post("/two/", { tags: ["en"], time: 2 * DAY }),
      post("/three/", { tags: ["graphs"], time: DAY }),
    ]);
    assert.deepEqual(related.get("/one/"), ["/three/", "/two/"]);
  });

  test("never lists a post as related to itself, even among identical posts", () => {
    const twins = ["/a/", "/b/", "/c/", "/d/", "/e/"].map((slug) =>
      post(slug, { tags: ["graphs"], text: GRAPH_TEXT }),
    );
    const related = relatedPosts(twins);
    for (const { slug } of twins) {
      const chosen = related.get(slug) ?? [];
      assert.equal(chosen.length, 3, slug);
      assert.ok(!chosen.includes(slug), `${slug} is related to itself`);
      assert.equal(new Set(chosen).size, 3, `${slug} lists a post twice`);
    }
  });

  test("breaks ties by date (newer first), then by slug, whatever the input order", () => {
    const posts = [
      post("/base/", { tags: ["graphs"], text: GRAPH_TEXT, time: 0 }),
      post("/old/", { tags: ["graphs"], text: GRAPH_TEXT, time: DAY }),
      post("/new-b/", { tags: ["graphs"], text: GRAPH_TEXT, time: 3 * DAY }),
      post("/new-a/", { tags: ["graphs"], text: GRAPH_TEXT, time: 3 * DAY }),
      post("/older/", { tags: ["graphs"], text: GRAPH_TEXT, time: 0 }),
    ];
    const expected = ["/new-a/", "/new-b/", "/old/"];
    assert.deepEqual(relatedPosts(posts).get("/base/"), expected);
    const reversed = relatedPosts([...posts].reverse());
    assert.deepEqual(reversed.get("/base/"), expected);
    assert.deepEqual(
      Object.fromEntries(reversed),
      Object.fromEntries(relatedPosts(posts)),
      "the input order changed a choice",
    );
  });

  test("gives every other post when there are fewer than three", () => {
    assert.deepEqual(Object.fromEntries(relatedPosts([post("/only/")])), { "/only/": [] });
    const two = relatedPosts([post("/a/", { time: 0 }), post("/b/", { time: DAY })]);
    assert.deepEqual(Object.fromEntries(two), { "/a/": ["/b/"], "/b/": ["/a/"] });
    assert.deepEqual(Object.fromEntries(relatedPosts([])), {});
  });

  test("the count can be changed", () => {
    const posts = ["/a/", "/b/", "/c/", "/d/"].map((slug) => post(slug));
    assert.equal(relatedPosts(posts, { count: 1 }).get("/a/")?.length, 1);
  });
});
