/** A run of excerpt text, marked when it matches the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/**
 * Reads a Pagefind excerpt: the page's text with `<` and `>` escaped and the matches between
 * `<mark>` and `</mark>`. Nothing else in it is markup, so the result is plain text that can be
 * shown with `textContent`, never parsed as HTML. Spaces Pagefind leaves inside a mark are moved
 * out of it, so that highlights cover words only.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const push = (text: string, marked: boolean) => {
    if (text === "") return;
    const last = segments.at(-1);
    if (last && last.marked === marked) last.text += text;
    else segments.push({ text, marked });
  };
  let marked = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>" || part === "</mark>") {
      marked = part === "<mark>";
      continue;
    }
    const text = part.replace(/&lt;/g, "<").replace(/&gt;/g, ">");
    if (!marked) {
      push(text, false);
      continue;
    }
    const [, before = "", word = "", after = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
    push(before, false);
    push(word, true);
    push(after, false);
  }
  return segments;
}
