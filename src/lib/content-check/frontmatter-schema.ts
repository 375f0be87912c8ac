import {
  FIELD_ALIASES,
  FIELD_NAMES,
  FRONTMATTER_FIELDS,
  type FrontmatterField,
  type GroupField,
  type NameListField,
  type TextField,
} from "../frontmatter/fields";
import { resolveFrontmatter, type FrontmatterResolution } from "../frontmatter/resolve";
import { parsePostDate } from "../posts/dates";
import { aliasProblems } from "./frontmatter-aliases";
import { normalizeSitePath, type SitePathKind } from "../posts/site-path";
import { hasFrontmatter } from "./parse-post";
import { closestName } from "./suggest";
import type { ParsedPost, Problem, Severity } from "./types";

const KNOWN_FIELDS = FIELD_NAMES;
const ALIASES = FIELD_ALIASES;

const DATE_HINT = 'write it as "2020-04-20" or an ISO timestamp';

interface Reporter {
  /** A problem on the line of the top-level name `key`, or on line 1 when the post lacks it. */
  add(key: string, severity: Severity, message: string, rule: string): void;
}

/**
 * The problems of one field, named as the post writes it (`spoiler` for `description`), at the
 * line it is on, under the field's rule: an alias is checked exactly as its field.
 */
interface FieldReport {
  name: string;
  add(severity: Severity, message: string, rule?: string): void;
}

function fieldReport(
  report: Reporter,
  field: FrontmatterField,
  source: { name: string; key: string },
): FieldReport {
  return {
    name: source.name,
    add: (severity, message, rule) =>
      report.add(source.key, severity, message, rule ?? `frontmatter/${field.name}`),
  };
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
function checkDate(value: unknown, report: FieldReport): Date | null {
  const prefix = `frontmatter \`${report.name}\``;
  if (value === null || (typeof value === "string" && value.trim() === "")) {
    report.add("error", `${prefix} is empty; ${DATE_HINT}`);
    return null;
  }
  const date = parsePostDate(value);
  const invalidDay = typeof value === "string" ? calendarProblem(value) : null;
  if (date !== null && invalidDay === null) return date;
  if (invalidDay !== null) {
    report.add("error", `${prefix}: ${show(value)} is not a date (${invalidDay}); ${DATE_HINT}`);
  } else if (typeof value === "string") {
    const suggestion = isoSuggestion(value);
    const hint = suggestion === null ? DATE_HINT : `write it as "${suggestion}"`;
    report.add("error", `${prefix}: ${show(value)} is not a date; ${hint}`);
  } else {
    report.add("error", `${prefix}: ${show(value)} is ${kindOf(value)}, not a date; ${DATE_HINT}`);
  }
  return null;
}

/** A required text field that is missing, empty or not text. */
function checkRequiredText(field: TextField, value: unknown, report: FieldReport): void {
  const name = report.name;
  if (value === undefined) {
    const example = field.example ?? `${name}: …`;
    report.add("error", `frontmatter has no \`${name}\`; add a line such as ${example}`);
  } else if (value === null || (typeof value === "string" && value.trim() === "")) {
    const hint = field.ifEmpty ?? `write it after \`${name}:\``;
    report.add("error", `frontmatter \`${name}\` is empty; ${hint}`);
  } else if (typeof value !== "string") {
    const example = typeof value === "number" ? `: ${name}: "${value}"` : "";
    report.add(
      "error",
      `frontmatter \`${name}\` is ${kindOf(value)}, not text; write it as one line of text in quotes${example}`,
    );
  }
}

function checkDates(
  resolution: FrontmatterResolution,
  report: Reporter,
  dateRequired: boolean,
): void {
  const dates = new Map<string, { date: Date | null; name: string; written: unknown }>();
  for (const field of FRONTMATTER_FIELDS) {
    if (field.kind !== "date") continue;
    const source = resolution.fields.get(field.name);
    if (source !== undefined) {
      const date = checkDate(source.value, fieldReport(report, field, source));
      dates.set(field.name, { date, name: source.name, written: source.written });
    }
    // Pages (content/pages) are not dated, so `date` is required of posts only.
    else if (field.required && (field.name !== "date" || dateRequired)) {
      report.add(
        field.name,
        "error",
        `frontmatter has no \`${field.name}\`; add the day the post is published, such as ${field.name}: "2020-04-20"`,
        `frontmatter/${field.name}`,
      );
    }
  }
  const published = dates.get("date");
  const updated = dates.get("updated");
  const source = resolution.fields.get("updated");
  if (published?.date && updated?.date && source && updated.date < published.date) {
    fieldReport(report, source.field, source).add(
      "warning",
      `frontmatter \`${updated.name}\` (${show(updated.written)}) is earlier than \`${published.name}\` (${show(published.written)}); a post cannot be updated before it is published, so correct one of them`,
    );
  }
}

/** Optional fields of plain text; `required` ones must not be left empty either. */
function checkText(value: unknown, report: FieldReport, emptyHint: string | null): void {
  if (value === undefined) return;
  const prefix = `frontmatter \`${report.name}\``;
  if (value === null || (typeof value === "string" && value.trim() === "")) {
    if (emptyHint !== null) report.add("error", `${prefix} is empty; ${emptyHint}`);
    else report.add("warning", `${prefix} is empty; fill it in or remove the line`);
  } else if (typeof value !== "string") {
    report.add("error", `${prefix} is ${kindOf(value)}, not text; write it as text in quotes`);
  }
}

/**
 * A list of names such as `tags`: a YAML list (or text split at commas, which resolve.ts has
 * already split) of distinct, non-empty names.
 */
function checkNames(field: NameListField, value: unknown, report: FieldReport): void {
  const { itemName } = field;
  const name = report.name;
  if (value === undefined) return;
  const prefix = `frontmatter \`${name}\``;
  if (value === null) {
    const example = field.name === "tags" ? '["en", "deep-learning"]' : '["a", "b"]';
    report.add(
      "warning",
      `${prefix} is empty; list them such as ${name}: ${example}, or remove the line`,
    );
    return;
  }
  if (!Array.isArray(value)) {
    report.add(
      "error",
      `${prefix} is ${kindOf(value)}, not a list; write it as ${name}: ["a", "b"]`,
    );
    return;
  }
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    const which = `${itemName} ${index + 1} of \`${name}\``;
    if (typeof item !== "string" || item.trim() === "") {
      const fix =
        item === null || item === "" ? `remove it or write the ${itemName}` : "put it in quotes";
      report.add("error", `frontmatter ${which} is ${show(item)}, not a ${itemName} name; ${fix}`);
    } else if (seen.has(item)) {
      report.add("warning", `${prefix} lists ${show(item)} more than once; remove the repeat`);
    } else {
      seen.add(item);
    }
  });
}

