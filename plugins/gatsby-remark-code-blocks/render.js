// @ts-check
/**
 * The HTML of one code block. A header bar is always there, so the copy button, which scripts
 * reveal, takes space that was already reserved and never moves the text below it.
 */
const { escapeAttribute, escapeHtml, highlightLines } = require("./highlight");
const { resolveLanguage } = require("./languages");

/**
 * @typedef {import("./info-string").CodeInfo} CodeInfo
 * @typedef {import("./labels").CodeLabels} CodeLabels
 */

/**
 * Lines are block elements in the stylesheet; each keeps its own line end so that the code's
 * text (and a feed reader without the stylesheet) still has one line per line. Highlighted lines
 * are `<mark>`, which assistive technology can announce as highlighted.
 * @param {string[]} lines
 * @param {ReadonlySet<number>} highlighted
 */
function linesHtml(lines, highlighted) {
  return lines
    .map((html, index) => {
      const end = index < lines.length - 1 ? "\n" : "";
      const tag = highlighted.has(index + 1) ? "mark" : "span";
      return `<${tag} class="code-line">${html}${end}</${tag}>`;
    })
    .join("");
}

/**
 * @param {string} code the block's text, as remark gives it (no final line end)
 * @param {CodeInfo} info
 * @param {CodeLabels} labels
 * @returns {string}
 */
function renderCodeBlock(code, info, labels) {
  const language = resolveLanguage(info.language);
  const grammarId = language.kind === "grammar" ? language.id : null;
  const classLanguage =
    language.kind === "grammar" ? language.id : language.kind === "unknown" ? "none" : "text";
  const languageName =
    language.kind === "grammar" ? language.title : language.kind === "unknown" ? language.name : "";

  const caption =
    info.title === null ? "" : `<span class="code-title">${escapeHtml(info.title)}</span>`;
  const languageLabel =
    languageName === ""
      ? ""
      : `<span class="code-language" data-pagefind-ignore="">${escapeHtml(languageName)}</span>`;
  const headerTag = info.title === null ? "div" : "figcaption";
  const header = `<${headerTag} class="code-header">${caption}${languageLabel}</${headerTag}>`;

  const buttonName = info.title === null ? labels.copyCode : labels.copyTitled(info.title);
  const button =
    `<button type="button" class="code-copy" hidden="" data-pagefind-ignore=""` +
    ` aria-label="${escapeAttribute(buttonName)}"` +
    // The page names the button again in its own language (src/lib/markdown/copy-button-labels.ts).
    (info.title === null ? "" : ` data-code-title="${escapeAttribute(info.title)}"`) +
    ` data-copied-label="${escapeAttribute(labels.copied)}"` +
    ` data-failed-label="${escapeAttribute(labels.copyFailed)}">${escapeHtml(labels.copy)}</button>`;

  const lines = linesHtml(highlightLines(code, grammarId), new Set(info.highlightedLines));
  const codeClass = `language-${escapeAttribute(classLanguage)}`;
  const pre = `<pre class="code-pre ${codeClass}" tabindex="0"><code class="${codeClass}">${lines}</code></pre>`;

  return `<figure class="code-block" data-language="${escapeAttribute(classLanguage)}">${header}${button}${pre}</figure>`;
}

module.exports = { renderCodeBlock };
