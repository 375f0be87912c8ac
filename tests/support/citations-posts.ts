import type { FixturePost } from "./fixture-site";
import { postMarkdown } from "./fixture-site";

/**
 * Posts that cite a BibTeX file of their own with every citation syntax: in English (numbered,
 * the site's default style), in Japanese (keys written straight into the text), and in an
 * author–year style. Two of the entries have names outside ASCII and one a DOI.
 */
export const CITATIONS_BIB = `% Entries for the citation fixtures.
@article{knuth1984,
  author  = {Knuth, Donald E.},
  title   = {Literate Programming},
  journal = {The Computer Journal},
  volume  = {27},
  number  = {2},
  pages   = {97--111},
  year    = {1984},
  doi     = {10.1093/comjnl/27.2.97}
}

@book{yamada2020,
  author    = {山田, 太郎 and Müller, Jürgen},
  title     = {日本語の組版},
  publisher = {技術出版},
  year      = {2020},
  url       = {https://example.org/yamada-2020}
}

@inproceedings{lee2019,
  author    = {Lee, Ana and Kim, Bo and Park, Chan},
  title     = {Three Authors at a Workshop},
  booktitle = {Proceedings of the Example Workshop},
  year      = {2019}
}
`;

export const ENGLISH_SLUG = "/citations-en/";
export const JAPANESE_SLUG = "/citations-ja/";
export const AUTHOR_YEAR_SLUG = "/citations-author-year/";
export const NO_CITE_BLOCK_SLUG = "/citations-no-block/";

const ENGLISH_BODY = [
  "Literate programming [@knuth1984] changed how programs are explained.",
  "",
  "Two sources agree [@knuth1984; @yamada2020, p. 33], and [see @yamada2020, chap. 2] for more.",
  "",
  "@lee2019 describe a workshop, and Knuth [-@knuth1984] wrote the essay.",
  "",
  "Write to someone@example.com or follow @jane on a network.",
  "",
  "Cross-references are not citations: @sec-setup and @eq-energy.",
  "",
  "## Setup {#sec-setup}",
  "",
  "$$",
  "E = mc^2",
  "$$ {#eq-energy}",
  "",
  "Code `[@knuth1984]` and math $a@b$ stay, and so does [a link to @knuth1984](https://example.org/).",
  "",
  "## References",
  "",
].join("\n");

const JAPANESE_BODY = [
  "文芸的プログラミング[@knuth1984]は、プログラムの説明の仕方を変えた。",
  "",
  "複数の文献[@knuth1984; @yamada2020, p. 33]がこれを支持し、@lee2019は研究会を紹介した。Knuth[-@knuth1984]はこの論文を書いた。",
  "",
  "連絡先は someone@example.com です。",
].join("\n");

const AUTHOR_YEAR_BODY = [
  "Literate programming [@knuth1984] changed how programs are explained.",
  "",
  "@lee2019 describe a workshop; see also [@yamada2020, p. 33] and Knuth [-@knuth1984].",
].join("\n");

/** A CSL style written for the fixture: titles in guillemets, so its output is unmistakable. */
const GUILLEMETS_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" default-locale="en-US">
  <info>
    <title>Fixture: titles in guillemets</title>
    <id>https://example.org/styles/fixture-guillemets</id>
    <updated>2026-12-07T00:00:00+00:00</updated>
  </info>
  <citation>
    <layout prefix="[" suffix="]" delimiter="; ">
      <text variable="title" prefix="«" suffix="»"/>
    </layout>
  </citation>
  <bibliography>
    <layout>
      <text variable="title" prefix="«" suffix="»"/>
      <date variable="issued" prefix=", "><date-part name="year"/></date>
    </layout>
  </bibliography>
</style>
`;

export const CITATION_POSTS: readonly FixturePost[] = [
  {
    folder: "citations-en",
    markdown: postMarkdown(
      { title: "Citations in English", date: "2021-03-04", tags: ["en"], bibliography: "refs.bib" },
      ENGLISH_BODY,
    ),
    files: { "refs.bib": CITATIONS_BIB },
  },
  {
    folder: "citations-ja",
    markdown: postMarkdown(
      { title: "日本語の引用", date: "2021-03-05", tags: ["ja"], bibliography: "refs.bib" },
      JAPANESE_BODY,
    ),
    files: { "refs.bib": CITATIONS_BIB },
  },
  {
    folder: "citations-author-year",
    markdown: postMarkdown(
      {
        title: "Author and year",
        date: "2021-03-06",
        tags: ["en"],
        bibliography: "refs.bib",
        citationStyle: "apa",
      },
      AUTHOR_YEAR_BODY,
    ),
    files: { "refs.bib": CITATIONS_BIB },
  },
  {
    folder: "citations-own-style",
    markdown: postMarkdown(
      {
        title: "A style of its own",
        date: "2021-03-08",
        tags: ["en"],
        bibliography: "refs.bib",
        citationStyle: "guillemets.csl",
      },
      "Literate programming [@knuth1984] in a style the post brings along.",
    ),
    files: { "refs.bib": CITATIONS_BIB, "guillemets.csl": GUILLEMETS_CSL },
  },
  {
    folder: "citations-no-block",
    markdown: postMarkdown(
      { title: "Not to be cited", date: "2021-03-07", tags: ["en"], citeThisPost: false },
      "A post without citations, and without the block.",
    ),
  },
];

/**
 * Each kind of broken reference, with the file and line it must be reported at, worked out by
 * hand from the text below.
 */
export const BROKEN_CITATION_POSTS: readonly FixturePost[] = [
  {
    folder: "broken-citations",
    // Frontmatter is lines 1-6; the body starts on line 8; `[@nokey]` is at column 8 of line 8.
    markdown: postMarkdown(
      { title: "Broken citations", date: "2021-01-01", bibliography: "refs.bib", tags: ["en"] },
      "Cited: [@nokey] and [@good].",
    ),
    files: {
      // `good` on line 1, the unreadable entry on line 5, the uncited one on line 9.
      "refs.bib": [
        "@book{good,",
        "  author = {Good, Entry}, title = {Fine}, year = {2000}",
        "}",
        "",
        "@article{unclosed,",
        "  title = {No closing brace, year = 2001",
        "",
        "",
        "@misc{uncited,",
        "  author = {Never, Cited}, title = {Unused}, year = {2002}",
        "}",
        "",
      ].join("\n"),
    },
  },
  {
    folder: "missing-bibliography",
    // `bibliography` is on line 4.
    markdown: postMarkdown(
      { title: "Missing file", date: "2021-01-02", bibliography: "nowhere.bib" },
      "Cites [@anything].",
    ),
  },
];
