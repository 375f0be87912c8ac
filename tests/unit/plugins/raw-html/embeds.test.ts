import assert from "node:assert/strict";
import { test } from "node:test";
import { load } from "cheerio";
import gatsbyRemarkRawHtml from "../../../../plugins/gatsby-remark-raw-html";
import { FRAME_ATTRIBUTES } from "../../../../src/browser/embeds";
import { renderMarkdown } from "../../../support/markdown-html";

/** A post body as the site publishes it, after this plugin alone. */
function publish(markdown: string) {
  const html = renderMarkdown(markdown, (tree) => gatsbyRemarkRawHtml({ markdownAST: tree }));
  return { html, $: load(html, null, false) };
}

const YOUTUBE =
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?start=42" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; encrypted-media; picture-in-picture" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>';
const VIMEO =
  '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e" width="640" height="360" frameborder="0" allow="autoplay; fullscreen" allowfullscreen title="The New Vimeo Player"></iframe>';
const MAP =
  '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="600" height="450" style="border:0;" allowfullscreen="" loading="lazy" referrerpolicy="no-referrer-when-downgrade"></iframe>';
const TWEET =
  '<blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Sunsets &amp; embeddings<br>all day <a href="https://t.co/AbC123">pic.twitter.com/AbC123</a></p>&mdash; Jane Doe (@janedoe) <a href="https://twitter.com/janedoe/status/1253000000000000000?ref_src=twsrc%5Etfw">April 22, 2020</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

