import assert from "node:assert/strict";
import { test } from "node:test";
import { absoluteUrl } from "../../../src/lib/head/absolute-url";
import { blogPostingJsonLd, serializeJsonLd, webSiteJsonLd } from "../../../src/lib/head/json-ld";
import { openGraphLocale } from "../../../src/lib/head/locale";

test("absoluteUrl joins the origin and a prefixed site path", () => {
  assert.equal(absoluteUrl("https://a.example", "/post/"), "https://a.example/post/");
  assert.equal(
    absoluteUrl("https://a.example/", "/blog/og/x.png"),
    "https://a.example/blog/og/x.png",
  );
});

test("openGraphLocale gives ll_CC for plain and regional tags", () => {
  assert.equal(openGraphLocale("en"), "en_US");
  assert.equal(openGraphLocale("ja"), "ja_JP");
  assert.equal(openGraphLocale("fr"), "fr_FR");
  assert.equal(openGraphLocale("pt-BR"), "pt_BR");
  assert.equal(openGraphLocale("en_gb"), "en_GB");
});

const post = {
  url: "https://a.example/p/",
  headline: 'Quotes "and" & </script><script>alert(1)</script>',
  description: null,
  imageUrl: "https://a.example/og/p.png",
  published: "2020-04-20T22:01:03.284Z",
  modified: null,
  authorName: "Ada",
  publisherName: "Notes",
  publisherUrl: "https://a.example/",
  lang: "en",
  keywords: ["graphs"],
};

test("BlogPosting JSON-LD has what search engines read, and no empty fields", () => {
  const data = blogPostingJsonLd(post);
  assert.equal(data["@type"], "BlogPosting");
  assert.equal(data.dateModified, post.published);
  assert.equal("description" in data, false);
  assert.deepEqual(data.image, [post.imageUrl]);
  assert.deepEqual(data.mainEntityOfPage, { "@type": "WebPage", "@id": post.url });
});

test("serialized JSON-LD cannot close its script element and parses back intact", () => {
  const text = serializeJsonLd(blogPostingJsonLd(post));
  assert.doesNotMatch(text, /<\/script/i);
  assert.equal((JSON.parse(text) as { headline: string }).headline, post.headline);
});

test("WebSite JSON-LD names the site", () => {
  const data = webSiteJsonLd({
    url: "https://a.example/",
    name: "N",
    description: "D",
    lang: "en",
  });
  assert.deepEqual(
    [data["@type"], data.name, data.url, data.inLanguage],
    ["WebSite", "N", "https://a.example/", "en"],
  );
});
