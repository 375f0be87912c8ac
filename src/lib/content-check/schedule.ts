import { parsePostDate } from "../posts/dates";

export type PublicationState = "published" | "draft" | "scheduled";

/**
 * Quoted "true" and "yes" are reported as errors by the frontmatter check, but until they are
 * fixed the post is kept out: publishing something its author meant to hold back cannot be undone,
 * while holding back a finished post costs one rebuild.
 */
function isDraft(value: unknown): boolean {
  if (value === true) return true;
  return typeof value === "string" && ["true", "yes"].includes(value.trim().toLowerCase());
}

/**
 * Whether a post belongs on the production site now. `data` is the frontmatter as Gatsby or the
 * content check parsed it, so `date` may be a string or a Date.
 */
export function publicationState(data: Record<string, unknown>, now: Date): PublicationState {
  if (isDraft(data.draft)) return "draft";
  const date = parsePostDate(data.date);
  if (date !== null && date.getTime() > now.getTime()) return "scheduled";
  return "published";
}
