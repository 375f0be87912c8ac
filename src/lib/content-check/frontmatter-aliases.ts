/**
 * What the check says about frontmatter written another blog's way. Reading an alias is not a
 * mistake, so it is a note, worded the same in every post so that the report sums a whole blog's
 * `spoiler` fields up in one line. A name that loses to another one for the same field is a
 * warning: its value is thrown away, which the author may not expect.
 */
import type { FieldSource, FrontmatterResolution } from "../frontmatter/resolve";
import type { ParsedPost, Problem, Severity } from "./types";

export const ALIAS_RULE = "frontmatter/alias";
export const LIST_AS_TEXT_RULE = "frontmatter/list-as-text";
export const ALIAS_CONFLICT_RULE = "frontmatter/alias-conflict";

function aliasNote(source: FieldSource): string {
  const field = `\`${source.field.name}\``;
  const conversion = source.alias?.conversion;
  if (conversion !== undefined) {
    return `\`${source.name}\` is read as ${field}, ${conversion}; write ${field} instead to silence this note`;
  }
  const fix = source.name.includes(".") ? `write it as ${field} instead` : `rename it to ${field}`;
  return `\`${source.name}\` is read as ${field}; ${fix} to silence this note`;
}

function listNote(source: FieldSource): string {
  return `\`${source.name}\` written as text is read as a list split at commas; write it as a YAML list, such as ${source.name}: [a, b], to silence this note`;
}

export function aliasProblems(post: ParsedPost, resolution: FrontmatterResolution): Problem[] {
  const problems: Problem[] = [];
  const add = (key: string, severity: Severity, rule: string, message: string) => {
    const line = post.fieldLines[key] ?? 1;
    problems.push({ file: post.source.file, line, column: 1, severity, rule, message });
  };
  for (const source of resolution.fields.values()) {
    if (source.alias !== null) add(source.key, "note", ALIAS_RULE, aliasNote(source));
    if (source.listFromText) add(source.key, "note", LIST_AS_TEXT_RULE, listNote(source));
  }
  for (const { name, key, winner } of resolution.ignored) {
    const field = winner.field.name;
    const reason =
      winner.alias === null
        ? `\`${field}\` is set too, and the field's own name wins`
        : `\`${field}\` is read from \`${winner.name}\``;
    add(
      key,
      "warning",
      ALIAS_CONFLICT_RULE,
      `\`${name}\` is ignored: ${reason}; remove one of them`,
    );
  }
  return problems;
}
