import { isMap, isNode, isScalar, isSeq, parseDocument, visit, Scalar } from "yaml";
import type { Document, YAMLError } from "yaml";
import { createPositionLookup } from "./positions";
import type { ParsedPost, PostSource, Problem } from "./types";

const OPENING = /^---[ \t]*\r?$/;
const CLOSING = /^(---|\.\.\.)[ \t]*\r?$/;
/** The frontmatter always opens on line 1, so a YAML line is one line further down the file. */
const YAML_FIRST_LINE = 2;

export type FrontmatterSplit =
  | { kind: "none"; blankLinesBefore: boolean }
  | { kind: "unclosed" }
  | {
      kind: "block";
      yaml: string;
      /** The line that closes the block, as written (`---` or `...`). */
      closer: string;
      closerLine: number;
      bodyOffset: number;
    };

interface Line {
  text: string;
  start: number;
  /** Offset just past the line's `\n` (or the end of the text). */
  end: number;
}

function linesOf(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline + 1;
    lines.push({ text: text.slice(start, newline === -1 ? text.length : newline), start, end });
    if (newline === -1) break;
    start = end;
  }
  return lines;
}

/**
 * Finds the `---` block at the top of a post. A BOM is skipped: TextDecoder drops it, but a
 * PostSource decoded some other way may keep it, and either way gray-matter reads past it.
 */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const lines = linesOf(text, text.startsWith("\uFEFF") ? 1 : 0);
  const first = lines[0];
  if (first === undefined || !OPENING.test(first.text)) {
    const firstFilled = lines.find((line) => line.text.trim() !== "");
    return {
      kind: "none",
      blankLinesBefore: firstFilled !== undefined && OPENING.test(firstFilled.text),
    };
  }
  const closerIndex = lines.findIndex((line, index) => index > 0 && CLOSING.test(line.text));
  const closer = lines[closerIndex];
  if (closer === undefined) return { kind: "unclosed" };
  return {
    kind: "block",
    yaml: text.slice(first.end, closer.start),
    closer: closer.text.trim(),
    closerLine: closerIndex + 1,
    bodyOffset: closer.end,
  };
}

/** Whether the post opens with a `---` block, closed or not. */
export function hasFrontmatter(text: string): boolean {
  return splitFrontmatter(text).kind !== "none";
}

/** 1-based line and column (in characters, not UTF-16 units) of an offset in `text`. */
function locate(text: string, offset: number): { line: number; column: number } {
  return createPositionLookup(text)(offset);
}

const GENERIC_HINT =
  'put the value in quotes if it contains ": " or starts with one of " \' [ { * & ! % @ `';
/** Longer values make the example a wall of text; the generic wording is clearer then. */
const MAX_EXAMPLE_VALUE = 50;