const PATH_EXAMPLE: Readonly<Record<SitePathKind, string>> = {
  page: "/2019/05/my-post/",
  old: "[/2015/old-name/, /old-name.html]",
};

/** One path of the site, as posts/site-path.ts reads it. */
function checkPathValue(
  value: unknown,
  kind: SitePathKind,
  report: FieldReport,
  which: string,
): void {
  const prefix = `frontmatter ${which}`;
  if (typeof value !== "string") {
    report.add(
      "error",
      `${prefix} is ${value === null ? "empty" : kindOf(value)}, not a path; write it as ${report.name}: ${PATH_EXAMPLE[kind]}`,
    );
    return;
  }
  const { problem } = normalizeSitePath(value, kind);
  if (problem !== null) report.add("error", `${prefix}: ${show(value)} ${problem}`);
}

/** `slug`: the post's own path. */
function checkPath(value: unknown, report: FieldReport): void {
  if (value === undefined) return;
  checkPathValue(value, "page", report, `\`${report.name}\``);
}

/** `redirectFrom`: one old path, or a list of them, each at most once. */
function checkPaths(value: unknown, report: FieldReport): void {
  const name = report.name;
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    checkPathValue(value, "old", report, `\`${name}\``);
    return;
  }
  if (value.length === 0) {
    report.add(
      "warning",
      `frontmatter \`${name}\` is an empty list; list old paths or remove the line`,
    );
  }
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    checkPathValue(item, "old", report, `path ${index + 1} of \`${name}\``);
    const path = typeof item === "string" ? normalizeSitePath(item, "old").path : null;
    if (path === null) return;
    if (seen.has(path)) {
      report.add(
        "warning",
        `frontmatter \`${name}\` lists ${path} more than once; remove the repeat`,
      );
    }
    seen.add(path);
  });
}

/** Language, then optional script, region and variants: `en`, `ja`, `pt-BR`, `zh-Hant-TW`. */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|\d{3}))?(-([a-z\d]{5,8}|\d[a-z\d]{3}))*$/i;
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { english: "en", japanese: "ja" };

function checkLanguage(value: unknown, report: FieldReport): void {
  const name = report.name;
  if (value === undefined) return;
  if (typeof value === "string" && LANGUAGE_TAG.test(value.trim())) return;
  const text = typeof value === "string" ? value.trim() : "";
  const guess =
    LANGUAGE_NAMES[text.toLowerCase()] ??
    (LANGUAGE_TAG.test(text.replaceAll("_", "-")) ? text.replaceAll("_", "-") : null);
  const hint =
    guess === null
      ? 'write a language code such as "en", "ja" or "pt-BR"'
      : `write it as ${name}: ${guess}`;
  report.add("error", `frontmatter \`${name}\`: ${show(value)} is not a language tag; ${hint}`);
}

const TRUE_WORDS = new Set(["true", "yes", "on", "y"]);
const FALSE_WORDS = new Set(["false", "no", "off", "n"]);

