import { postMarkdown, type FixturePost } from "./fixture-site";

/**
 * Two posts written like papers, in English and in Japanese, that use every cross-reference
 * syntax (labelled equations, figures, tables and sections, referred to before and after them),
 * footnotes, the five callouts and a citation written by hand in the shape the citations plugin
 * renders (`a.citation` to `#ref-<key>`). Shared by the build test, which reads their numbers and
 * links, and the browser test, which opens their previews.
 */

export const PAPER_SLUG = "/paper-en/";
export const PAPER_JA_SLUG = "/paper-ja/";

/** A small drawing of three bars, made for these tests. */
export const BARS_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
<rect width="240" height="120" fill="#ffffff"/>
<rect x="20" y="60" width="50" height="50" fill="#1f77b4"/>
<rect x="95" y="30" width="50" height="80" fill="#ff7f0e"/>
<rect x="170" y="10" width="50" height="100" fill="#2ca02c"/>
</svg>
`;

/** The TeX of the labelled loss, exactly as written between its `$$` lines. */
export const LOSS_TEX = "\\mathcal{L} = -\\sum_{i} y_i \\log p_i";

const englishBody = `## Introduction {#sec-intro}

We minimise the loss in @eq-loss, whose gradient @eq-grad follows; @fig-bars shows the sizes
and @tbl-sizes lists them. The method is in @sec-method. Write to me@fig-tree.org, and \`@eq-loss\`
stays code. A citation: <a class="citation" href="#ref-knuth84">Knuth 1984</a>. A note[^n].

In a sentence, $x^2 + y^2$ is inline math.

$$
${LOSS_TEX}
$$ {#eq-loss}

## Method {#sec-method}

### Details {#sec-details}

$$ \\nabla \\mathcal{L} = p - y $$ {#eq-grad}

![Three bars of growing height](bars.svg){#fig-bars}

| Model | Size |
| ----- | ---: |
| small | 10 |
| large | 100 |

: Sizes of the models {#tbl-sizes}

Back to @fig-bars and @sec-details; @smith2020 is a citation key and stays as written.

> [!NOTE]
> A note for readers.

> [!TIP]
> A tip.

> [!IMPORTANT]
> Something important.

> [!WARNING]
> A warning.

> [!CAUTION]
> Be careful.

<p id="ref-knuth84">Knuth, D. E. (1984). Literate programming. The Computer Journal, 27(2).</p>

[^n]: The note's own text.
`;

const japaneseBody = `## はじめに {#sec-hajime}

損失は@eq-lossで、@fig-barsと@tbl-sizesに結果を示す。手法は@sec-methodで述べる[^n]。

$$
${LOSS_TEX}
$$ {#eq-loss}

## 手法 {#sec-method}

![高さの違う三本の棒](bars.svg){#fig-bars}

| モデル | 大きさ |
| ------ | -----: |
| 小 | 10 |

: モデルの大きさ {#tbl-sizes}

> [!NOTE]
> 読者への注記。

> [!WARNING]
> 警告です。

[^n]: 注の本文。
`;

export const PAPER_POSTS: FixturePost[] = [
  {
    folder: "paper-en",
    markdown: postMarkdown(
      { title: "A paper-like post", date: "2022-03-01", tags: ["en"], description: "Numbers." },
      englishBody,
    ),
    files: { "bars.svg": BARS_SVG },
  },
  {
    folder: "paper-ja",
    markdown: postMarkdown(
      { title: "論文のような記事", date: "2022-03-02", tags: ["ja"], description: "番号。" },
      japaneseBody,
    ),
    files: { "bars.svg": BARS_SVG },
  },
];

/**
 * One post with each kind of broken cross-reference, and the line and column of each, as an
 * author's editor shows them (the frontmatter takes lines 1 to 4, the body starts on line 6).
 */
export const BROKEN_REFERENCES_POST: FixturePost = {
  folder: "broken-references",
  markdown: postMarkdown(
    { title: "Broken references", date: "2022-03-03" },
    [
      "See @fig-one, @fig-missing and @eq-lost.", // line 6
      "",
      "![One](one.svg){#fig-one}", // line 8
      "",
      "![Again](one.svg){#fig-one}", // line 10
      "",
      "## A section {#sec-a}", // line 12
      "",
      "## Another {#sec-a}", // line 14
      "",
      "![Wrong](one.svg){#eq-wrong}", // line 16
    ].join("\n"),
  ),
  files: { "one.svg": BARS_SVG },
};

export const BROKEN_REFERENCE_PROBLEMS = [
  "content/blog/broken-references/index.md:6:15: error: `@fig-missing` refers to no label in this post",
  "content/blog/broken-references/index.md:6:32: error: `@eq-lost` refers to no label in this post",
  "content/blog/broken-references/index.md:10:18: error: label `fig-one` is already used on line 8",
  "content/blog/broken-references/index.md:14:12: error: label `sec-a` is already used on line 12",
  "content/blog/broken-references/index.md:16:18: error: label `eq-wrong` is on a figure",
];
