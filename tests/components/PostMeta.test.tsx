import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import { renderToStaticMarkup } from "react-dom/server";
import { PostMeta } from "../../src/components/PostMeta";

test("shows the readable date inside <time datetime>, the reading time and each tag", () => {
  const $ = load(
    renderToStaticMarkup(
      <PostMeta
        date="2020-04-20T22:01:03.284Z"
        dateText="April 20, 2020"
        tags={["en", "graphs"]}
        readingTime={5}
        lang="en"
      />,
    ),
  );
  assert.equal($("time").attr("datetime"), "2020-04-20T22:01:03.284Z");
  assert.equal($("time").text(), "April 20, 2020");
  assert.equal($("time").attr("lang"), undefined);
  assert.equal($(".reading-time").text(), "5 min read");
  assert.deepEqual(
    $(".tag")
      .map((_, tag) => $(tag).text())
      .get(),
    ["en", "graphs"],
  );
  assert.equal($("ul").attr("aria-label"), "Tags");
});

test("links every tag to its page", () => {
  const $ = load(
    renderToStaticMarkup(
      <PostMeta
        date="2021-01-01"
        dateText="January 1, 2021"
        tags={["Deep Learning", "深層学習", "C++"]}
      />,
    ),
  );
  assert.deepEqual(
    $(".tag a")
      .map((_, link) => [[$(link).text(), $(link).attr("href")]])
      .get(),
    [
      ["Deep Learning", "/tags/deep-learning/"],
      ["深層学習", "/tags/深層学習/"],
      ["C++", "/tags/c-plus-plus/"],
    ],
  );
});

test("a Japanese post says its reading time in Japanese, next to its Japanese date", () => {
  const $ = load(
    renderToStaticMarkup(
      <PostMeta
        date="2021-05-06"
        dateText="2021年5月6日"
        tags={["ja"]}
        readingTime={3}
        lang="ja"
      />,
    ),
  );
  assert.equal($(".reading-time").text(), "3分で読めます");
  assert.equal($("time").attr("lang"), undefined);
  assert.equal($("ul").attr("aria-label"), "タグ");
});

test("renders no empty tag list for a post without tags, and no reading time without one", () => {
  const $ = load(
    renderToStaticMarkup(<PostMeta date="2021-01-01" dateText="January 1, 2021" tags={[]} />),
  );
  assert.equal($("ul").length, 0);
  assert.equal($("time").length, 1);
  assert.equal($(".reading-time").length, 0);
});

test("a tag that cannot have a page is shown without a link", () => {
  const $ = load(
    renderToStaticMarkup(<PostMeta date="2021-01-01" dateText="January 1, 2021" tags={["!?"]} />),
  );
  assert.equal($(".tag").text(), "!?");
  assert.equal($(".tag a").length, 0);
});

test("an update is shown in the post's language, around its own <time>", () => {
  const $ = load(
    renderToStaticMarkup(
      <PostMeta
        date="2021-05-06"
        dateText="6 mai 2021"
        updated="2021-06-01"
        updatedText="1 juin 2021"
        tags={[]}
        lang="fr"
      />,
    ),
  );
  assert.equal($(".post-updated").text(), "Mis à jour le 1 juin 2021");
  assert.equal($(".post-updated time").attr("datetime"), "2021-06-01");
  const none = load(renderToStaticMarkup(<PostMeta date="2021-05-06" dateText="x" tags={[]} />));
  assert.equal(none(".post-updated").length, 0);
});
