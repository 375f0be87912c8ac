import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { RecentPosts } from "../../src/components/RecentPosts";

test("lists each post as a link with its date, in the post's language", () => {
  const $ = load(
    renderToStaticMarkup(
      <RecentPosts
        posts={[
          {
            slug: "/b/",
            title: "知識蒸留",
            date: "2021-07-01",
            dateText: "July 1, 2021",
            lang: "ja",
          },
          {
            slug: "/a/",
            title: "A <post>",
            date: "2020-04-20",
            dateText: "April 20, 2020",
            lang: "en",
          },
        ]}
      />,
    ),
  );
  const items = $("ol.recent-posts > li");
  assert.deepEqual(
    items
      .map((_, item) => [
        [$(item).attr("lang"), $(item).find("a").attr("href"), $(item).find("a").text()],
      ])
      .get(),
    [
      ["ja", "/b/", "知識蒸留"],
      ["en", "/a/", "A <post>"],
    ],
  );
  assert.equal(items.eq(1).find("time").attr("datetime"), "2020-04-20");
  assert.equal(items.eq(1).find("time").text(), "April 20, 2020");
});

test("says so when nothing is published", () => {
  const $ = load(renderToStaticMarkup(<RecentPosts posts={[]} />));
  assert.equal($("ol").length, 0);
  assert.equal($("p").text(), "Nothing has been published yet.");
});
