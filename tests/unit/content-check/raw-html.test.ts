import assert from "node:assert/strict";
import { test } from "node:test";
import { parseMarkdown } from "../../../src/lib/content-check/markdown-tree";
import { checkRawHtml } from "../../../src/lib/content-check/raw-html";
import type { Problem } from "../../../src/lib/content-check/types";
import { postFromLines } from "./markdown-fixture.test";

/** Checks a post whose frontmatter takes lines 1 to 3, so the body starts on line 4. */
function htmlProblems(...bodyLines: string[]): Problem[] {
  const post = postFromLines("---", "title: Raw HTML", "---", ...bodyLines);
  return checkRawHtml(post, parseMarkdown(post.body));
}

/** `line:column severity rule`, the part of a report a test can count by eye. */
function where(problems: Problem[]): string[] {
  return problems.map(
    (problem) => `${problem.line}:${problem.column} ${problem.severity} ${problem.rule}`,
  );
}

const YOUTUBE =
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="A talk on embeddings" allowfullscreen></iframe>';

test("inline HTML, details, media and titled embeds are fine", () => {
  const problems = htmlProblems(
    "",
    "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, x<sup>2</sup>, <mark>this</mark>,",
    '<abbr title="HyperText Markup Language">HTML</abbr>, <ins>new</ins> <del>old</del>.<br>',
    "",
    "<details>",
    "<summary>More</summary>",
    "",
    "Hidden **text**.",
    "",
    "</details>",
    "",
    '<video controls src="clip.mp4" width="640" height="360"></video>',
    "",
    YOUTUBE,
  );
  assert.deepEqual(problems, []);
});

test("a script is an error at its tag, with what to do", () => {
  const problems = htmlProblems("", "Text.", "", "<script>alert(1)</script>");
  assert.deepEqual(where(problems), ["7:1 error html/script"]);
  assert.match(problems[0]?.message ?? "", /never published.*fenced code block/);
});

test("an inline script, a handler and a javascript: URL are each found at their column", () => {
  const problems = htmlProblems(
    "",
    'Click <a href="#" onclick="track()">here</a> or <a href="javascript:go()">there</a>.',
    "",
    'Also <img src="a.png" alt="A" onerror="x()"> and <script src="https://evil.example/x.js"></script>.',
  );
  assert.deepEqual(where(problems), [
    "5:19 error html/event-handler",
    "5:52 error html/javascript-url",
    "7:31 error html/event-handler",
    "7:50 error html/script",
  ]);
  assert.match(problems[0]?.message ?? "", /^`onclick` runs JavaScript/);
  assert.match(problems[1]?.message ?? "", /^`href="javascript:go\(\)"` runs JavaScript/);
});

test("a javascript: URL is found however it is disguised", () => {
  const problems = htmlProblems(
    "",
    '<a href=" JaVaScRiPt:x()">a</a> <a href="java&#x09;script:x()">b</a>',
    "<a href='javascript&colon;x()'>c</a> <a href=&#106;avascript:x()>d</a>",
    "",
    "[e](javascript:alert(1)) and [f][g].",
    "",
    "[g]: javascript:alert(2)",
    "",
    '<svg><a><animate attributeName="href" values="javascript:alert(3)"/><text>go</text></a></svg>',
  );
  assert.deepEqual(
    problems.map((problem) => `${problem.line}:${problem.column} ${problem.rule}`),
    [
      "5:4 html/javascript-url",
      "5:36 html/javascript-url",
      "6:4 html/javascript-url",
      "6:41 html/javascript-url",
      "8:1 html/javascript-url",
      "10:1 html/javascript-url",
      "12:39 html/javascript-url",
    ],
  );
});

test("positions hold inside block quotes and lists, whose markers are not in the HTML", () => {
  const problems = htmlProblems(
    "",
    '> <div class="note"',
    '>   onmouseover="x()">Quoted</div>',
    "",
    '- item <span onclick="y()">z</span>',
  );
  assert.deepEqual(where(problems), [
    "6:5 error html/event-handler",
    "8:14 error html/event-handler",
  ]);
});

