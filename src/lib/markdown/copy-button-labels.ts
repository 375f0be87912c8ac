/**
 * The copy buttons of code blocks, named in the page's language. The code-block plugin writes
 * them while Markdown is parsed, before the page's words are known to it; like heading anchors
 * (heading-anchors.ts), they are renamed in the rendered HTML, from the interface strings.
 */
import { formatUiString } from "../i18n/format-ui-string";
import type { UiStrings } from "../i18n/ui-strings";
import { decodeEntities, escapeAttribute } from "./html-entities";

export type CopyButtonWords = Pick<
  UiStrings,
  "copy" | "copied" | "copyCode" | "copyTitled" | "copyFailed"
>;

const COPY_BUTTON = /<button type="button" class="code-copy"([^>]*)>[^<]*<\/button>/g;

function setAttribute(attributes: string, name: string, value: string): string {
  const written = `${name}="${escapeAttribute(value)}"`;
  const existing = new RegExp(`\\s${name}="[^"]*"`);
  return existing.test(attributes)
    ? attributes.replace(existing, ` ${written}`)
    : `${attributes} ${written}`;
}

export function labelCopyButtons(html: string, words: CopyButtonWords): string {
  return html.replace(COPY_BUTTON, (_button, attributes: string) => {
    const title = /\sdata-code-title="([^"]*)"/.exec(attributes)?.[1];
    const name =
      title === undefined
        ? words.copyCode
        : formatUiString(words.copyTitled, { title: decodeEntities(title) });
    let named = setAttribute(attributes, "aria-label", name);
    named = setAttribute(named, "data-copied-label", words.copied);
    named = setAttribute(named, "data-failed-label", words.copyFailed);
    return `<button type="button" class="code-copy"${named}>${escapeAttribute(words.copy)}</button>`;
  });
}
