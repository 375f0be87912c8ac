import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { PostMeta } from "../../src/components/PostMeta";

test("shows the readable date inside <time datetime> and each tag", () => {
  const $ = load(
    renderToStaticMarkup(
      <PostMeta
        date="2020-04-20T22:01:03.284Z"
        dateText="April 20, 2020"
        tags={["en", "graphs"]}
      />,
    ),
  );
  assert.equal($("time").attr("datetime"), "2020-04-20T22:01:03.284Z");
  assert.equal($("time").text(), "April 20, 2020");
  assert.deepEqual(
    $(".tag")
      .map((_, tag) => $(tag).text())
      .get(),
    ["en", "graphs"],
  );
  assert.equal($("ul").attr("aria-label"), "Tags");
});

test("renders no empty tag list for a post without tags", () => {
  const $ = load(
    renderToStaticMarkup(<PostMeta date="2021-01-01" dateText="January 1, 2021" tags={[]} />),
  );
  assert.equal($("ul").length, 0);
  assert.equal($("time").length, 1);
});
