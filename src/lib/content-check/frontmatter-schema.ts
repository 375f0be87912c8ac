import { parsePostDate } from "../posts/dates";
import { hasFrontmatter } from "./parse-post";
import { closestName } from "./suggest";
import type { ParsedPost, Problem, Severity } from "./types";

const KNOWN_FIELDS = [
  "title",
  "date",
  "updated",
  "description",
  "featuredImage",
  "featuredImageAlt",
  "author",
  "tags",
  "lang",
  "draft",
  "attribution",
] as const;

/** Names other blog engines use for the same thing, which edit distance would not find. */
const ALIASES: Readonly<Record<string, string>> = {
  image: "featuredImage",
  cover: "featuredImage",
  ogImage: "featuredImage",
  category: "tags",
  categories: "tags",
  keywords: "tags",
  summary: "description",
  excerpt: "description",
  language: "lang",
  published: "date",
  modified: "updated",
  lastmod: "updated",
};

const ATTRIBUTION_REQUIRED = ["author", "url", "license"] as const;
const ATTRIBUTION_FIELDS = [
  ...ATTRIBUTION_REQUIRED,
  "title",
  "site",
  "licenseUrl",
  "changes",
] as const;

const DATE_HINT = 'write it as "2020-04-20" or an ISO timestamp';

interface Reporter {
  /** A problem on the line of `field`, or on line 1 when the field is not in the file. */
  add(field: string, severity: Severity, message: string, rule?: string): void;
}

/** How a value reads in a message: strings quoted and shortened, other things by their kind. */
function show(value: unknown): string {
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return "empty";
  return Array.isArray(value) ? "a list" : "a group of fields";
}

function kindOf(value: unknown): string {
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "true/false";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  return "a group of fields";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Why a date-shaped string is not a calendar date; JavaScript rolls 2020-02-30 over to March. */
function calendarProblem(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return `${match[1]}-${match[2]} has no day ${day}`;
  return null;
}

/** "2020/4/20" and "2020.04.20" are unambiguous, so the fix can be spelled out. */
function isoSuggestion(text: string): string | null {
  const match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1) as [string, string, string];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  return parsePostDate(iso) !== null && calendarProblem(iso) === null ? iso : null;
}

/** The date a field holds, reporting why when it holds something else. */
function checkDate(field: string, value: unknown, report: Reporter): Date | null {
  const prefix = `frontmatter \`${field}\``;
  if (value === null || (typeof value === "string" && value.trim() === "")) {
    report.add(field, "error", `${prefix} is empty; ${DATE_HINT}`);
    return null;
  }
  const date = parsePostDate(value);
  const invalidDay = typeof value === "string" ? calendarProblem(value) : null;
  if (date !== null && invalidDay === null) return date;
  if (invalidDay !== null) {
    report.add(
      field,
      "error",
      `${prefix}: ${show(value)} is not a date (${invalidDay}); ${DATE_HINT}`,
    );
  } else if (typeof value === "string") {
    const suggestion = isoSuggestion(value);
    const hint = suggestion === null ? DATE_HINT : `write it as "${suggestion}"`;
    report.add(field, "error", `${prefix}: ${show(value)} is not a date; ${hint}`);
  } else {
    report.add(
      field,
      "error",
      `${prefix}: ${show(value)} is ${kindOf(value)}, not a date; ${DATE_HINT}`,
    );
  }
  return null;
}

function checkTitle(data: Record<string, unknown>, report: Reporter): void {
  const value = data.title;
  if (value === undefined) {
    report.add(
      "title",
      "error",
      "frontmatter has no `title`; add a line such as title: My post title",
    );
  } else if (value === null || (typeof value === "string" && value.trim() === "")) {
    report.add(
      "title",
      "error",
      "frontmatter `title` is empty; write the post's title after `title:`",
    );
  } else if (typeof value !== "string") {
    const example = typeof value === "number" ? `: title: "${value}"` : "";
    report.add(
      "title",
      "error",
      `frontmatter \`title\` is ${kindOf(value)}, not text; write the title as one line of text in quotes${example}`,
    );
  }
}

function checkDates(data: Record<string, unknown>, report: Reporter, dateRequired: boolean): void {
  let date: Date | null = null;
  if (data.date === undefined) {
    if (!dateRequired) return;
    report.add(
      "date",
      "error",
      'frontmatter has no `date`; add the day the post is published, such as date: "2020-04-20"',
    );
  } else {
    date = checkDate("date", data.date, report);
  }
  if (data.updated === undefined) return;
  const updated = checkDate("updated", data.updated, report);
  if (date !== null && updated !== null && updated.getTime() < date.getTime()) {
    report.add(
      "updated",
      "warning",
      `frontmatter \`updated\` (${show(data.updated)}) is earlier than \`date\` (${show(data.date)}); a post cannot be updated before it is published, so correct one of them`,
    );
  }
}