test("the social networks' embed scripts are accepted; a Mastodon one only from its server", () => {
  const tweet =
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Hello</p>&mdash; Jane (@jane) <a href="https://twitter.com/jane/status/1">May 1, 2020</a></blockquote>';
  const mastodon =
    '<blockquote class="mastodon-embed" data-embed-url="https://mastodon.social/@jane/1/embed" style="background: #FCF8FF"><a href="https://mastodon.social/@jane/1">Post by @jane@mastodon.social</a></blockquote>';
  const problems = htmlProblems(
    "",
    tweet,
    '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
    "",
    mastodon,
    '<script data-allowed-prefixes="https://mastodon.social/" async src="https://mastodon.social/embed.js"></script>',
    "",
    '<script async src="https://other.example/embed.js"></script>',
  );
  assert.deepEqual(where(problems), ["11:1 error html/script"]);
});

test("an iframe without a title, or with the title every embed of its site has, is a warning", () => {
  const problems = htmlProblems(
    "",
    '<iframe src="https://player.vimeo.com/video/1" width="640" height="360"></iframe>',
    "",
    '<iframe src="https://www.youtube.com/embed/abc" title="YouTube video player"></iframe>',
  );
  assert.deepEqual(where(problems), [
    "5:1 warning html/embed-title",
    "7:1 warning html/embed-title",
  ]);
  assert.equal(
    problems[0]?.message,
    'iframe has no title, so screen readers announce it as "Embedded video from vimeo.com"; say what this video is: title="…"',
  );
  assert.match(
    problems[1]?.message ?? "",
    /"YouTube video player" is the one every embed from youtube\.com has/,
  );
});

test("iframes that cannot be embedded are errors", () => {
  const problems = htmlProblems(
    "",
    '<iframe srcdoc="<script>x()</script>"></iframe>',
    "",
    '<iframe src="javascript:x()"></iframe>',
    "",
    '<iframe src="notes.html" title="Notes"></iframe>',
  );
  assert.deepEqual(where(problems), [
    "5:1 error html/iframe-src",
    "7:1 error html/iframe-src",
    "9:1 error html/iframe-src",
  ]);
  assert.match(problems[2]?.message ?? "", /src "notes\.html" is not a web address/);
});

test("<style> blocks are errors and style attributes warnings, except inside embed code", () => {
  const problems = htmlProblems(
    "",
    "<style>body { color: red }</style>",
    "",
    '<p style="color: #333">Grey text.</p>',
    "",
    '<iframe src="https://www.google.com/maps/embed?pb=1" style="border:0" title="Our office"></iframe>',
  );
  assert.deepEqual(where(problems), [
    "5:1 error html/style-element",
    "7:4 warning html/style-attribute",
  ]);
  assert.match(problems[0]?.message ?? "", /whole page.*src\/styles\/markdown\.css/);
  assert.match(problems[1]?.message ?? "", /dark theme/);
});

test("nothing inside code is raw HTML", () => {
  const problems = htmlProblems(
    "",
    "Write `<script>` or `onclick=` in text.",
    "",
    "```html",
    '<a href="javascript:x()" onclick="y()">z</a><script>alert(1)</script>',
    "```",
  );
  assert.deepEqual(problems, []);
});

test("a tag cut by a blank line is an error; an embed cut by one is a warning", () => {
  const problems = htmlProblems(
    "",
    '<div class="note"',
    "",
    '  onclick="x()">Text</div>',
    "",
    '<blockquote class="twitter-tweet"><p lang="en">Hello</p>',
    "",
    "&mdash; Jane (@jane)</blockquote>",
  );
  assert.deepEqual(where(problems), [
    "5:1 error html/unclosed-tag",
    "9:1 warning html/embed-split",
  ]);
});

test("elements a post has no use for are errors", () => {
  const problems = htmlProblems(
    "",
    '<object data="movie.swf"></object>',
    "",
    '<base href="https://example.org/">',
  );
  assert.deepEqual(where(problems), ["5:1 error html/element", "7:1 error html/element"]);
});
