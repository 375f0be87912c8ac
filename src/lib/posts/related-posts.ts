import { textTerms } from "./text-terms";

/** What related posts are chosen from. */
export interface RelatedCandidate {
  slug: string;
  lang: string;
  tags: readonly string[];
  /** Title, description and prose of the post (see `markdownProse`). */
  text: string;
  /** Publication time in milliseconds: among equals, newer posts come first. */
  time: number;
}

export interface RelatedOptions {
  /** How many related posts each post gets (fewer when there are fewer other posts). */
  count?: number;
  /**
   * Each post is compared on its most distinctive terms only. It keeps the comparison of a
   * thousand posts fast, and a post's rarest words say more about it than its common ones.
   */
  termsPerPost?: number;
}

const DEFAULT_COUNT = 3;
const DEFAULT_TERMS_PER_POST = 64;
/** The title names the subject; it counts as much as this many mentions in the text. */
const TITLE_WEIGHT = 3;

interface Indexed {
  slug: string;
  lang: string;
  time: number;
  /** Term ids of the post's kept terms, and their weights (the vector has length 1). */
  terms: Int32Array;
  weights: Float64Array;
  topics: string[];
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Tags that name the post's language say nothing about its subject; same-language posts are
 * already preferred.
 */
function topicTags(post: RelatedCandidate): string[] {
  const lang = post.lang.toLowerCase();
  const tags = post.tags.map((tag) => tag.trim().toLowerCase());
  return [...new Set(tags)].filter((tag) => tag !== "" && tag !== lang).sort(byCodeUnit);
}

function termCounts(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * TF-IDF vectors, cut to each post's strongest terms and normalised. A term found in every post
 * weighs nothing, since it cannot tell any two apart.
 */
function indexPosts(posts: readonly RelatedCandidate[], termsPerPost: number): Indexed[] {
  const counts = posts.map((post) => termCounts(textTerms(post.text)));
  const documentFrequency = new Map<string, number>();
  for (const postCounts of counts) {
    for (const term of postCounts.keys()) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
    }
  }
  const termIds = new Map<string, number>();
  return posts.map((post, index) => {
    const weighted: Array<[string, number]> = [];
    for (const [term, count] of counts[index] ?? []) {
      const frequency = documentFrequency.get(term) ?? 1;
      const weight = (1 + Math.log(count)) * Math.log((1 + posts.length) / (1 + frequency));
      if (weight > 0) weighted.push([term, weight]);
    }
    weighted.sort((a, b) => b[1] - a[1] || byCodeUnit(a[0], b[0]));
    const kept = weighted.slice(0, termsPerPost);
    const norm = Math.hypot(...kept.map(([, weight]) => weight)) || 1;
    return {
      slug: post.slug,
      lang: post.lang,
      time: post.time,
      terms: Int32Array.from(kept, ([term]) => {
        const known = termIds.get(term);
        if (known !== undefined) return known;
        termIds.set(term, termIds.size);
        return termIds.size - 1;
      }),
      weights: Float64Array.from(kept, ([, weight]) => weight / norm),
      topics: topicTags(post),
    };
  });
}

/** For each term (or tag), the posts that have it, with its weight in each. */
class InvertedIndex<K> {
  private readonly postings = new Map<K, { posts: number[]; weights: number[] }>();

  add(key: K, post: number, weight: number): void {
    let entry = this.postings.get(key);
    if (entry === undefined) {
      entry = { posts: [], weights: [] };
      this.postings.set(key, entry);
    }
    entry.posts.push(post);
    entry.weights.push(weight);
  }

  /** Adds `weight × (the other post's weight)` to `sums` for every post that has `key`. */
  accumulate(key: K, weight: number, sums: Float64Array): void {
    const entry = this.postings.get(key);
    if (entry === undefined) return;
    for (let index = 0; index < entry.posts.length; index += 1) {
      const post = entry.posts[index] as number;
      sums[post] = (sums[post] ?? 0) + weight * (entry.weights[index] as number);
    }
  }
}

/**
 * Up to `count` related posts for every post, by slug: posts in the same language first, then
 * those sharing more tags, then those with more similar text (cosine of TF-IDF vectors), then the
 * newer, then by slug, so that every build chooses the same posts in the same order. A post is
 * never related to itself. Comparing every pair grows with the square of the number of posts,
 * but only over typed arrays; a thousand posts of 1,200 words take about a second on a small
 * machine, most of it spent reading their words (tests/unit/posts/related-posts-scale.test.ts).
 */
export function relatedPosts(
  candidates: readonly RelatedCandidate[],
  options: RelatedOptions = {},
): Map<string, string[]> {
  const count = options.count ?? DEFAULT_COUNT;
  const posts = [...candidates].sort((a, b) => byCodeUnit(a.slug, b.slug));
  const indexed = indexPosts(posts, options.termsPerPost ?? DEFAULT_TERMS_PER_POST);

  const words = new InvertedIndex<number>();
  const tags = new InvertedIndex<string>();
  indexed.forEach((post, index) => {
    post.terms.forEach((term, position) => words.add(term, index, post.weights[position] ?? 0));
    for (const tag of post.topics) tags.add(tag, index, 1);
  });

  // Typed arrays, so that comparing a million pairs reads numbers rather than objects.
  const languageIds = new Map<string, number>();
  const languages = Int32Array.from(indexed, (post) => {
    if (!languageIds.has(post.lang)) languageIds.set(post.lang, languageIds.size);
    return languageIds.get(post.lang) as number;
  });
  const times = Float64Array.from(indexed, (post) => post.time);
  const similarity = new Float64Array(indexed.length);
  const sharedTags = new Float64Array(indexed.length);
  const result = new Map<string, string[]>();
  indexed.forEach((post, self) => {
    similarity.fill(0);
    sharedTags.fill(0);
    post.terms.forEach((term, position) =>
      words.accumulate(term, post.weights[position] ?? 0, similarity),
    );
    for (const tag of post.topics) tags.accumulate(tag, 1, sharedTags);

    const language = languages[self];
    /** Whether post `a` ranks above post `b`. Posts are in slug order, so indices break ties. */
    const above = (a: number, b: number): boolean => {
      const sameA = languages[a] === language;
      if (sameA !== (languages[b] === language)) return sameA;
      const tagsA = sharedTags[a] as number;
      const tagsB = sharedTags[b] as number;
      if (tagsA !== tagsB) return tagsA > tagsB;
      const textA = similarity[a] as number;
      const textB = similarity[b] as number;
      if (textA !== textB) return textA > textB;
      const timeA = times[a] as number;
      const timeB = times[b] as number;
      return timeA !== timeB ? timeA > timeB : a < b;
    };
    const best: number[] = [];
    for (let other = 0; other < indexed.length; other += 1) {
      if (other === self) continue;
      let position = best.length;
      while (position > 0 && above(other, best[position - 1] as number)) position -= 1;
      if (position < count) {
        best.splice(position, 0, other);
        if (best.length > count) best.pop();
      }
    }
    result.set(
      post.slug,
      best.map((other) => (indexed[other] as Indexed).slug),
    );
  });
  return result;
}

/** The text a post is compared on: its title (which counts more), description and prose. */
export function comparableText(title: string, description: string | null, prose: string): string {
  return [...Array<string>(TITLE_WEIGHT).fill(title), description ?? "", prose].join("\n");
}