/** Optional fields of plain text; `required` ones must not be left empty either. */
function checkText(
  field: string,
  value: unknown,
  report: Reporter,
  emptyHint: string | null,
): void {
  if (value === undefined) return;
  const prefix = `frontmatter \`${field}\``;
  if (value === null || (typeof value === "string" && value.trim() === "")) {
    if (emptyHint !== null) report.add(field, "error", `${prefix} is empty; ${emptyHint}`);
    else report.add(field, "warning", `${prefix} is empty; fill it in or remove the line`);
  } else if (typeof value !== "string") {
    report.add(
      field,
      "error",
      `${prefix} is ${kindOf(value)}, not text; write it as text in quotes`,
    );
  }
}

function tagsExample(text: string): string {
  const parts = text.includes(",") ? text.split(",") : [text];
  const tags = parts.map((part) => part.trim()).filter((part) => part !== "");
  return `tags: [${(tags.length > 0 ? tags : ["a", "b"]).map((tag) => JSON.stringify(tag)).join(", ")}]`;
}

function checkTags(value: unknown, report: Reporter): void {
  if (value === undefined) return;
  if (value === null) {
    report.add(
      "tags",
      "warning",
      'frontmatter `tags` is empty; list tags such as tags: ["en", "deep-learning"], or remove the line',
    );
    return;
  }
  if (typeof value === "string") {
    report.add(
      "tags",
      "error",
      `frontmatter \`tags\` is one piece of text, not a list; write it as ${tagsExample(value)}`,
    );
    return;
  }
  if (!Array.isArray(value)) {
    report.add(
      "tags",
      "error",
      `frontmatter \`tags\` is ${kindOf(value)}, not a list; write it as tags: ["a", "b"]`,
    );
    return;
  }
  const seen = new Set<string>();
  value.forEach((tag: unknown, index) => {
    const which = `tag ${index + 1} of \`tags\``;
    if (typeof tag !== "string" || tag.trim() === "") {
      const fix = tag === null || tag === "" ? "remove it or write the tag" : "put it in quotes";
      report.add("tags", "error", `frontmatter ${which} is ${show(tag)}, not a tag name; ${fix}`);
    } else if (seen.has(tag)) {
      report.add(
        "tags",
        "warning",
        `frontmatter \`tags\` lists ${show(tag)} more than once; remove the repeat`,
      );
    } else {
      seen.add(tag);
    }
  });
}

/** Language, then optional script, region and variants: `en`, `ja`, `pt-BR`, `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { english: "en", japanese: "ja" };

function checkLang(value: unknown, report: Reporter): void {
  if (value === undefined) return;
  if (typeof value === "string" && LANGUAGE_TAG.test(value.trim())) return;
  const text = typeof value === "string" ? value.trim() : "";
  const guess =
    LANGUAGE_NAMES[text.toLowerCase()] ??
    (LANGUAGE_TAG.test(text.replaceAll("_", "-")) ? text.replaceAll("_", "-") : null);
  const hint =
    guess === null
      ? 'write a language code such as "en", "ja" or "pt-BR"'
      : `write it as lang: ${guess}`;
  report.add(
    "lang",
    "error",
    `frontmatter \`lang\`: ${show(value)} is not a language tag; ${hint}`,
  );
}

const TRUE_WORDS = new Set(["true", "yes", "on", "y"]);
const FALSE_WORDS = new Set(["false", "no", "off", "n"]);

function checkDraft(value: unknown, report: Reporter): void {
  if (value === undefined || typeof value === "boolean") return;
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  const meant = TRUE_WORDS.has(word) ? "true" : FALSE_WORDS.has(word) ? "false" : null;
  const message =
    meant === null
      ? `frontmatter \`draft\`: ${show(value)} is not true or false; write draft: true or draft: false`
      : `frontmatter \`draft\`: ${show(value)} is read as text, not as true or false; write draft: ${meant} without quotes`;
  report.add("draft", "error", message);
}

function absoluteUrlProblem(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return null;
  } catch {
    // Not a URL at all; the hint below covers it.
  }
  return /^[\w-]+(\.[\w-]+)+(\/|$)/.test(text)
    ? `write it with the scheme: "https://${text}"`
    : 'write a full address starting with https://, such as "https://example.com/post/"';
}

function checkAttribution(value: unknown, report: Reporter): void {
  if (value === undefined) return;
  const rule = "frontmatter/attribution";
  if (!isRecord(value)) {
    report.add(
      "attribution",
      "error",
      `frontmatter \`attribution\` is ${show(value)}, not a group of fields; indent author, url and license under it, each on its own line`,
      rule,
    );
    return;
  }
  for (const field of ATTRIBUTION_REQUIRED) {
    if (value[field] === undefined) {
      const example =
        field === "url"
          ? "https://example.com/original-post/"
          : field === "license"
            ? "CC BY 4.0"
            : "Original Author";
      report.add(
        "attribution",
        "error",
        `frontmatter \`attribution\` has no \`${field}\`; add it indented under attribution, such as \`  ${field}: ${example}\``,
        rule,
      );
    }
  }
  for (const [field, fieldValue] of Object.entries(value)) {
    const name = `attribution.${field}`;
    if (!(ATTRIBUTION_FIELDS as readonly string[]).includes(field)) {
      const near = closestName(field, ATTRIBUTION_FIELDS);
      const hint =
        near === null
          ? `it is ignored (known: ${ATTRIBUTION_FIELDS.join(", ")})`
          : `did you mean \`attribution.${near}\`?`;
      report.add("attribution", "warning", `unknown field \`${name}\`; ${hint}`, rule);
      continue;
    }
    const prefix = `frontmatter \`${name}\``;
    const required = (ATTRIBUTION_REQUIRED as readonly string[]).includes(field);
    if (fieldValue === null || (typeof fieldValue === "string" && fieldValue.trim() === "")) {
      report.add(
        "attribution",
        required ? "error" : "warning",
        `${prefix} is empty; fill it in${required ? "" : " or remove the line"}`,
        rule,
      );
    } else if (typeof fieldValue !== "string") {
      report.add(
        "attribution",
        "error",
        `${prefix} is ${kindOf(fieldValue)}, not text; write it as text in quotes`,
        rule,
      );
    } else if (field === "url" || field === "licenseUrl") {
      const problem = absoluteUrlProblem(fieldValue.trim());
      if (problem !== null) {
        report.add(
          "attribution",
          "error",
          `${prefix}: ${show(fieldValue)} is not an absolute http(s) URL; ${problem}`,
          rule,
        );
      }
    }
  }
}

/** `featured_image` and `Title` are the same names written another way. */
function normalized(name: string): string {
  return name.replace(/[-_\s]/g, "").toLowerCase();
}

