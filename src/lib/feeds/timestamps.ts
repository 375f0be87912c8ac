/** ISO 8601 as Gatsby emits it: a date, or a date and time with an optional offset. */
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses an ISO 8601 date or timestamp. A time without an offset is read as UTC, not as the
 * build machine's local time, so the same sources give the same feed on every machine. Anything
 * else is an error: a feed with "Invalid Date" in it would be silently dropped by readers.
 */
export function parseTimestamp(value: string, what: string): Date {
  const trimmed = value.trim();
  const match = ISO_8601.exec(trimmed);
  if (match === null) throw new Error(`${what}: expected an ISO 8601 date, got "${value}"`);
  const hasTime = trimmed.includes("T");
  const hasOffset = match[1] !== undefined;
  const date = new Date(hasTime && !hasOffset ? `${trimmed}Z` : trimmed);
  if (Number.isNaN(date.getTime())) throw new Error(`${what}: "${value}" is not a real date`);
  return date;
}

/** RFC 822 date as RSS 2.0 requires, always in GMT. */
export function toRfc822(date: Date): string {
  return date.toUTCString();
}

/** RFC 3339 timestamp as JSON Feed requires; a bare date is not enough there. */
export function toRfc3339(date: Date): string {
  return date.toISOString();
}
