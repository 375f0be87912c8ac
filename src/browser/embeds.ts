/**
 * Click-to-load embeds. The build publishes each iframe of a post as a placeholder (see
 * plugins/gatsby-remark-raw-html/render.js) whose `data-embed-*` attributes describe the frame,
 * so that no request reaches the embedded site before the reader asks for it. Here the hidden
 * "Load the video from …" button is revealed and, when pressed, replaced by the frame.
 */

/** The frame attributes the placeholder may describe; nothing else is copied onto the frame. */
export const FRAME_ATTRIBUTES = [
  "src",
  "title",
  "loading",
  "allow",
  "allowfullscreen",
  "referrerpolicy",
  "sandbox",
] as const;

function loadFrame(document: Document, embed: Element, box: Element): void {
  const frame = document.createElement("iframe");
  for (const name of FRAME_ATTRIBUTES) {
    const value = embed.getAttribute(`data-embed-${name}`);
    if (value !== null) frame.setAttribute(name, value);
  }
  // The build writes https addresses only; anything else was not written by it.
  if (!/^https:\/\//.test(frame.getAttribute("src") ?? "")) return;
  box.replaceChildren(frame);
  // The button that had focus is gone; the frame takes it, so keyboard users stay in place.
  frame.focus();
}

/** Reveals and wires every load button not wired yet; safe to call after every route change. */
export function setupEmbeds(document: Document): void {
  for (const button of document.querySelectorAll<HTMLElement>(".embed-load[hidden]")) {
    const embed = button.closest("[data-embed-src]");
    const box = embed?.querySelector(".embed-frame");
    if (!embed || !box) continue;
    button.addEventListener("click", () => loadFrame(document, embed, box));
    button.hidden = false;
  }
}
