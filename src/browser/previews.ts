/**
 * Previews of what a link inside the post points at: a cross-reference (`a.xref`, the figure,
 * table, typeset equation or section), a citation (`a.citation`, its bibliography entry) or a
 * footnote call (`a.footnote-call`, the note without its back link). Hovering (after a short
 * delay) or focusing the link shows a copy of the target in a tooltip next to it, below the link
 * or, without room there, above it, never over it; Escape, leaving and blur close it. The
 * tooltip stays open while the pointer is over it, so it can be read and selected. Without this
 * script the links simply jump to their targets, which can take focus.
 */

import { ADDED_TAG } from "./copy-tex";

const LINKS = "a.xref, a.citation, a.footnote-call";
const POPOVER_ID = "link-preview";
const READY = "data-previews-ready";
const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 200;
/** Room kept between the tooltip, its link and the edges of the window. */
const GAP_PX = 8;

/** Attributes a copy must not repeat: ids appear once, and the copy is no focus stop or landmark. */
const NOT_COPIED = ["id", "tabindex", "role", "aria-label", "aria-labelledby", "aria-describedby"];

/** A copy of the target that can sit anywhere in the page: no ids, no links, no focus stops. */
function previewOf(target: Element): DocumentFragment {
  const document = target.ownerDocument;
  const fragment = document.createDocumentFragment();
  // A section: its title, then its first paragraph.
  if (/^H[1-6]$/.test(target.tagName)) {
    const title = document.createElement("strong");
    title.textContent = (target.textContent ?? "").trim();
    fragment.append(title);
    const next = target.nextElementSibling;
    if (next?.tagName === "P") fragment.append(previewOf(next));
    return fragment;
  }
  const copy = target.cloneNode(true) as Element;
  copy.querySelectorAll(".footnote-backref, .anchor").forEach((node) => node.remove());
  copy.querySelectorAll("a").forEach((link) => link.replaceWith(...link.childNodes));
  for (const node of [copy, ...copy.querySelectorAll("*")]) {
    for (const name of NOT_COPIED) node.removeAttribute(name);
  }
  // A note's or an entry's content, without its list item; anything else whole.
  if (copy.tagName === "LI") fragment.append(...copy.childNodes);
  else fragment.append(copy);
  return fragment;
}

function targetOf(link: HTMLAnchorElement): Element | null {
  const hash = link.getAttribute("href") ?? "";
  if (!hash.startsWith("#")) return null;
  try {
    return link.ownerDocument.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null;
  }
}

/** Below the link if it fits in the window, else above; always inside the window sideways. */
function place(popover: HTMLElement, link: HTMLElement): void {
  const view = link.ownerDocument.defaultView;
  if (!view) return;
  const box = link.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const viewWidth = view.document.documentElement.clientWidth;
  const below = box.bottom + GAP_PX + height <= view.innerHeight || box.top < height + GAP_PX;
  const top = below ? box.bottom + GAP_PX : box.top - GAP_PX - height;
  const left = Math.max(GAP_PX, Math.min(box.left, viewWidth - width - GAP_PX));
  popover.style.top = `${Math.round(top + view.scrollY)}px`;
  popover.style.left = `${Math.round(left + view.scrollX)}px`;
}

export function setupPreviews(document: Document): void {
  const root = document.documentElement;
  if (root.hasAttribute(READY)) return;
  root.setAttribute(READY, "");
  const view = document.defaultView;
  if (!view) return;

  const popover = document.createElement("div");
  popover.id = POPOVER_ID;
  popover.className = "link-preview";
  popover.setAttribute("role", "tooltip");
  popover.hidden = true;
  document.body.append(popover);

  let shown: HTMLAnchorElement | null = null;
  let timer = 0;
  const later = (action: () => void, delay: number) => {
    view.clearTimeout(timer);
    timer = view.setTimeout(action, delay);
  };

  const hide = () => {
    view.clearTimeout(timer);
    if (!shown) return;
    const rest = (shown.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter((id) => id !== "" && id !== POPOVER_ID);
    if (rest.length > 0) shown.setAttribute("aria-describedby", rest.join(" "));
    else shown.removeAttribute("aria-describedby");
    shown = null;
    popover.hidden = true;
    popover.replaceChildren();
  };

  const show = (link: HTMLAnchorElement) => {
    view.clearTimeout(timer);
    if (shown === link) return;
    hide();
    const target = targetOf(link);
    if (!target) return;
    popover.replaceChildren(previewOf(target));
    // A formula's text is MathML, which gives the tooltip no name of its own; its TeX does.
    const tex = target.matches(".math-display")
      ? target.querySelector('annotation[encoding="application/x-tex"]')?.textContent
      : null;
    if (tex) popover.setAttribute("aria-label", tex.replace(ADDED_TAG, ""));
    else popover.removeAttribute("aria-label");
    popover.hidden = false;
    place(popover, link);
    const described = link.getAttribute("aria-describedby");
    link.setAttribute("aria-describedby", described ? `${POPOVER_ID} ${described}` : POPOVER_ID);
    shown = link;
  };

  const linkIn = (node: EventTarget | null): HTMLAnchorElement | null =>
    node instanceof Element ? node.closest<HTMLAnchorElement>(LINKS) : null;
  const inPopover = (node: EventTarget | null) => node instanceof Node && popover.contains(node);

  document.addEventListener("mouseover", (event) => {
    const link = linkIn(event.target);
    if (link) later(() => show(link), link === shown ? 0 : OPEN_DELAY_MS);
    else if (inPopover(event.target)) view.clearTimeout(timer);
  });
  document.addEventListener("mouseout", (event) => {
    const from = linkIn(event.target) ?? (inPopover(event.target) ? popover : null);
    const to = event.relatedTarget;
    if (!from || (to instanceof Node && (from.contains(to) || popover.contains(to)))) return;
    if (linkIn(to) === shown && shown) return;
    later(hide, CLOSE_DELAY_MS);
  });
  document.addEventListener("focusin", (event) => {
    const link = linkIn(event.target);
    if (link) show(link);
  });
  document.addEventListener("focusout", (event) => {
    if (linkIn(event.target) === shown) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && shown) hide();
  });
}
