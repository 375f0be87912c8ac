/**
 * Reads each registry field of a post's frontmatter from wherever the post wrote it: under the
 * field's own name or under another blog's name for it (`spoiler` for `description`), converted
 * where the registry says so. The build's GraphQL resolver, its node fields and the content check
 * all read frontmatter through here, so a post means the same thing to each of them.
 */
import { canonicalPostDate } from "../posts/dates";
import { FRONTMATTER_FIELDS, aliasRule, type AliasRule, type FrontmatterField } from "./fields";
import { isGroup } from "./is-group";

/** Where one field's value came from, and the value the site reads. */
export interface FieldSource {
  field: FrontmatterField;
  /** The name as the post writes it: `description`, `spoiler` or `cover.image`. */
  name: string;
  /** The top-level name it is written under, whose line a report points to. */
  key: string;
  /** The value as written. */
  written: unknown;
  /** The value the site reads: converted by the alias, a list split from text, an ISO date. */
  value: unknown;
  /** The alias it was read through; null when it is under the field's own name. */
  alias: AliasRule | null;
  /** A list field written as text, read split at commas. */
  listFromText: boolean;
}

/** A name the post also wrote for a field that was read from another name. */
export interface IgnoredSource {
  name: string;
  key: string;
  /** What the field was read from instead. */
  winner: FieldSource;
}

export interface FrontmatterResolution {
  /** Every field the post gives a value, by the field's name. */
  fields: ReadonlyMap<string, FieldSource>;
  ignored: readonly IgnoredSource[];
  /** Top-level names the registry reads (ignored ones included): anything else is unknown. */
  readKeys: ReadonlySet<string>;
}

/** The value at a name such as `cover.image`; undefined when any part of the way is missing. */
function valueAt(data: Record<string, unknown>, name: string): unknown {
  let value: unknown = data;
  for (const part of name.split(".")) {
    if (!isGroup(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}

/** `tags: "a, b"`, as gatsby-starter-blog's descendants and many themes write it. */
function splitAtCommas(text: string): string[] {
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** What the site reads of a value written for `field`, after any alias conversion. */
function readAs(field: FrontmatterField, value: unknown): { value: unknown; fromText: boolean } {
  if (field.kind === "names" && typeof value === "string") {
    return { value: splitAtCommas(value), fromText: true };
  }
  if (field.kind === "date") return { value: canonicalPostDate(value), fromText: false };
  return { value, fromText: false };
}

/** Every place the post gives a value for `field`, in the order they win. */
function candidates(field: FrontmatterField, data: Record<string, unknown>): FieldSource[] {
  const names: Array<AliasRule | null> = [null, ...(field.aliases ?? []).map(aliasRule)];
  return names.flatMap((alias) => {
    const name = alias?.name ?? field.name;
    const written = valueAt(data, name);
    if (written === undefined) return [];
    if (alias?.accepts !== undefined && !alias.accepts(written)) return [];
    const converted = alias?.convert === undefined ? written : alias.convert(written);
    const read = readAs(field, converted);
    return [
      {
        field,
        name,
        key: name.split(".")[0] ?? name,
        written,
        value: read.value,
        alias,
        listFromText: read.fromText,
      },
    ];
  });
}

export function resolveFrontmatter(data: Record<string, unknown>): FrontmatterResolution {
  const fields = new Map<string, FieldSource>();
  const ignored: IgnoredSource[] = [];
  const readKeys = new Set<string>();
  for (const field of FRONTMATTER_FIELDS) {
    const [winner, ...others] = candidates(field, data);
    if (winner === undefined) continue;
    fields.set(field.name, winner);
    readKeys.add(winner.key);
    for (const other of others) {
      ignored.push({ name: other.name, key: other.key, winner });
      readKeys.add(other.key);
    }
  }
  return { fields, ignored, readKeys };
}

/** The registry's fields as the site reads them, for the build; fields the post lacks are absent. */
export function normalizeFrontmatter(data: Record<string, unknown>): Record<string, unknown> {
  const { fields } = resolveFrontmatter(data);
  return Object.fromEntries([...fields].map(([name, source]) => [name, source.value]));
}