function suggestionFor(field: string): string | null {
  const key = normalized(field);
  const known = KNOWN_FIELDS.find((name) => normalized(name) === key);
  if (known !== undefined) return known;
  const alias = Object.keys(ALIASES).find((name) => normalized(name) === key);
  if (alias !== undefined) return ALIASES[alias] ?? null;
  // Very short names are within two edits of too much; `id` is not a typo of `lang`.
  const near = closestName(
    key,
    [...KNOWN_FIELDS, ...Object.keys(ALIASES)],
    Math.min(2, key.length - 1),
  );
  return near === null ? null : (ALIASES[near] ?? near);
}

function checkUnknownFields(data: Record<string, unknown>, report: Reporter): void {
  for (const field of Object.keys(data)) {
    if ((KNOWN_FIELDS as readonly string[]).includes(field)) continue;
    const near = suggestionFor(field);
    const hint =
      near === null
        ? `it is ignored; remove it, or use one of the fields the site reads: ${KNOWN_FIELDS.join(", ")}`
        : `did you mean \`${near}\`?`;
    report.add(field, "warning", `unknown field \`${field}\`; ${hint}`, "frontmatter/unknown");
  }
}

/**
 * Every field of the frontmatter against what the site's templates and build expect. Pages
 * (`content/pages`) are not dated, so they pass `dateRequired: false`.
 */
export function checkFrontmatter(
  post: ParsedPost,
  options: { dateRequired?: boolean } = {},
): Problem[] {
  // parsePost has already said the frontmatter is missing; "no title" and "no date" would only
  // repeat it.
  if (!hasFrontmatter(post.source.text)) return [];
  const problems: Problem[] = [];
  const report: Reporter = {
    add(field, severity, message, rule) {
      const line = post.fieldLines[field];
      problems.push({
        file: post.source.file,
        line: line ?? 1,
        column: 1,
        severity,
        rule: rule ?? `frontmatter/${field}`,
        message,
      });
    },
  };
  const { data } = post;
  checkTitle(data, report);
  checkDates(data, report, options.dateRequired ?? true);
  checkText("description", data.description, report, null);
  checkText(
    "featuredImage",
    data.featuredImage,
    report,
    "name an image file in the post's folder, or remove the line",
  );
  checkText("featuredImageAlt", data.featuredImageAlt, report, null);
  checkText("author", data.author, report, null);
  checkTags(data.tags, report);
  checkLang(data.lang, report);
  checkDraft(data.draft, report);
  checkAttribution(data.attribution, report);
  checkUnknownFields(data, report);
  return problems;
}
