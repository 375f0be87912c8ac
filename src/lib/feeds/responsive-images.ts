import type { CheerioAPI } from "cheerio";

/** Attributes of the original image worth keeping when they say something. */
const KEPT_ATTRIBUTES = ["title", "width", "height"] as const;

/**
 * Turns each gatsby-remark-images wrapper into one plain `<img>`. The wrapper relies on inline
 * styles and a blurred placeholder layered under the picture; feed readers strip styles, so the
 * placeholder and the `<source>`s would show as extra images or empty boxes. The fallback `src`
 * is the size the site itself picks for browsers without `srcset`, so it suits a reader too.
 */
export function flattenResponsiveImages($: CheerioAPI): void {
  $(".gatsby-resp-image-wrapper").each((_, element) => {
    const wrapper = $(element);
    const marked = wrapper.find("img.gatsby-resp-image-image").first();
    const original = marked.length > 0 ? marked : wrapper.find("img").first();
    const src = original.attr("src");
    // Without a source there is nothing to flatten to; leaving the markup loses less.
    if (src === undefined || src.trim() === "") return;

    const image = $("<img>");
    image.attr("src", src);
    // An empty alt still matters: it marks the image as decorative.
    image.attr("alt", original.attr("alt") ?? "");
    for (const name of KEPT_ATTRIBUTES) {
      const value = original.attr(name);
      if (value !== undefined && value.trim() !== "") image.attr(name, value);
    }
    wrapper.replaceWith(image);
  });
}
