/** Whether a translation was made before the original's last substantial change. */

import { parsePostDate } from "../posts/dates";

/**
 * The original's `updated` date when it is later than the translation's own `updated` (or, without
 * one, its own `date`); null when the translation is current, or gives no date of its own to
 * compare (an inherited date says when the original appeared, not when it was translated).
 */
export function outdatedSince(
  translation: { date: string | null; updated: string | null },
  originalUpdated: string | null,
): string | null {
  if (originalUpdated === null) return null;
  const changed = parsePostDate(originalUpdated);
  const translated = parsePostDate(translation.updated ?? translation.date ?? "");
  if (changed === null || translated === null) return null;
  return translated.getTime() < changed.getTime() ? originalUpdated : null;
}
