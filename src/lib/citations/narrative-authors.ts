/**
 * The authors' names a narrative citation (`@devlin2019bert showed`) opens with: the family
 * name of one or two authors, or the first and "et al." from three on, as author–year styles
 * write them. Names are joined the way the post's language joins a pair.
 */
import { uiStrings } from "../i18n/ui-strings";
import type { CslItem, CslName } from "./csl-item";

function shortName(name: CslName): string {
  return (name.family ?? name.literal ?? name.given ?? "").trim();
}

export function narrativeAuthors(item: CslItem, lang: string): string {
  const names = (item.author ?? item.editor ?? []).map(shortName).filter((name) => name !== "");
  if (names.length === 0) return item.title ?? item.id;
  if (names.length >= 3) return `${names[0] ?? ""} ${uiStrings(lang).etAl}`;
  return new Intl.ListFormat(lang, { type: "conjunction" }).format(names);
}
