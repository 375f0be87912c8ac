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

/** Parses a frontmatter date ("2020-04-20" or an ISO timestamp); null when it is not a date. */
export function parsePostDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "string" || value.trim() === "") return null;
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return null;
  const date = new Date(trimmed);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "April 20, 2020" */
export function formatReadableDate(date: Date): string {
  return readableDate.format(date);
}
