import { formatDate } from "../lib/i18n/date-format";
import { parsePostDate } from "../lib/posts/dates";
import { excerptSegments } from "../lib/search/excerpt";
import { otherIndexLanguages, type IndexLanguages } from "../lib/search/languages";
import { SEARCH_QUERY_PARAMETER } from "../lib/search/paths";
import { queryFromMissingPath, resultSummary } from "../lib/search/query";
import { readSearchStatusWords, type SearchStatusWords } from "../lib/search/status-words";

/**
 * The search page and the search forms: as-you-type results from the Pagefind bundle the build
 * writes, and on the page-not-found page a form filled in from the missing address.
 *
 * The markup comes from the server (src/pages/search.tsx, src/components/SearchForm.tsx) and
 * works without this module: the form submits `?q=` to the search page. This module finds its
 * elements by data attributes only, so it works the same with or without React on the client.
 */

/** How long typing must pause before a search runs. */
const TYPING_PAUSE_MS = 250;
/** Each shown result costs a request for its excerpt; more than this is a list nobody reads. */
const MAX_SHOWN_RESULTS = 20;

interface ResultData {
  url: string;
  excerpt: string;
  meta: Partial<Record<"title" | "date" | "lang", string>>;
}

interface SearchResponse {
  results: Array<{ data: () => Promise<ResultData> }>;
}

/** The part of pagefind.js this module uses. */
interface Pagefind {
  mergeIndex: (path: string, options: { language: string }) => Promise<void>;
  search: (term: string) => Promise<SearchResponse | null>;
}

interface SearchPage {
  view: Window;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  bundle: string;
  /** What the status line says, in the page's language (from the page itself). */
  words: SearchStatusWords;
  /** The page's language, for counts. */
  lang: string;
  /** The query whose results are shown or on their way. */
  query: string;
  /** Counts searches, so that a slow answer to an older query is dropped. */
  generation: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const pages = new WeakMap<Element, SearchPage>();
const bundles = new Map<string, Promise<Pagefind>>();

/**
 * Loads the bundle once per page load. Pagefind opens the index of the page's own language; the
 * indexes of the other languages are merged in, so that every post can be found from any page.
 * Pagefind will not merge the bundle it was loaded from, so the same folder is named by an
 * equivalent path (`…/pagefind/./`), for which the browser requests the very same files.
 */
async function openBundle(bundle: string, pageLanguage: string): Promise<Pagefind> {
  const pagefind = (await import(/* webpackIgnore: true */ `${bundle}pagefind.js`)) as Pagefind;
  const response = await fetch(`${bundle}pagefind-entry.json`);
  if (!response.ok) throw new Error(`${response.status} for ${response.url}`);
  const entry = (await response.json()) as { languages?: IndexLanguages };
  for (const language of otherIndexLanguages(entry.languages ?? {}, pageLanguage)) {
    await pagefind.mergeIndex(`${bundle}./`, { language });
  }
  return pagefind;
}

function loadBundle(bundle: string, pageLanguage: string): Promise<Pagefind> {
  let loading = bundles.get(bundle);
  if (!loading) {
    loading = openBundle(bundle, pageLanguage);
    // Forgotten when it fails, so that the next search tries again. (A pagefind.js that failed
    // to load stays failed until the page is reloaded: browsers remember failed module imports.)
    loading.catch(() => bundles.delete(bundle));
    bundles.set(bundle, loading);
  }
  return loading;
}

function resultItem(document: Document, data: ResultData): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  if (data.meta.lang) item.lang = data.meta.lang;

  const heading = document.createElement("h2");
  heading.className = "search-result-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title || data.url;
  heading.append(link);
  item.append(heading);

  const date = data.meta.date ? parsePostDate(data.meta.date) : null;
  if (date && data.meta.date) {
    const time = document.createElement("time");
    time.className = "search-result-date";
    time.dateTime = data.meta.date;
    // In the result's own language, as its post page writes it.
    time.textContent = formatDate(date, data.meta.lang || "en");
    item.append(time);
  }

  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  for (const segment of excerptSegments(data.excerpt)) {
    if (segment.marked) {
      const mark = document.createElement("mark");
      mark.textContent = segment.text;
      excerpt.append(mark);
    } else {
      excerpt.append(segment.text);
    }
  }
  item.append(excerpt);
  return item;
}

/** Keeps the address in step with the query, so results can be shared and reloaded. */
function rememberQuery(view: Window, query: string): void {
  const url = new URL(view.location.href);
  if (query === "") url.searchParams.delete(SEARCH_QUERY_PARAMETER);
  else url.searchParams.set(SEARCH_QUERY_PARAMETER, query);
  // The history entry's state is kept: the router keys its scroll positions by it.
  if (url.href !== view.location.href) view.history.replaceState(view.history.state, "", url);
}