/** `key: value` rewritten with the value quoted so YAML reads it as plain text. */
function quotedExample(lineText: string): string | null {
  const match = /^(\s*[^\s:#"'][^:]*?):\s+(.+?)\s*$/.exec(lineText);
  const key = match?.[1];
  const value = match?.[2];
  if (key === undefined || value === undefined || value.length > MAX_EXAMPLE_VALUE) return null;
  // Single quotes keep double quotes in the text as they are; only ' itself needs doubling.
  const quoted = value.includes('"') ? `'${value.replaceAll("'", "''")}'` : JSON.stringify(value);
  return `${key.trim()}: ${quoted}`;
}

function quoteHint(lineText: string, reason: string): string {
  const example = quotedExample(lineText);
  return example === null ? `${reason}; ${GENERIC_HINT}` : `${reason}; write it as ${example}`;
}

function hintFor(error: YAMLError, lineText: string): string {
  switch (error.code) {
    case "MISSING_CHAR":
      if (error.message.includes("quote")) {
        return "the quote that opens this value is never closed; end the value with the same quote on this line, or if the quote is part of the text, wrap the whole value in the other kind of quote";
      }
      return GENERIC_HINT;
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      // Both codes also come from a line indented under a field that already has a value.
      return /:\s.*:(\s|$)/.test(lineText)
        ? quoteHint(lineText, 'a value that contains ": " must be in quotes')
        : "the next line is indented under this field, so YAML reads it as part of this value; indent it like the other fields";
    case "UNEXPECTED_TOKEN":
      return quoteHint(
        lineText,
        "a value that starts with a quote ends at the matching quote, so the text after it is left over",
      );
    case "BAD_SCALAR_START":
      return quoteHint(lineText, "a value that starts with this character must be in quotes");
    case "TAB_AS_INDENT":
      return "indent with spaces; YAML does not allow tabs";
    case "DUPLICATE_KEY": {
      const key = /^\s*([^:]+):/.exec(lineText)?.[1]?.trim();
      return `${key === undefined ? "a field" : `\`${key}\``} is set more than once; keep only one`;
    }
    case "BAD_INDENT":
      return "close a [ ] or { } list on the line where it starts, or indent the lines that continue it";
    default:
      return GENERIC_HINT;
  }
}

/**
 * yaml reports an unclosed quote where the frontmatter ends, which can be far from the mistake;
 * the author has to fix it where the quote opens.
 */
function unclosedQuoteStart(doc: Document, errorOffset: number): number | null {
  let start: number | null = null;
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      if (quoted && range && range[0] < errorOffset && errorOffset <= range[1]) start = range[0];
    },
  });
  return start;
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

interface Reporter {
  add(offset: number, severity: Problem["severity"], rule: string, message: string): void;
  problems: Problem[];
}

/** Turns offsets in the YAML text into file positions, one problem per place. */
function reporterFor(source: PostSource, yaml: string): Reporter {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  return {
    problems,
    add(offset, severity, rule, message) {
      const { line, column } = locate(yaml, offset);
      const problem = {
        file: source.file,
        line: line + YAML_FIRST_LINE - 1,
        column,
        severity,
        rule,
        message,
      };
      // yaml may report one mistake twice at one place, under two codes.
      const key = `${problem.line}:${problem.column}:${severity}`;
      if (seen.has(key)) return;
      seen.add(key);
      problems.push(problem);
    },
  };
}

function reportYamlIssues(doc: Document, yaml: string, reporter: Reporter): void {
  const yamlLines = yaml.split("\n");
  for (const error of doc.errors) {
    const quoteStart = error.code === "MISSING_CHAR" ? unclosedQuoteStart(doc, error.pos[0]) : null;
    const offset = quoteStart ?? error.pos[0];
    const lineText = yamlLines[locate(yaml, offset).line - 1] ?? "";
    reporter.add(
      offset,
      "error",
      "frontmatter/yaml",
      `frontmatter is not valid YAML: ${firstLine(error.message)}; ${hintFor(error, lineText)}`,
    );
  }
  for (const warning of doc.warnings) {
    reporter.add(
      warning.pos[0],
      "warning",
      "frontmatter/yaml",
      `frontmatter YAML: ${firstLine(warning.message)}; ${GENERIC_HINT}`,
    );
  }
}

/** An alias (`*name`) with no anchor before it: yaml parses it, but cannot turn it into a value. */
function unresolvedAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === undefined && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function problemAtLine1(source: PostSource, rule: string, message: string): Problem {
  return { file: source.file, line: 1, column: 1, severity: "error", rule, message };
}

type YamlResult =
  | { data: Record<string, unknown>; fieldLines: Record<string, number> }
  | { data: null; fieldLines: null };

function parseYaml(yaml: string, reporter: Reporter): YamlResult {
  // logLevel "error": yaml would otherwise print its own warnings to the console.
  const doc = parseDocument(yaml, { prettyErrors: false, logLevel: "error" });
  reportYamlIssues(doc, yaml, reporter);
  if (doc.errors.length > 0) return { data: null, fieldLines: null };

  const contents = doc.contents;
  if (contents === null) return { data: {}, fieldLines: {} };
  if (!isMap(contents)) {
    const what = isSeq(contents) ? "a list" : "a single value";
    reporter.add(
      contents.range?.[0] ?? 0,
      "error",
      "frontmatter/yaml",
      `frontmatter is ${what}, not fields; write one \`name: value\` per line, such as title: My post`,
    );
    return { data: null, fieldLines: null };
  }

  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    reporter.add(
      unresolvedAliasOffset(doc),
      "error",
      "frontmatter/yaml",
      `frontmatter is not valid YAML: ${message}; a value that starts with * refers to an &anchor, so put it in quotes to write a literal *`,
    );
    return { data: null, fieldLines: null };
  }

  const fieldLines: Record<string, number> = {};
  for (const pair of contents.items) {
    const key = pair.key;
    if (!isScalar(key) || !isNode(key) || !key.range) continue;
    fieldLines[String(key.value)] = locate(yaml, key.range[0]).line + YAML_FIRST_LINE - 1;
  }
  return { data: isRecord(data) ? data : {}, fieldLines };
}

type ParseResult = { post: ParsedPost | null; problems: Problem[] };

/**
 * Several checks read every post (its own checks, the list pages it adds, the addresses it
 * claims); a source is read once per run and never changed, so it is parsed once.
 */
const parsedSources = new WeakMap<PostSource, ParseResult>();

/**
 * Splits a post into frontmatter and body. `post` is null when the frontmatter cannot be read, so
 * later checks never see half-parsed data; a post with no frontmatter at all still gets a post
 * (with empty data) so that its body is checked too. Callers must not change what it returns.
 */
export function parsePost(source: PostSource): ParseResult {
  const cached = parsedSources.get(source);
  if (cached !== undefined) return cached;
  const result = parseSource(source);
  parsedSources.set(source, result);
  return result;
}

function parseSource(source: PostSource): ParseResult {
  const { text } = source;
  const split = splitFrontmatter(text);

  if (split.kind === "none") {
    const message = split.blankLinesBefore
      ? "no frontmatter: the --- block must start on line 1; remove the lines above it"
      : "no frontmatter; start the file with a --- block holding at least title and date";
    return {
      post: { source, data: {}, fieldLines: {}, body: text, bodyOffset: 0 },
      problems: [problemAtLine1(source, "frontmatter/missing", message)],
    };
  }
  if (split.kind === "unclosed") {
    const message =
      "the frontmatter that opens with --- on line 1 is never closed; add a line holding only --- after the last field";
    return { post: null, problems: [problemAtLine1(source, "frontmatter/unclosed", message)] };
  }

  const reporter = reporterFor(source, split.yaml);
  if (split.closer === "...") {
    // The YAML spec allows `...`, but gray-matter (which Gatsby uses) does not, and the build
    // then fails on the whole post.
    reporter.problems.push({
      file: source.file,
      line: split.closerLine,
      column: 1,
      severity: "error",
      rule: "frontmatter/delimiter",
      message:
        "close the frontmatter with ---, not ...; Gatsby's frontmatter reader only knows --- and fails on this post",
    });
  }
  const parsed = parseYaml(split.yaml, reporter);
  if (parsed.data === null) return { post: null, problems: reporter.problems };
  return {
    post: {
      source,
      data: parsed.data,
      fieldLines: parsed.fieldLines,
      body: text.slice(split.bodyOffset),
      bodyOffset: split.bodyOffset,
    },
    problems: reporter.problems,
  };
}
