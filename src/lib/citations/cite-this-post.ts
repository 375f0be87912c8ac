/**
 * "Cite this post": the post as a reference others can cite, built from its title, authors,
 * date and address. A BibTeX `@misc` entry (the type every BibTeX style knows) and the same
 * reference formatted in the site's citation style.
 */
import { cslConfig } from "./citation-library";
import { cslLocale } from "./csl-locale";
import type { CslItem, CslName } from "./csl-item";
import type { CitationStyle } from "./citation-style";

export interface CitablePost {
  title: string;
  /** Names as written ("Jane Doe", "山田太郎", "Technical Notes authors"). */
  authors: readonly string[];
  /** The publication date as an ISO date or timestamp. */
  date: string;
  /** The post's canonical address. */
  url: string;
  siteTitle: string;
  lang: string;
}

export interface CiteThisPost {
  /** The formatted reference (HTML). */
  citation: string;
  bibtex: string;
  /** Google Scholar's `citation_*` meta tags, name and content. */
  scholarMeta: [string, string][];
}

function scholarMeta(post: CitablePost): [string, string][] {
  const date = scholarDate(post.date);
  return [
    ["citation_title", post.title],
    ...post.authors.map((name): [string, string] => ["citation_author", name]),
    ...(date === "" ? [] : [["citation_publication_date", date] as [string, string]]),
    ["citation_public_url", post.url],
    ["citation_fulltext_html_url", post.url],
    ["citation_language", post.lang],
  ];
}

const LATIN_NAME = /^[\p{Script=Latin}'’.-]+(?: [\p{Script=Latin}'’.-]+)+$/u;

/** "Jane Doe" is family Doe, given Jane; a name in another script, or one word, is kept whole. */
export function personName(name: string): CslName {
  const trimmed = name.trim();
  if (!LATIN_NAME.test(trimmed) || /\bauthors?\b|\bteam\b/i.test(trimmed))
    return { literal: trimmed };
  const parts = trimmed.split(" ");
  return { family: parts.pop() ?? trimmed, given: parts.join(" ") };
}

function dateParts(date: string): number[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [];
}

/** `citation_publication_date` as Google Scholar reads it: 2020/04/20. */
export function scholarDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  return match ? `${match[1]}/${match[2]}/${match[3]}` : "";
}

function bibtexText(text: string): string {
  return text.replace(/([&%$#_])/g, "\\$1").replace(/[{}]/g, "");
}

function bibtexName(name: CslName): string {
  if (name.literal !== undefined) return `{${bibtexText(name.literal)}}`;
  return `${bibtexText(name.family ?? "")}, ${bibtexText(name.given ?? "")}`;
}

/** A key such as `honda2020recent`: first author's family name, year, first word of the title. */
export function citationKey(post: CitablePost): string {
  const ascii = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[^A-Za-z0-9 ]/g, "")
      .toLowerCase();
  const first = post.authors[0] === undefined ? undefined : personName(post.authors[0]);
  const family = ascii(first?.family ?? first?.literal ?? "").split(" ")[0] ?? "";
  const word =
    ascii(post.title)
      .split(" ")
      .find((each) => each.length > 3) ?? "";
  const year = String(dateParts(post.date)[0] ?? "");
  return `${family || "post"}${year}${word}`;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

export function postBibtex(post: CitablePost): string {
  const [year, month] = dateParts(post.date);
  const fields: [string, string][] = [
    ["author", `{${post.authors.map((name) => bibtexName(personName(name))).join(" and ")}}`],
    ["title", `{{${bibtexText(post.title)}}}`],
    ["howpublished", `{${bibtexText(post.siteTitle)}}`],
    ...(year === undefined ? [] : [["year", `{${year}}`] as [string, string]]),
    ...(month === undefined ? [] : [["month", MONTHS[month - 1] ?? ""] as [string, string]]),
    ["url", `{${post.url}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(",\n");
  return `@misc{${citationKey(post)},\n${body}\n}`;
}

export function postCitationHtml(post: CitablePost, style: CitationStyle): string {
  const parts = dateParts(post.date);
  const item: CslItem = {
    id: "post",
    type: "post-weblog",
    title: post.title,
    author: post.authors.map(personName),
    "container-title": post.siteTitle,
    URL: post.url,
    ...(parts.length === 0 ? {} : { issued: { "date-parts": [parts] } }),
  };
  const engine = cslConfig.engine([item], style.name, cslLocale(post.lang), "html");
  engine.opt.development_extensions.wrap_url_and_doi = true;
  engine.updateItems(["post"]);
  const made = engine.makeBibliography();
  const html = made === false ? "" : (made[1][0] ?? "");
  // A numbered style's "1." belongs to a list; one reference on its own needs none.
  return html
    .replace(/<div class="csl-left-margin">[^<]*<\/div>/, "")
    .replace(/<\/?div[^>]*>/g, "")
    .trim();
}

export function citeThisPost(post: CitablePost, style: CitationStyle): CiteThisPost {
  return {
    citation: postCitationHtml(post, style),
    bibtex: postBibtex(post),
    scholarMeta: scholarMeta(post),
  };
}
