/**
 * Copying a selection that includes typeset math gives each formula's TeX source between
 * dollars (`$x^2$`, `$$…$$` for a display), as KaTeX's copy-tex extension does, instead of the
 * formula's letters twice over (KaTeX writes each formula as MathML and as HTML). The TeX is the
 * one KaTeX keeps in the MathML's annotation. A formula cut by the selection is copied whole.
 */

const READY = "data-copy-tex-ready";
/** The number gatsby-remark-cross-references adds to a labelled equation is not the author's. */
export const ADDED_TAG = /\s*\\tag\{[^}]*\}\s*$/;

function texOf(formula: Element): string | null {
  return formula.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? null;
}

export function setupCopyTex(document: Document): void {
  const root = document.documentElement;
  if (root.hasAttribute(READY)) return;
  root.setAttribute(READY, "");
  document.addEventListener("copy", (event) => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !event.clipboardData)
      return;
    const range = selection.getRangeAt(0).cloneRange();
    const formulaAt = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest(".katex");
    const first = formulaAt(range.startContainer);
    const last = formulaAt(range.endContainer);
    if (first) range.setStartBefore(first);
    if (last) range.setEndAfter(last);
    const fragment = range.cloneContents();
    const formulas = fragment.querySelectorAll(".katex");
    if (formulas.length === 0) return;
    for (const formula of formulas) {
      const tex = texOf(formula);
      if (tex === null) continue;
      const display = formula.parentElement?.classList.contains("katex-display");
      formula.replaceWith(display ? `$$${tex.replace(ADDED_TAG, "")}$$` : `$${tex}$`);
    }
    event.clipboardData.setData("text/plain", fragment.textContent ?? "");
    event.preventDefault();
  });
}
