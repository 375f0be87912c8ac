import assert from "node:assert/strict";
import { test } from "node:test";
import { postPageContexts, type PostSummary } from "../../../src/gatsby/post-pages";
import { mulberry32 } from "../../../src/lib/drawing/seeded-random";
import { relatedPosts } from "../../../src/lib/posts/related-posts";

const POSTS = 1000;
const WORDS_PER_POST = 1200;
const VOCABULARY = 20_000;
const TOPICS = 40;
const WORDS_PER_TOPIC = 25;

/**
 * A thousand posts of Zipf-distributed filler words, each on two of forty topics (which set both
 * its tags and some of its words), a fifth of them in Japanese. The numbers are printed, not
 * asserted: timings depend on the machine.
 */
function syntheticPosts(): PostSummary[] {
  const random = mulberry32(20240501);
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= VOCABULARY; rank += 1) {
    total += 1 / rank;
    cumulative.push(total);
  }
  const zipfWord = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return `word${low}`;
  };
  return Array.from({ length: POSTS }, (_, index) => {
    const topics = [Math.floor(random() * TOPICS), Math.floor(random() * TOPICS)];
    const words: string[] = [];
    for (let position = 0; position < WORDS_PER_POST; position += 1) {
      const topic = topics[position % 2] ?? 0;
      words.push(
        random() < 0.1 ? `topic${topic}term${Math.floor(random() * WORDS_PER_TOPIC)}` : zipfWord(),
      );
    }
    const day = String((index % 28) + 1).padStart(2, "0");
    const month = String((Math.floor(index / 28) % 12) + 1).padStart(2, "0");
    return {
      slug: `/post-${String(index).padStart(4, "0")}/`,
      lang: index % 5 === 0 ? "ja" : "en",
      title: `Post ${index} on topic ${topics[0]}`,
      date: `${2000 + Math.floor(index / 336)}-${month}-${day}`,
      dateText: "",
      description: null,
      tags: topics.map((topic) => `topic-${topic}`),
      author: null,
      attributionAuthor: null,
      markdown: words.join(" "),
    };
  });
}

test("a thousand posts: every post gets three related posts, none itself", (t) => {
  const posts = syntheticPosts();

  let started = performance.now();
  const related = relatedPosts(
    posts.map((post, index) => ({
      slug: post.slug,
      lang: post.lang,
      tags: post.tags,
      text: post.markdown,
      time: index,
    })),
  );
  const relatedMs = performance.now() - started;

  started = performance.now();
  const contexts = postPageContexts(posts, new Map(), "Site author");
  const contextsMs = performance.now() - started;

  t.diagnostic(`related posts for ${POSTS} posts: ${Math.round(relatedMs)} ms`);
  t.diagnostic(
    `whole post-page contexts (neighbours, related, authors): ${Math.round(contextsMs)} ms`,
  );

  assert.equal(related.size, POSTS);
  for (const [slug, chosen] of related) {
    assert.equal(chosen.length, 3, slug);
    assert.ok(!chosen.includes(slug), slug);
  }
  // Topics drive both tags and words, so a post's first related post shares a topic with it.
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  for (const context of contexts) {
    const own = new Set(bySlug.get(context.slug)?.tags);
    const first = bySlug.get(context.related[0]?.slug ?? "");
    assert.ok(
      first?.tags.some((tag) => own.has(tag)),
      `${context.slug}: ${first?.slug}`,
    );
  }
});
