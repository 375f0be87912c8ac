import type { Random } from "./random";
import type { Lexicon, Topic } from "./topics";

export type Language = "en" | "ja";

type Kind = keyof Lexicon;

/**
 * What one post keeps coming back to: a topic and one entry of each kind, chosen by index so the
 * English and Japanese words name the same thing (code and charts are labelled in English in
 * either language, and must agree with the text).
 */
export interface Focus {
  topic: Topic;
  language: Language;
  /** The chosen entry of each kind, by index into the topic's lexicons. */
  chosen: Record<Kind, number>;
  random: Random;
}

const KINDS: readonly Kind[] = [
  "systems",
  "components",
  "metrics",
  "actions",
  "problems",
  "datasets",
  "resources",
  "baselines",
];

export function chooseFocus(topic: Topic, language: Language, random: Random): Focus {
  const chosen = Object.fromEntries(
    KINDS.map((kind) => [kind, random.int(0, topic.en[kind].length - 1)]),
  ) as Record<Kind, number>;
  return { topic, language, chosen, random };
}

/** The post's own entry of `kind`, in `language` (the post's language unless given). */
export function main(focus: Focus, kind: Kind, language: Language = focus.language): string {
  return focus.topic[language][kind][focus.chosen[kind]] as string;
}

/** An entry of `kind` other than the post's own, in `language` (the post's unless given). */
export function other(focus: Focus, kind: Kind, language: Language = focus.language): string {
  const entries = focus.topic[language][kind];
  const others = entries.filter((_, index) => index !== focus.chosen[kind]);
  return focus.random.pick(others.length > 0 ? others : entries);
}

/** Mostly the post's own entry, sometimes another, so the text stays on topic without repeating. */
export function some(focus: Focus, kind: Kind): string {
  return focus.random.chance(0.6) ? main(focus, kind) : other(focus, kind);
}

/** "batching small writes" -> "Batching small writes". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
