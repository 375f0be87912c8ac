/**
 * How long a post takes to read, from its Markdown. English (and other space-separated scripts)
 * is counted in words, Chinese, Japanese and Korean in characters, because those scripts do not
 * separate words with spaces and their readers' speed is measured per character.
 */

import type { Content, Root } from "mdast";
import type { Node } from "unist";
import { parseMarkdown } from "../content-check/markdown-tree";
import { splitFrontmatter } from "../content-check/parse-post";

/**
 * A 2019 meta-analysis of 190 reading studies (Brysbaert) puts silent reading of English
 * non-fiction at about 238 words a minute; technical prose is read a little slower than average.
 */
export const WORDS_PER_MINUTE = 230;
/**
 * Japanese silent reading is usually quoted at 400–600 characters a minute; the middle of that
 * range, since a post mixes explanation (fast) with definitions (slow).
 */
export const CJK_CHARACTERS_PER_MINUTE = 500;
/**
 * Readers skim a listing and read closely only the lines the prose discusses, so a line of code
 * counts for one second: a fraction of what its tokens would cost as prose.
 */
export const CODE_LINES_PER_MINUTE = 60;
/** Looking at a figure and its caption; the caption's words are counted on top. */
export const SECONDS_PER_IMAGE = 10;

/** What there is to read in a post, by the kind of reading it takes. */
export interface ReadingAmount {
  /** Words of Latin, Cyrillic, Greek and other space-separated scripts (inline code included). */
  words: number;
  /** Han, Hiragana, Katakana and Hangul characters; punctuation is not counted. */
  cjkCharacters: number;
  /** Lines of code blocks that are not blank. */
  codeLines: number;
  images: number;
}

const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/gu;
/** A run of letters and digits, joined by apostrophes, dots or hyphens: "don't", "e.g", "3.14". */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;
const URL_TEXT = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:)\S+/giu;
const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_TAG = /<\/?[a-z][^>]*>/gi;
const HTML_IMAGE = /<img\b/gi;
const HTML_ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z]+);/gi;

const EMPTY: ReadingAmount = { words: 0, cjkCharacters: 0, codeLines: 0, images: 0 };

function add(a: ReadingAmount, b: ReadingAmount): ReadingAmount {
  return {
    words: a.words + b.words,
    cjkCharacters: a.cjkCharacters + b.cjkCharacters,
    codeLines: a.codeLines + b.codeLines,
    images: a.images + b.images,
  };
}

/** Words and CJK characters of plain text; URLs written out in it are not read, so not counted. */
export function measureText(text: string): ReadingAmount {
  const normalized = text.normalize("NFKC").replace(URL_TEXT, " ");
  const cjkCharacters = normalized.match(CJK_CHARACTER)?.length ?? 0;
  const words = normalized.replace(CJK_CHARACTER, " ").match(WORD)?.length ?? 0;
  return { ...EMPTY, words, cjkCharacters };
}

/** Raw HTML in a post: its text is read, its tags and comments are not, `<img>` is a figure. */
function measureHtml(html: string): ReadingAmount {
  const withoutComments = html.replace(HTML_COMMENT, " ");
  const images = withoutComments.match(HTML_IMAGE)?.length ?? 0;
  const text = withoutComments.replace(HTML_TAG, " ").replace(HTML_ENTITY, " ");
  return { ...measureText(text), images };
}

function textOf(node: Node): string {
  const children = (node as { children?: Node[] }).children;
  if (Array.isArray(children)) return children.map(textOf).join("");
  const value = (node as { value?: unknown }).value;
  return typeof value === "string" ? value : "";
}

/** A link whose text is its own address (`<https://…>`, or a bare URL that GFM links). */
function isAddressShownAsText(node: Content): boolean {
  if (node.type !== "link") return false;
  const text = textOf(node).trim();
  return text === node.url || `mailto:${text}` === node.url || `http://${text}` === node.url;
}

function measureNode(node: Root | Content | Node): ReadingAmount {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return measureText(textOf(node));
    case "html":
      return measureHtml(textOf(node));
    case "code":
      return {
        ...EMPTY,
        codeLines: textOf(node)
          .split("\n")
          .filter((line) => line.trim() !== "").length,
      };
    case "image":
    case "imageReference":
      return { ...EMPTY, images: 1 };
    // Typeset formulas: their TeX source says nothing about how long they take to read.
    // Reference definitions: URLs, while the reader reads the link text where it is used.
    case "math":
    case "inlineMath":
    case "definition":
      return EMPTY;
    default:
      break;
  }
  if (isAddressShownAsText(node as Content)) return EMPTY;
  const children = (node as { children?: Node[] }).children;
  return Array.isArray(children) ? children.map(measureNode).reduce(add, EMPTY) : EMPTY;
}

/** Markdown without the `---` block at its top, if it has one. */
function bodyOf(markdown: string): string {
  const split = splitFrontmatter(markdown);
  return split.kind === "block" ? markdown.slice(split.bodyOffset) : markdown;
}

/**
 * What there is to read in a post's Markdown (frontmatter, if present, is skipped). With
 * `math: false` (math is off for the post) text between dollars is prose and counts.
 */
export function measureReading(markdown: string, options: { math?: boolean } = {}): ReadingAmount {
  return measureNode(parseMarkdown(bodyOf(markdown), options));
}

/** Whole minutes for an amount of reading, rounded to the nearest minute and at least 1. */
export function minutesFor(amount: ReadingAmount): number {
  const seconds =
    (amount.words / WORDS_PER_MINUTE) * 60 +
    (amount.cjkCharacters / CJK_CHARACTERS_PER_MINUTE) * 60 +
    (amount.codeLines / CODE_LINES_PER_MINUTE) * 60 +
    amount.images * SECONDS_PER_IMAGE;
  return Math.max(1, Math.round(seconds / 60));
}

/** Reading time in whole minutes of a post already parsed (as the content check parses it). */
export function readingTimeOfTree(tree: Root): number {
  return minutesFor(measureNode(tree));
}

/** Reading time of a post's Markdown in whole minutes, at least 1. */
export function readingTime(markdown: string, options: { math?: boolean } = {}): number {
  return minutesFor(measureReading(markdown, options));
}
