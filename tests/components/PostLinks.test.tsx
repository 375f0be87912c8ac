import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { AuthorBio } from "../../src/components/AuthorBio";
import { PostNavigation } from "../../src/components/PostNavigation";
import { RelatedPosts } from "../../src/components/RelatedPosts";

test("older and newer posts are labelled links with their titles in their language", () => {
  const $ = load(
    renderToStaticMarkup(
      <PostNavigation
        older={{ slug: "/old/", title: "An old post", lang: "en" }}
        newer={{ slug: "/new/", title: "新しい記事", lang: "ja" }}
        lang="en"
      />,
    ),
  );
  assert.equal($("nav").attr("aria-label"), "Older and newer posts");
  assert.equal($("nav").attr("data-pagefind-ignore"), "");
  const older = $('a[rel="prev"]');
  assert.equal(older.attr("href"), "/old/");
  assert.equal(older.text(), "← Older post An old post");
  const newer = $('a[rel="next"]');
  assert.equal(newer.attr("href"), "/new/");
  assert.equal(newer.find('[lang="ja"]').text(), "新しい記事");
});

test("the first and last posts link one way only; a lone post has no navigation", () => {
  const first = renderToStaticMarkup(
    <PostNavigation older={null} newer={{ slug: "/b/", title: "B", lang: "en" }} lang="en" />,
  );
  assert.equal(load(first)("a").length, 1);
  assert.equal(renderToStaticMarkup(<PostNavigation older={null} newer={null} lang="en" />), "");
});

test("related posts are a titled list of links with dates", () => {
  const $ = load(
    renderToStaticMarkup(
      <RelatedPosts
        posts={[
          { slug: "/a/", title: "A", lang: "en", date: "2021-01-02", dateText: "January 2, 2021" },
          { slug: "/b/", title: "ビー", lang: "ja", date: "2021-03-04", dateText: "March 4, 2021" },
        ]}
        lang="en"
      />,
    ),
  );
  assert.equal($("section").attr("aria-labelledby"), "related-posts-heading");
  assert.equal($("#related-posts-heading").text(), "Related posts");
  assert.deepEqual(
    $("li a")
      .map((_, link) => `${$(link).attr("href")} ${$(link).attr("lang")} ${$(link).text()}`)
      .get(),
    ["/a/ en A", "/b/ ja ビー"],
  );
  assert.equal($("time").first().attr("datetime"), "2021-01-02");
  assert.equal(renderToStaticMarkup(<RelatedPosts posts={[]} lang="en" />), "");
});

test("the author bio shows what the authors file gives, and nothing else", () => {
  const full = load(
    renderToStaticMarkup(
      <AuthorBio
        author={{ name: "Jane Doe", bio: "Writes about compilers.", url: "https://jane.example/" }}
        lang="en"
      />,
    ),
  );
  assert.equal(full("h2").text(), "About the author");
  assert.equal(full(".author-name").text(), "Jane Doe");
  assert.ok(full("p").text().includes("Writes about compilers."));
  assert.equal(full("a").attr("href"), "https://jane.example/");

  const nameOnly = load(
    renderToStaticMarkup(<AuthorBio author={{ name: "Kim", bio: null, url: null }} lang="en" />),
  );
  assert.equal(nameOnly.root().text(), "Written by Kim.");
  assert.equal(nameOnly("h2").length, 0);
  assert.equal(renderToStaticMarkup(<AuthorBio author={null} lang="en" />), "");
});