function checkBoolean(value: unknown, report: FieldReport): void {
  const name = report.name;
  if (value === undefined || typeof value === "boolean") return;
  const word = typeof value === "string" ? value.trim().toLowerCase() : "";
  const meant = TRUE_WORDS.has(word) ? "true" : FALSE_WORDS.has(word) ? "false" : null;
  const message =
    meant === null
      ? `frontmatter \`${name}\`: ${show(value)} is not true or false; write ${name}: true or ${name}: false`
      : `frontmatter \`${name}\`: ${show(value)} is read as text, not as true or false; write ${name}: ${meant} without quotes`;
  report.add("error", message);
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

/** Fields indented under one name, such as `attribution`: each known, required ones present. */
function checkGroup(group: GroupField, value: unknown, report: FieldReport): void {
  if (value === undefined) return;
  const rule = `frontmatter/${group.name}`;
  const required = group.fields.filter((field) => field.required);
  const names = group.fields.map((field) => field.name);
  if (!isRecord(value)) {
    const indent = required.map((field) => field.name);
    const list = `${indent.slice(0, -1).join(", ")} and ${indent.at(-1) ?? ""}`;
    report.add(
      "error",
      `frontmatter \`${group.name}\` is ${show(value)}, not a group of fields; indent ${list} under it, each on its own line`,
      rule,
    );
    return;
  }
  for (const field of required) {
    if (value[field.name] !== undefined) continue;
    report.add(
      "error",
      `frontmatter \`${group.name}\` has no \`${field.name}\`; add it indented under ${group.name}, such as \`  ${field.name}: ${field.example ?? "…"}\``,
      rule,
    );
  }
  for (const [key, fieldValue] of Object.entries(value)) {
    const name = `${group.name}.${key}`;
    const field = group.fields.find((candidate) => candidate.name === key);
    if (field === undefined) {
      const near = closestName(key, names);
      const hint =
        near === null
          ? `it is ignored (known: ${names.join(", ")})`
          : `did you mean \`${group.name}.${near}\`?`;
      report.add("warning", `unknown field \`${name}\`; ${hint}`, rule);
      continue;
    }
    const prefix = `frontmatter \`${name}\``;
    if (fieldValue === null || (typeof fieldValue === "string" && fieldValue.trim() === "")) {
      report.add(
        field.required ? "error" : "warning",
        `${prefix} is empty; fill it in${field.required ? "" : " or remove the line"}`,
        rule,
      );
    } else if (typeof fieldValue !== "string") {
      report.add(
        "error",
        `${prefix} is ${kindOf(fieldValue)}, not text; write it as text in quotes`,
        rule,
      );
    } else if (field.kind === "url") {
      const problem = absoluteUrlProblem(fieldValue.trim());
      if (problem !== null) {
        report.add(
          "error",
          `${prefix}: ${show(fieldValue)} is not an absolute http(s) URL; ${problem}`,
          rule,
        );
      }
    }
  }
}

/** One field by its kind in the registry; dates are checked together, for their order. */
function checkField(field: FrontmatterField, value: unknown, report: FieldReport): void {
  switch (field.kind) {
    case "text":
      if (field.required) checkRequiredText(field, value, report);
      else checkText(value, report, field.ifEmpty ?? null);
      return;
    case "date":
      return;
    case "names":
      return checkNames(field, value, report);
    case "language":
      return checkLanguage(value, report);
    case "boolean":
      return checkBoolean(value, report);
    case "path":
      return checkPath(value, report);
    case "paths":
      return checkPaths(value, report);
    case "group":
      return checkGroup(field, value, report);
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
  // Compared as normalized too, so `last_modified_att` is one slip from `last_modified_at`.
  const byNormalized = new Map<string, string>();
  for (const name of [...KNOWN_FIELDS, ...Object.keys(ALIASES)]) {
    if (!byNormalized.has(normalized(name))) byNormalized.set(normalized(name), name);
  }
  // Very short names are within two edits of too much; `id` is not a typo of `lang`.
  const near = closestName(key, [...byNormalized.keys()], Math.min(2, key.length - 1));
  const name = near === null ? undefined : byNormalized.get(near);
  return name === undefined ? null : (ALIASES[name] ?? name);
}

function checkUnknownFields(
  data: Record<string, unknown>,
  resolution: FrontmatterResolution,
  report: Reporter,
): void {
  for (const field of Object.keys(data)) {
    if (resolution.readKeys.has(field)) continue;
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
    add(key, severity, message, rule) {
      const line = post.fieldLines[key];
      problems.push({
        file: post.source.file,
        line: line ?? 1,
        column: 1,
        severity,
        rule,
        message,
      });
    },
  };
  const { data } = post;
  const resolution = resolveFrontmatter(data);
  checkDates(resolution, report, options.dateRequired ?? true);
  for (const field of FRONTMATTER_FIELDS) {
    const source = resolution.fields.get(field.name);
    const at = source ?? { name: field.name, key: field.name };
    checkField(field, source?.value, fieldReport(report, field, at));
  }
  checkUnknownFields(data, resolution, report);
  problems.push(...aliasProblems(post, resolution));
  return problems;
}
