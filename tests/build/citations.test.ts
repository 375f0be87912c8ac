import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { CheerioAPI } from "cheerio";
import { loadPage } from "../support/built-site";
import {
  AUTHOR_YEAR_SLUG,
  BROKEN_CITATION_POSTS,
  CITATION_POSTS,
  ENGLISH_SLUG,
  JAPANESE_SLUG,
  NO_CITE_BLOCK_SLUG,
} from "../support/citations-posts";
import { BROKEN_REFERENCE_PROBLEMS, BROKEN_REFERENCES_POST } from "../support/paper-posts";
import { buildFixtureSite, createFixtureProject, type FixtureBuild } from "../support/fixture-site";

/** Each citation link as [target key, text], in the order of the page. */
function citationLinks($: CheerioAPI): [string, string][] {
  return $(".post-body a.citation")
    .toArray()
    .map((link) => [($(link).attr("href") ?? "").replace(/^#ref-/, ""), $(link).text()]);
}

function groupTexts($: CheerioAPI): string[] {
  return $(".post-body .citation-group")
    .toArray()
    .map((group) => $(group).text());
}

describe("citations from a post's BibTeX file, built", () => {
  let site: FixtureBuild;
  let english: CheerioAPI;
  let japanese: CheerioAPI;
  let authorYear: CheerioAPI;

  before(() => {
    site = buildFixtureSite("citations", CITATION_POSTS);
    assert.equal(site.status, 0, site.output);
    english = loadPage(ENGLISH_SLUG, site.publicFolder);
    japanese = loadPage(JAPANESE_SLUG, site.publicFolder);
    authorYear = loadPage(AUTHOR_YEAR_SLUG, site.publicFolder);
  });

  after(() => site?.remove());

  test("numbers follow the order of first citation, one link per key", () => {
    // knuth1984 is cited first (1), yamada2020 second (2), lee2019 third (3), as in the text.
    assert.deepEqual(citationLinks(english), [
      ["knuth1984", "1"],
      ["knuth1984", "1"],
      ["yamada2020", "2, p. 33"],
      ["yamada2020", "2, chap. 2"],
      ["lee2019", "Lee et al. (3)"],
      ["knuth1984", "1"],
    ]);
    assert.deepEqual(groupTexts(english), [
      "(1)",
      "(1,2, p. 33)",
      "(see 2, chap. 2)",
      "Lee et al. (3)",
      "(1)",
    ]);
  });

  test("e-mail addresses, handles, cross-references, code, math and links are left alone", () => {
    const text = english(".post-body").text();
    assert.match(text, /someone@example\.com/);
    assert.match(text, /follow @jane on/);
    // The cross-reference plugin's, linked to their labels, never to a bibliography entry.
    assert.equal(
      english('.post-body a.xref[href="#sec-setup"]')
        .text()
        .replace(/\u00A0/g, " "),
      "Section 1",
    );
    assert.equal(
      english('.post-body a.xref[href="#eq-energy"]')
        .text()
        .replace(/\u00A0/g, " "),
      "Equation (1)",
    );
    assert.equal(
      english('.post-body a.citation[href*="sec-"], .post-body a.citation[href*="eq-"]').length,
      0,
    );
    assert.equal(english(".post-body code").first().text(), "[@knuth1984]");
    assert.equal(
      english('.post-body a[href="https://example.org/"]').text(),
      "a link to @knuth1984",
    );
    // `$a@b$` is typeset, its TeX whole.
    assert.ok(
      english(".post-body annotation")
        .toArray()
        .some((node) => english(node).text() === "a@b"),
    );
  });

  test("the bibliography stands under the post's References heading, linked and numbered", () => {
    const heading = english(".post-body h2").filter((_, h2) =>
      english(h2).text().includes("References"),
    );
    assert.equal(heading.length, 1);
    const section = heading.next();
    assert.equal(section.is("section.bibliography"), true);
    assert.equal(section.find("h2").length, 0, "the author's heading is the only one");
    const entries = section.find("ol > li");
    assert.deepEqual(
      entries.toArray().map((entry) => english(entry).attr("id")),
      ["ref-knuth1984", "ref-yamada2020", "ref-lee2019"],
    );
    assert.match(entries.eq(0).text(), /^1\.\s*Knuth DE\. Literate Programming\./);
    assert.equal(
      entries.eq(0).find('a[href="https://doi.org/10.1093/comjnl/27.2.97"]').length,
      1,
      "the DOI is a link",
    );
    assert.match(entries.eq(1).text(), /山田太郎, Müller J\. 日本語の組版/);
    assert.equal(entries.eq(1).find('a[href="https://example.org/yamada-2020"]').length, 1);
    // Every citation leads to an entry on the page.
    for (const [key] of citationLinks(english)) {
      assert.equal(english(`[id="ref-${key}"]`).length, 1, key);
    }
  });

  test("in Japanese: keys run into the text, the list gets a heading of its own", () => {
    assert.deepEqual(citationLinks(japanese), [
      ["knuth1984", "1"],
      ["knuth1984", "1"],
      ["yamada2020", "2, p. 33"],
      ["lee2019", "Lee ほか (3)"],
      ["knuth1984", "1"],
    ]);
    assert.match(japanese(".post-body").text(), /Lee ほか \(3\)は研究会を紹介した/);
    assert.match(japanese(".post-body").text(), /someone@example\.com/);
    const section = japanese(".post-body section.bibliography");
    assert.equal(section.find("h2").text(), "参考文献");
    assert.equal(section.find("ol > li").length, 3);
  });

  test("an author–year style: names and years, entries sorted by author", () => {
    assert.deepEqual(groupTexts(authorYear), [
      "(Knuth, 1984)",
      "Lee et al. (2019)",
      "(山田 & Müller, 2020, p. 33)",
      "(1984)",
    ]);
    const entries = authorYear(".post-body section.bibliography div.csl-entry");
    assert.deepEqual(
      entries.toArray().map((entry) => authorYear(entry).attr("id")),
      ["ref-knuth1984", "ref-lee2019", "ref-yamada2020"],
    );
    assert.equal(authorYear(".post-body section.bibliography ol").length, 0);
    assert.match(entries.eq(0).text(), /Knuth, D\. E\. \(1984\)\. Literate Programming\./);
    assert.equal(entries.eq(0).find('a[href="https://doi.org/10.1093/comjnl/27.2.97"]').length, 1);
  });

  test("Cite this post: a citation, a BibTeX entry with a copy button, Scholar meta tags", () => {
    const block = english("article .cite-this-post");
    assert.equal(block.find("h2").text(), "Cite this post");
    assert.match(block.find(".cite-this-post-citation").text(), /Citations in English/);
    const bibtex = block.find("pre code").text();
    assert.match(bibtex, /^@misc\{\w+2021citations,$/m);
    assert.match(bibtex, /^ {2}title +=\s\{\{Citations in English\}\},$/m);
    assert.match(bibtex, /^ {2}year +=\s\{2021\},$/m);
    assert.match(bibtex, /^ {2}url +=\s\{https:\/\/[^}]+\/citations-en\/\}$/m);
    assert.equal(block.find("button.code-copy[hidden]").text(), "Copy");
    assert.equal(english('meta[name="citation_title"]').attr("content"), "Citations in English");
    assert.equal(english('meta[name="citation_publication_date"]').attr("content"), "2021/03/04");
    assert.equal(english('meta[name="citation_author"]').length, 1);
    assert.match(
      english('meta[name="citation_public_url"]').attr("content") ?? "",
      /\/citations-en\/$/,
    );
    const japaneseBlock = japanese("article .cite-this-post");
    assert.equal(japaneseBlock.find("h2").text(), "この記事の引用");
    const off = loadPage(NO_CITE_BLOCK_SLUG, site.publicFolder);
    assert.equal(off(".cite-this-post").length, 0);
    assert.equal(off('meta[name^="citation_"]').length, 0);
  });

  test("a post's own .csl style sets its citations and its Cite this post block", () => {
    const page = loadPage("/citations-own-style/", site.publicFolder);
    assert.equal(
      page(".post-body p").first().text(),
      "Literate programming [«Literate Programming»] in a style the post brings along.",
    );
    assert.match(page(".post-body section.bibliography").text(), /«Literate Programming», 1984/);
    assert.equal(
      page("article .cite-this-post .cite-this-post-citation").text().trim(),
      "«A style of its own», 2021",
    );
  });

  test("feeds carry the citations and the bibliography as links", () => {
    const rss = fs.readFileSync(path.join(site.publicFolder, "rss.xml"), "utf8");
    assert.match(rss, /citations-en\/#ref-knuth1984/);
    assert.match(rss, /doi\.org\/10\.1093\/comjnl\/27\.2\.97/);
  });
});

describe("broken references, all reported by file and line in one run", () => {
  // The broken cross-references too: every kind of broken reference a paper can have, one run.
  const root = createFixtureProject("citations-broken", [
    ...BROKEN_CITATION_POSTS,
    BROKEN_REFERENCES_POST,
  ]);
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-content.ts"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, GITHUB_ACTIONS: "" },
  });
  const output = `${result.stdout}${result.stderr}`;

  test("the check fails", () => {
    assert.notEqual(result.status, 0, output);
  });

  test("every broken cross-reference, in the same run", () => {
    for (const problem of BROKEN_REFERENCE_PROBLEMS) assert.ok(output.includes(problem), problem);
  });

  test("an unknown key, at its line and column in the post", () => {
    assert.match(
      output,
      /^content\/blog\/broken-citations\/index\.md:8:8: error: no BibTeX entry `nokey` in "refs\.bib".*\[citations\/unknown-key\]$/m,
    );
    assert.doesNotMatch(output, /`good`/);
  });

  test("an entry that cannot be read, at its line in the .bib file", () => {
    assert.match(
      output,
      /^content\/blog\/broken-citations\/refs\.bib:5:1: error: the BibTeX entry `unclosed` cannot be read.*\[citations\/bibtex\]$/m,
    );
  });

  test("an entry never cited, a warning at its line in the .bib file", () => {
    assert.match(
      output,
      /^1 warning \[citations\/uncited\]: the entry `uncited` is never cited in content\/blog\/broken-citations\/index\.md.*\n {2}content\/blog\/broken-citations\/refs\.bib:9:1$/m,
    );
  });

  test("a bibliography file that is missing, at the frontmatter line, and nothing more", () => {
    assert.match(
      output,
      /^content\/blog\/missing-bibliography\/index\.md:4:1: error: frontmatter `bibliography`: no file "nowhere\.bib".*\[citations\/bibliography\]$/m,
    );
    // Its keys are not reported as unknown while the file they are in is missing.
    assert.doesNotMatch(output, /`anything`/);
    // With the five cross-reference errors of the fourth file.
    assert.match(output, /^8 errors and 1 warning in 4 files/m);
  });
});
