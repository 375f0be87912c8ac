/**
 * Marks the table of contents link of the section being read with `aria-current="location"`.
 *
 * A section is being read once its heading has passed a line a little below the top of the
 * window. Each heading is watched with an IntersectionObserver whose area reaches from far above
 * the page down to that line, so a heading is "inside" exactly when it is above the line, and
 * every crossing, however far a jump or a smooth scroll carries it, is reported. Nothing runs
 * while the reader scrolls within a section.
 *
 * Following a link of the table of contents scrolls smoothly unless the reader asks for reduced
 * motion. Only those links: a smooth page-wide `scroll-behavior` would also animate the jump to
 * the top of the next page on every route change.
 */

/** The line, as a fraction of the window's height from its top. */
const READING_LINE = 0.25;
/** Far enough above the window to hold any page, so headings scrolled away stay inside. */
const ABOVE_EVERYTHING_PX = 1_000_000;
/** When the browser never says a scroll ended (no `scrollend`), smoothness is undone anyway. */
const SMOOTH_SCROLL_LIMIT_MS = 2000;

interface Tracking {
  nav: Element;
  headings: Element[];
  observer: IntersectionObserver;
  onClick: (event: Event) => void;
}

const trackingByDocument = new WeakMap<Document, Tracking>();

interface Entry {
  link: HTMLAnchorElement;
  heading: Element;
}

function targetOf(document: Document, link: HTMLAnchorElement): Element | null {
  const fragment = link.getAttribute("href")?.replace(/^#/, "") ?? "";
  if (fragment === "") return null;
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A stray % is part of the id itself.
  }
  return document.getElementById(id);
}

/**
 * Lets the browser's own jump to the heading (which also moves focus and sets `:target`) run
 * smoothly, then puts `scroll-behavior` back.
 */
function smoothScrollFor(view: Window & typeof globalThis): (event: Event) => void {
  let restorePrevious: (() => void) | null = null;
  return (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (!link || view.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    restorePrevious?.();
    const root = view.document.documentElement;
    root.style.scrollBehavior = "smooth";
    const timer = view.setTimeout(() => restore(), SMOOTH_SCROLL_LIMIT_MS);
    const restore = () => {
      root.style.removeProperty("scroll-behavior");
      view.removeEventListener("scrollend", restore);
      view.clearTimeout(timer);
      restorePrevious = null;
    };
    view.addEventListener("scrollend", restore);
    restorePrevious = restore;
  };
}

function sameElements(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((element, index) => element === b[index]);
}

/**
 * Starts tracking the page's table of contents (`nav.toc`), or stops when the page has none.
 * Safe to call on every route update: a page already tracked is left as it is.
 */
export function setupTocTracking(document: Document): void {
  const view = document.defaultView;
  const nav = document.querySelector("nav.toc");
  const entries: Entry[] = [];
  for (const link of nav?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? []) {
    const heading = targetOf(document, link);
    if (heading !== null) entries.push({ link, heading });
  }
  const headings = entries.map((entry) => entry.heading);

  const previous = trackingByDocument.get(document);
  if (previous && previous.nav === nav && sameElements(previous.headings, headings)) return;
  if (previous) {
    previous.observer.disconnect();
    previous.nav.removeEventListener("click", previous.onClick);
    trackingByDocument.delete(document);
  }
  if (nav === null || entries.length === 0 || !view || !("IntersectionObserver" in view)) return;

  const above = new Set<Element>();
  const mark = () => {
    let current: HTMLAnchorElement | null = null;
    for (const entry of entries) if (above.has(entry.heading)) current = entry.link;
    for (const entry of entries) {
      if (entry.link === current) entry.link.setAttribute("aria-current", "location");
      else entry.link.removeAttribute("aria-current");
    }
  };
  const bottomMargin = `${-Math.round((1 - READING_LINE) * 100)}%`;
  const observer = new view.IntersectionObserver(
    (changes) => {
      for (const change of changes) {
        if (change.isIntersecting) above.add(change.target);
        else above.delete(change.target);
      }
      mark();
    },
    { rootMargin: `${ABOVE_EVERYTHING_PX}px 0px ${bottomMargin} 0px` },
  );
  for (const heading of headings) observer.observe(heading);
  const onClick = smoothScrollFor(view);
  nav.addEventListener("click", onClick);
  trackingByDocument.set(document, { nav, headings, observer, onClick });
}