test("a YouTube iframe becomes a 16:9 placeholder that loads nothing, with a link to the video", () => {
  const { $ } = publish(YOUTUBE);
  assert.equal($("iframe").length, 0);
  const embed = $("figure.embed");
  assert.equal(embed.length, 1);
  assert.equal(embed.attr("data-embed-src"), "https://www.youtube.com/embed/dQw4w9WgXcQ?start=42");
  // YouTube's own title names no video; the one made from the site does, a little.
  assert.equal(embed.attr("data-embed-title"), "Embedded video from youtube.com");
  assert.equal(embed.attr("data-embed-loading"), "lazy");
  assert.equal(
    embed.attr("data-embed-allow"),
    "accelerometer; autoplay; encrypted-media; picture-in-picture",
  );
  assert.equal(embed.attr("data-embed-allowfullscreen"), "");
  assert.equal(embed.attr("data-embed-referrerpolicy"), "strict-origin-when-cross-origin");
  assert.equal(embed.find(".embed-frame").attr("style"), "aspect-ratio: 560 / 315");
  const button = embed.find("button.embed-load");
  assert.equal(button.text(), "Load the video from youtube.com");
  assert.equal(button.attr("type"), "button");
  assert.ok(button.is("[hidden]"), "the button only works with the script, which reveals it");
  const link = embed.find("a.embed-link");
  assert.equal(link.attr("href"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s");
  assert.equal(link.text(), "Open the video on youtube.com");
  assert.equal(embed.find("figcaption").length, 0);
  assert.ok(embed.find(".embed-placeholder").is("[data-pagefind-ignore]"));
  // No attribute of the frame is one the browser script would not copy.
  const copied = Object.keys(embed.attr() ?? {})
    .filter((name) => name.startsWith("data-embed-"))
    .map((name) => name.slice("data-embed-".length));
  assert.deepEqual(
    copied.filter((name) => !(FRAME_ATTRIBUTES as readonly string[]).includes(name)),
    [],
  );
});

test("a Vimeo iframe keeps its title as a caption and links to the video's page", () => {
  const { $ } = publish(VIMEO);
  const embed = $("figure.embed");
  assert.equal(
    embed.attr("data-embed-src"),
    "https://player.vimeo.com/video/76979871?h=8272103f6e",
  );
  assert.equal(embed.attr("data-embed-title"), "The New Vimeo Player");
  assert.equal(embed.find("figcaption.embed-caption").text(), "The New Vimeo Player");
  assert.equal(embed.find("a.embed-link").attr("href"), "https://vimeo.com/76979871");
  assert.equal(embed.find(".embed-frame").attr("style"), "aspect-ratio: 640 / 360");
});

test("a Google Maps iframe is a map, its style and own loading dropped", () => {
  const { $, html } = publish(MAP);
  const embed = $("figure.embed.embed-map");
  assert.equal(embed.find("button").text(), "Load the map from google.com");
  assert.equal(embed.attr("data-embed-title"), "Embedded map from google.com");
  assert.equal(embed.attr("data-embed-referrerpolicy"), "no-referrer-when-downgrade");
  assert.equal(embed.find(".embed-frame").attr("style"), "aspect-ratio: 600 / 450");
  assert.doesNotMatch(html, /border:0/);
});

test("frames without numeric sizes are 16:9, and a fixed height stays fixed", () => {
  const { $ } = publish(
    '<iframe src="//codepen.io/jane/embed/abcde?default-tab=result" width="100%" title="A pen"></iframe>\n\n' +
      '<iframe src="http://open.spotify.com/embed/track/123" width="100%" height="152" title="A song"></iframe>',
  );
  const [pen, song] = $("figure.embed")
    .toArray()
    .map((element) => $(element));
  assert.equal(
    pen?.attr("data-embed-src"),
    "https://codepen.io/jane/embed/abcde?default-tab=result",
  );
  assert.equal(pen?.find(".embed-frame").attr("style"), undefined);
  assert.equal(pen?.find("a.embed-link").attr("href"), "https://codepen.io/jane/pen/abcde");
  assert.equal(song?.attr("data-embed-src"), "https://open.spotify.com/embed/track/123");
  assert.equal(song?.find(".embed-frame").attr("style"), "height: 152px");
  assert.equal(song?.find("button").text(), "Load the audio player from spotify.com");
});

test("character references in the iframe's attributes are read as a browser reads them", () => {
  const { $ } = publish(
    '<iframe src="https://www.openstreetmap.org/export/embed.html?bbox=1,2,3,4&amp;layer=mapnik" title="Caf&eacute; &amp; co &lt;3"></iframe>',
  );
  const embed = $("figure.embed");
  assert.equal(
    embed.attr("data-embed-src"),
    "https://www.openstreetmap.org/export/embed.html?bbox=1,2,3,4&layer=mapnik",
  );
  assert.equal(embed.attr("data-embed-title"), "Café & co <3");
  assert.equal(embed.find("figcaption").text(), "Café & co <3");
});

test("an iframe of any other site is embedded as content, linked at its own address", () => {
  const { $ } = publish(
    '<iframe src="https://example.org/widget?id=1" title="Live results"></iframe>',
  );
  const embed = $("figure.embed.embed-content");
  assert.equal(embed.find("button").text(), "Load the content from example.org");
  assert.equal(embed.find("a").attr("href"), "https://example.org/widget?id=1");
});

test("an iframe inside a line of text becomes spans, which a paragraph may hold", () => {
  const { $, html } = publish(`Watch this: ${VIMEO} and tell me.`);
  const paragraph = $("p");
  assert.equal(paragraph.length, 1);
  const embed = paragraph.children("span.embed");
  assert.equal(embed.length, 1);
  assert.equal(embed.find("figure, div, figcaption").length, 0);
  assert.equal(embed.find("span.embed-caption").text(), "The New Vimeo Player");
  assert.doesNotMatch(html, /<\/?iframe/);
  assert.match(paragraph.text(), /^Watch this: .* and tell me\.$/);
});

test("an iframe inside a paragraph written in HTML becomes spans too", () => {
  const { $ } = publish(`<p class="video">Watch: ${VIMEO}</p>`);
  assert.equal($("p.video > span.embed").length, 1);
  assert.equal($("figure").length, 0);
});

test("a tweet becomes a static quote with its text, author, date and link, and no script", () => {
  const { $, html } = publish(TWEET);
  assert.doesNotMatch(html, /<script|widgets\.js|twitter-tweet/);
  const post = $("figure.social-post.social-post-twitter");
  assert.equal(post.length, 1);
  const quote = post.children("blockquote.social-post-text");
  assert.equal(quote.attr("lang"), "en");
  assert.equal(quote.attr("cite"), "https://twitter.com/janedoe/status/1253000000000000000");
  assert.equal(
    quote.find("p").html(),
    'Sunsets &amp; embeddings<br>all day <a href="https://t.co/AbC123">pic.twitter.com/AbC123</a>',
  );
  const source = post.children("figcaption.social-post-source");
  assert.equal(source.text(), "\u2014 Jane Doe (@janedoe) on Twitter, April 22, 2020");
  const link = source.find("a");
  assert.equal(link.attr("href"), "https://twitter.com/janedoe/status/1253000000000000000");
  assert.equal(link.find("time").attr("datetime"), "2020-04-22");
});

test("a tweet's script on a line of its own, after a blank line, is dropped too", () => {
  const [quote = "", script = ""] = TWEET.split(" <script");
  const { html } = publish(`${quote}\n\n<script${script}`);
  assert.doesNotMatch(html, /<script/);
  assert.match(html, /class="social-post social-post-twitter"/);
});

test("the pasted markup of a tweet cannot slip anything in", () => {
  const { $, html } = publish(
    '<blockquote class="twitter-tweet"><p lang="en" onclick="x()">Hi <a href="javascript:x()">there</a> <img src="x" onerror="y()"><b>bold</b></p>&mdash; Eve (@eve) <a href="https://x.com/eve/status/2?s=20&amp;t=abc">January 5, 2024</a></blockquote>',
  );
  assert.doesNotMatch(html, /onclick|onerror|javascript:|<img|<b>/);
  assert.equal($(".social-post-text p").html(), "Hi there bold");
  assert.equal($(".social-post-source").text(), "\u2014 Eve (@eve) on X, January 5, 2024");
  assert.equal($(".social-post-source a").attr("href"), "https://x.com/eve/status/2");
});

test("Bluesky, Mastodon and Instagram embed code become quotes too", () => {
  const { $, html } = publish(
    [
      '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abc/app.bsky.feed.post/3k" data-bluesky-cid="x"><p lang="en">Posting from the sky</p>&mdash; Jane (<a href="https://bsky.app/profile/did:plc:abc?ref_src=embed">@jane.bsky.social</a>) <a href="https://bsky.app/profile/did:plc:abc/post/3k?ref_src=embed">May 1, 2024 at 10:00 AM</a></blockquote><script async src="https://embed.bsky.app/static/embed.js" charset="utf-8"></script>',
      '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@jane/1123/embed" style="background: #FCF8FF; border-radius: 8px;"> <a href="https://mastodon.social/@jane/1123" target="_blank" style="color: #1C1A25"> <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 79 75"><path d="M0 0" fill="currentColor"/></svg> <div style="color: #787588">Post by @jane@mastodon.social</div> <div style="font-weight: 500;">View on Mastodon</div> </a> </blockquote> <script data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/embed.js"></script>',
      '<blockquote class="instagram-media" data-instgrm-captioned data-instgrm-permalink="https://www.instagram.com/p/B1a2C3/?utm_source=ig_embed&amp;utm_campaign=loading" data-instgrm-version="12" style="background:#FFF;"><div style="padding:16px;"><a href="https://www.instagram.com/p/B1a2C3/?utm_source=ig_embed" style="background:#FFFFFF;" target="_blank"><div>View this post on Instagram</div></a><p style="margin:8px 0 0 0;"><a href="https://www.instagram.com/p/B1a2C3/?utm_source=ig_embed" style="color:#000;" target="_blank">Morning light on the lake</a></p><p style="color:#c9c8cd;">A post shared by <a href="https://www.instagram.com/jane/" style="color:#c9c8cd;" target="_blank"> Jane Doe</a> (@jane) on <time style="font-family:Arial;" datetime="2019-08-01T07:00:00+00:00">Aug 1, 2019 at 12:00am PDT</time></p></div></blockquote> <script async src="//www.instagram.com/embed.js"></script>',
    ].join("\n\n"),
  );
  assert.doesNotMatch(html, /<script|<svg|style=/);
  const sources = $(".social-post-source")
    .toArray()
    .map((element) => $(element).text());
  assert.deepEqual(sources, [
    "\u2014 Jane (@jane.bsky.social) on Bluesky, May 1, 2024 at 10:00 AM",
    "\u2014 @jane@mastodon.social on Mastodon, view the post",
    "\u2014 Jane Doe (@jane) on Instagram, Aug 1, 2019 at 12:00am PDT",
  ]);
  const links = $(".social-post-source a")
    .toArray()
    .map((element) => $(element).attr("href"));
  assert.deepEqual(links, [
    "https://bsky.app/profile/did:plc:abc/post/3k",
    "https://mastodon.social/@jane/1123",
    "https://www.instagram.com/p/B1a2C3/",
  ]);
  assert.equal($(".social-post-bluesky time").attr("datetime"), "2024-05-01");
  assert.equal($(".social-post-instagram time").attr("datetime"), "2019-08-01T07:00:00+00:00");
  assert.equal($(".social-post-bluesky .social-post-text").text(), "Posting from the sky");
  assert.equal($(".social-post-instagram .social-post-text").text(), "Morning light on the lake");
  // Mastodon's embed code carries no text of the post, only who wrote it and where.
  assert.equal($(".social-post-mastodon .social-post-text").length, 0);
});

test("details, inline elements, figures and local media pass through as written", () => {
  const markdown = [
    "<details>",
    "<summary>Show the <em>proof</em></summary>",
    "",
    "Hidden **text** with $x$.",
    "",
    "</details>",
    "",
    'Press <kbd>Ctrl</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <mark>key</mark>, <abbr title="Graphics processing unit">GPU</abbr>, <ins>new</ins>, <del>old</del>,<br>next line.',
    "",
    '<figure><img src="chart.png" alt="A chart"><figcaption>Results</figcaption></figure>',
    "",
    '<video controls width="640" height="360" poster="poster.png"><source src="clip.mp4" type="video/mp4"></video>',
    "",
    '<audio controls src="talk.mp3"></audio>',
  ].join("\n");
  const { html } = publish(markdown);
  assert.equal(html, renderMarkdown(markdown), "the plugin changed HTML it has no reason to touch");
  const $ = load(html, null, false);
  assert.equal($("details > summary").text(), "Show the proof");
  assert.equal($("details > p strong").text(), "text");
  for (const selector of [
    "kbd",
    "sub",
    "sup",
    "mark",
    "abbr[title]",
    "ins",
    "del",
    "br",
    "figure > figcaption",
    "video > source",
    "audio",
  ]) {
    assert.equal($(selector).length, 1, selector);
  }
});

test("scripts, styles, handlers and javascript: URLs are never published", () => {
  const { html } = publish(
    [
      '<div class="note" onclick="track()">A note with <a href="javascript:go()">a link</a>.</div>',
      "",
      "<script>alert(1)</script>",
      "",
      "<style>body { display: none }</style>",
      "",
      'Inline <script>alert(2)</script> and <span onmouseover="x()">hover</span>.',
      "",
      '[a link](javascript:alert(3)) and <object data="x.swf"></object>',
    ].join("\n"),
  );
  assert.doesNotMatch(html, /<script|<\/script|<style|onclick|onmouseover|javascript:|<object/i);
  assert.match(html, /<div class="note">A note with <a>a link<\/a>\.<\/div>/);
  assert.match(html, /<span>hover<\/span>/);
});

test("iframes that cannot be embedded are removed with everything inside them", () => {
  const { html } = publish(
    '<iframe srcdoc="<p>x</p>"></iframe>\n\n<iframe src="javascript:alert(1)">fallback</iframe>',
  );
  assert.doesNotMatch(html, /iframe|srcdoc|javascript|fallback/);
});
