/** The archive: every post, grouped by the year it was published. */

import { parsePostDate } from "../posts/dates";

export interface YearOfPosts<T> {
  year: number;
  posts: T[];
}

/**
 * Posts grouped by their year in UTC (as their dates are shown), newest year first and newest
 * post first within a year; posts with the same date keep the order they were given in.
 * Posts whose date cannot be read are left out: the content check has reported them.
 */
export function groupByYear<T extends { date: string }>(
  posts: readonly T[],
): Array<YearOfPosts<T>> {
  const dated = posts
    .map((post, index) => ({ post, index, time: parsePostDate(post.date)?.getTime() ?? null }))
    .filter((entry): entry is { post: T; index: number; time: number } => entry.time !== null)
    .sort((a, b) => b.time - a.time || a.index - b.index);
  const years: Array<YearOfPosts<T>> = [];
  for (const { post, time } of dated) {
    const year = new Date(time).getUTCFullYear();
    const last = years.at(-1);
    if (last?.year === year) last.posts.push(post);
    else years.push({ year, posts: [post] });
  }
  return years;
}
