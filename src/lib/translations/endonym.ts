/**
 * A language's name in that language ("日本語", "Français", "فارسی"), as a reader looking for
 * their own language recognises it, from the runtime's ICU data.
 */

const endonyms = new Map<string, string>();

/**
 * The name, its first letter capitalised as the language itself does it (many languages write
 * their name in lower case in a sentence, but as an item of a list it starts one). Falls back to
 * the code when ICU has no name for it.
 */
export function endonym(tag: string): string {
  const known = endonyms.get(tag);
  if (known !== undefined) return known;
  let name = tag;
  try {
    name = new Intl.DisplayNames([tag], { type: "language", fallback: "code" }).of(tag) ?? tag;
  } catch {
    name = tag;
  }
  const [first = ""] = name;
  const capitalised = `${first.toLocaleUpperCase(tag)}${name.slice(first.length)}`;
  endonyms.set(tag, capitalised);
  return capitalised;
}
