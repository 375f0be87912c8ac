import { postMarkdown, type FixturePost } from "./fixture-site";

/**
 * A post moved in from an old blog, with the raw HTML such posts carry: iframes of three sites,
 * a tweet's embed code, a `<details>` block, inline elements and a local video. Shared by the
 * build test (which reads its HTML and `_headers`) and the browser test (which clicks it).
 */

export const EMBEDS_SLUG = "/old-blog-embeds/";
export const EMBEDS_TITLE = "Moved in from the old blog";

export const YOUTUBE_SRC = "https://www.youtube.com/embed/dQw4w9WgXcQ";
export const VIMEO_SRC = "https://player.vimeo.com/video/76979871";
export const MAP_SRC = "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3000";

/** The origins `frame-src` must list, and no other. */
export const EMBED_ORIGINS = [
  "https://player.vimeo.com",
  "https://www.google.com",
  "https://www.youtube.com",
];

export const TWEET_URL = "https://twitter.com/janedoe/status/1253000000000000000";

/** A few bytes named like a video: the build only copies and links it. */
const VIDEO_BYTES = Buffer.from("not really a video");

const body = `An old post with raw HTML. Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; water is H<sub>2</sub>O and
the area is πr<sup>2</sup>; <mark>this matters</mark>; a <abbr title="graphics processing unit">GPU</abbr>;
<ins>added</ins> and <del>removed</del> words.<br>A second line.

## A talk

<iframe width="560" height="315" src="${YOUTUBE_SRC}" title="A talk on representation learning" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>

## Another talk

<iframe src="${VIMEO_SRC}" width="640" height="360" frameborder="0" allow="autoplay; fullscreen" allowfullscreen></iframe>

## Where it was

<iframe src="${MAP_SRC}" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade" title="Map of the venue"></iframe>

## What people said

<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Embeddings of everything, and a <a href="https://t.co/AbC123">link</a> to the slides</p>&mdash; Jane Doe (@janedoe) <a href="${TWEET_URL}?ref_src=twsrc%5Etfw">April 22, 2020</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>

## The details

<details>
<summary>Show the derivation</summary>

The loss is **the negative log-likelihood** of the right answer.

</details>

<video controls width="640" height="360" src="clip.mp4"></video>
`;

export const EMBEDS_POST: FixturePost = {
  folder: "old-blog-embeds",
  markdown: postMarkdown(
    {
      title: EMBEDS_TITLE,
      date: "2020-04-22",
      description: "Raw HTML as old posts wrote it.",
      tags: ["en"],
    },
    body,
  ),
  files: { "clip.mp4": VIDEO_BYTES },
};
