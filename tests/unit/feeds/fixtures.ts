import katex from "katex";
import type { FeedPost, FeedSite } from "../../../src/lib/feeds/types";

/** A site served under a path prefix, the case where naive URL joining goes wrong. */
export const prefixedSite: FeedSite = {
  title: "Technical Notes",
  description: "Notes on machine learning & software",
  homeUrl: "https://user.github.io/blog/",
  rssUrl: "https://user.github.io/blog/rss.xml",
  jsonFeedUrl: "https://user.github.io/blog/feed.json",
  lang: "en",
  author: "Technical Notes authors",
};

/** Real KaTeX output, so the tests follow whatever markup the installed KaTeX produces. */
export const inlineMath = katex.renderToString("x^2 < \\frac{a}{b}", { output: "htmlAndMathml" });
export const displayMath = katex.renderToString("E = mc^2", {
  displayMode: true,
  output: "htmlAndMathml",
});

/** The markup gatsby-remark-images writes for one image, as found in this site's build. */
export function responsiveImage(alt: string, extra = ""): string {
  return `<span
      class="gatsby-resp-image-wrapper"
      style="position: relative; display: block; margin-left: auto; margin-right: auto; max-width: 720px; "
    >
      <span
    class="gatsby-resp-image-background-image"
    style="padding-bottom: 59.4%; position: relative; background-image: url('data:image/png;base64,iVBORw0KGgo='); display: block;"
  ></span>
  <picture>
          <source
              srcset="/blog/static/abc/a3012/chart.webp 360w,
/blog/static/abc/bc514/chart.webp 720w"
              sizes="(max-width: 720px) 100vw, 720px"
              type="image/webp"
            />
          <source
            srcset="/blog/static/abc/f21e7/chart.png 360w,
/blog/static/abc/37523/chart.png 720w"
            sizes="(max-width: 720px) 100vw, 720px"
            type="image/png"
          />
          <img
            class="gatsby-resp-image-image"
            src="/blog/static/abc/37523/chart.png"
            alt="${alt}"
            title=""
            loading="lazy"
            decoding="async"
            ${extra}
            style="width:100%;height:100%;margin:0;vertical-align:middle;position:absolute;top:0;left:0;"
          />
        </picture>
    </span>`;
}

export function post(overrides: Partial<FeedPost> = {}): FeedPost {
  return {
    title: "A post",
    url: "https://user.github.io/blog/a-post/",
    published: "2024-01-10T09:00:00.000Z",
    updated: null,
    description: "What the post is about.",
    html: "<p>Body.</p>",
    tags: [],
    lang: "en",
    ...overrides,
  };
}
