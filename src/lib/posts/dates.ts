/**
 * Dates are shown in UTC so that the same post shows the same date whatever the time zone of the
 * machine that builds it.
 */
const readableDate = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

/**
 * A date, then optionally a time (after `T` or spaces) and a UTC offset (after optional spaces):
 * ISO 8601 as most blogs write it, and `2020-04-20 10:30:00 +0900` as Jekyll writes it.
 */
const DATE_TEXT =
  /^(\d{4}-\d{2}-\d{2})(?:(?:T|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:[ \t]*(Z|[+-]\d{2}(?::?\d{2})?))?)?$/;

/** `+0900` and `+09` as `+09:00`, which every JavaScript engine reads. */
function offsetOf(zone: string | undefined): string {
  if (zone === undefined || zone === "Z") return "Z";
  const digits = zone.slice(1).replace(":", "");
  return `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2).padEnd(2, "0")}`;
}

/**
 * Parses a frontmatter date ("2020-04-20", an ISO timestamp, or a timestamp with a space before
 * the time and the offset); null when it is not a date, or names a day the month does not have.
 * A time without an offset is UTC, as YAML reads it, so the date is the same on every machine.
 */
export function parsePostDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "string") return null;
  const match = DATE_TEXT.exec(value.trim());
  if (!match) return null;
  const [, day = "", hours, minutes, seconds, fraction, zone] = match;
  const time =
    hours === undefined
      ? ""
      : `T${hours.padStart(2, "0")}:${minutes ?? "00"}:${seconds ?? "00"}${fraction ?? ""}${offsetOf(zone)}`;
  const date = new Date(`${day}${time}`);
  if (Number.isNaN(date.getTime())) return null;
  // JavaScript rolls 2021-02-30 over to March; the author meant a day that does not exist.
  const dayOnly = new Date(`${day}T00:00:00Z`);
  return dayOnly.toISOString().slice(0, 10) === day ? date : null;
}

/** Dates that HTML's `datetime` and a text sort already read right. */
const ISO_AS_WRITTEN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The date as the site writes it into `<time datetime>` and sorts it: as written when it is
 * already a date or an ISO timestamp with its offset, otherwise (a Date from YAML, a Jekyll
 * timestamp, a time without an offset) as an ISO timestamp in UTC. Anything else is returned as it
 * is, for the check to report.
 */
export function canonicalPostDate(value: unknown): unknown {
  const date = parsePostDate(value);
  if (date === null) return value;
  if (typeof value === "string" && ISO_AS_WRITTEN.test(value)) return value;
  return date.toISOString();
}

/** "April 20, 2020" */
export function formatReadableDate(date: Date): string {
  return readableDate.format(date);
}
