/**
 * An element whose class list has the token `katex`, as KaTeX writes around every
 * formula. Text that only mentions it is escaped (`class=&quot;katex&quot;` inside code), so
 * it does not match.
 */
const KATEX_ELEMENT = /<[a-z][^>]*\sclass\s*=\s*(["'])(?:[^"']*\s)?katex(?:\s[^"']*)?\1/i;

/** Whether rendered Markdown contains a typeset formula, so its page needs KaTeX's stylesheet. */
export function containsMath(html: string | null | undefined): boolean {
  return html !== null && html !== undefined && KATEX_ELEMENT.test(html);
}
