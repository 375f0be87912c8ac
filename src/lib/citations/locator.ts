/**
 * Reads a locator as authors write it after the comma (`p. 33`, `pp. 3–4`, `chap. 2`, `33`) into
 * CSL's label and value, so the style prints it in its own form. A bare number is a page, as in
 * Pandoc. Anything else is not a locator and is kept as written.
 */

export interface CslLocator {
  label: string;
  locator: string;
}

const LABELS: Readonly<Record<string, string>> = {
  p: "page",
  pp: "page",
  page: "page",
  pages: "page",
  ch: "chapter",
  chap: "chapter",
  chapter: "chapter",
  chapters: "chapter",
  sec: "section",
  section: "section",
  "§": "section",
  "§§": "section",
  fig: "figure",
  figure: "figure",
  vol: "volume",
  volume: "volume",
  para: "paragraph",
  paragraph: "paragraph",
  l: "line",
  line: "line",
  lines: "line",
  no: "issue",
};

export function parseLocator(written: string): CslLocator | null {
  const text = written.trim();
  if (/^\d[\d\s,–-]*$/u.test(text)) return { label: "page", locator: text };
  const match = /^(§§?|[A-Za-z]+)\.?\s*(\S.*)$/u.exec(text);
  const label = match ? LABELS[(match[1] ?? "").toLowerCase()] : undefined;
  if (match === null || label === undefined) return null;
  return { label, locator: (match[2] ?? "").trim() };
}