async function runSearch(page: SearchPage, query: string): Promise<void> {
  clearTimeout(page.timer);
  // The reader may have moved to another page while typing paused; its address is not ours.
  if (!page.form.isConnected) return;
  const document = page.form.ownerDocument;
  const generation = ++page.generation;
  page.query = query;
  rememberQuery(page.view, query);
  if (query === "") {
    page.results.replaceChildren();
    page.status.textContent = "";
    return;
  }
  page.results.setAttribute("aria-busy", "true");
  try {
    const pagefind = await loadBundle(page.bundle, document.documentElement.lang || "en");
    const response = await pagefind.search(query);
    if (generation !== page.generation || response === null) return;
    const found = response.results;
    const shown = await Promise.all(found.slice(0, MAX_SHOWN_RESULTS).map((r) => r.data()));
    if (generation !== page.generation) return;
    const list = document.createElement("ol");
    list.className = "search-result-list";
    list.append(...shown.map((data) => resultItem(document, data)));
    page.results.replaceChildren(...(shown.length > 0 ? [list] : []));
    page.status.textContent = resultSummary(
      query,
      found.length,
      shown.length,
      page.words,
      page.lang,
    );
  } catch (error) {
    if (generation !== page.generation) return;
    page.results.replaceChildren();
    page.status.textContent = page.words.searchUnavailable;
    console.warn("Search:", error);
  } finally {
    if (generation === page.generation) page.results.removeAttribute("aria-busy");
  }
}

/** Arrow keys move between the field and the result links, as in a list of suggestions. */
function moveFocus(page: SearchPage, event: KeyboardEvent): void {
  if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const stops: HTMLElement[] = [
    page.input,
    ...page.results.querySelectorAll<HTMLElement>(".search-result-title a"),
  ];
  const current = stops.indexOf(event.target as HTMLElement);
  if (current === -1 || stops.length < 2) return;
  const next = current + (event.key === "ArrowDown" ? 1 : -1);
  const target = stops[Math.max(0, Math.min(stops.length - 1, next))];
  if (target && target !== event.target) {
    event.preventDefault();
    target.focus();
  }
}

function queryFromAddress(view: Window): string {
  return (new URLSearchParams(view.location.search).get(SEARCH_QUERY_PARAMETER) ?? "").trim();
}

function setupSearchPage(view: Window, root: HTMLElement): void {
  const known = pages.get(root);
  if (known) {
    // The same page rendered for another `?q=`, after a client-side navigation.
    const query = queryFromAddress(view);
    if (query !== known.query) {
      known.input.value = query;
      void runSearch(known, query);
    }
    return;
  }
  const form = root.querySelector<HTMLFormElement>("form");
  const input = form?.querySelector<HTMLInputElement>(`input[name="${SEARCH_QUERY_PARAMETER}"]`);
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const results = root.querySelector<HTMLElement>("[data-search-results]");
  const bundle = root.dataset.searchBundle;
  const words = readSearchStatusWords(root.dataset.searchText);
  if (!form || !input || !status || !results || !bundle || !words) return;

  const page: SearchPage = {
    view,
    form,
    input,
    status,
    results,
    bundle,
    words,
    lang: root.ownerDocument.documentElement.lang || "en",
    query: "",
    generation: 0,
    timer: undefined,
  };
  pages.set(root, page);
  const searchSoon = () => {
    clearTimeout(page.timer);
    page.timer = setTimeout(() => void runSearch(page, input.value.trim()), TYPING_PAUSE_MS);
  };
  // While an input method is composing (Japanese, for one), the text is not final yet.
  input.addEventListener("input", (event) => {
    if (!(event as InputEvent).isComposing) searchSoon();
  });
  input.addEventListener("compositionend", searchSoon);
  // With the script running, submitting searches at once instead of reloading the page.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void runSearch(page, input.value.trim());
  });
  root.addEventListener("keydown", (event) => moveFocus(page, event));

  // Marks the page as live: typing now searches (and tests know when to start typing).
  root.dataset.searchReady = "true";
  const query = queryFromAddress(view);
  if (query !== "") {
    input.value = query;
    void runSearch(page, query);
  }
}

/** Fills the forms marked for it with words from the address of the missing page. */
function prefillFromMissingAddress(view: Window, document: Document): void {
  for (const form of document.querySelectorAll<HTMLFormElement>("form[data-search-prefill]")) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${SEARCH_QUERY_PARAMETER}"]`);
    if (!input || input.value !== "" || form.dataset.searchPrefilled === "true") continue;
    form.dataset.searchPrefilled = "true";
    input.value = queryFromMissingPath(view.location.pathname, form.dataset.searchPrefill ?? "/");
  }
}

/**
 * Sets up search on the current page. Safe to call on every route update: elements already set
 * up are left as they are.
 */
export function setupSearch(document: Document): void {
  const view = document.defaultView;
  if (!view) return;
  prefillFromMissingAddress(view, document);
  const root = document.querySelector<HTMLElement>("[data-search-bundle]");
  if (root) setupSearchPage(view, root);
}
