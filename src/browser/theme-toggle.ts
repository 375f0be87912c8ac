import {
  choiceToRemember,
  DARK_SCHEME_QUERY,
  oppositeTheme,
  parseTheme,
  resolveTheme,
  THEME_ATTRIBUTE,
  THEME_STORAGE_KEY,
  type Theme,
} from "../lib/theme/theme";

/** Marks the buttons this module drives; the markup comes from the ThemeToggle component. */
const TOGGLE_ATTRIBUTE = "data-theme-toggle";
export const THEME_TOGGLE_SELECTOR = `[${TOGGLE_ATTRIBUTE}]`;
/** The attribute's value once a button works: keeps it from being wired twice, and says so. */
export const TOGGLE_READY = "ready";

const watchedDocuments = new WeakSet<Document>();
/** The choice of a reader whose browser refuses storage: it lasts as long as the page does. */
const unsavedChoices = new WeakMap<Document, Theme | null>();

function windowOf(document: Document): Window | null {
  return document.defaultView;
}

function systemPrefersDark(document: Document): boolean {
  try {
    return windowOf(document)?.matchMedia(DARK_SCHEME_QUERY).matches ?? false;
  } catch {
    return false;
  }
}

function rememberedChoice(document: Document): Theme | null {
  try {
    const storage = windowOf(document)?.localStorage;
    if (storage) return parseTheme(storage.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage is blocked: fall through to the choice made on this page, if any.
  }
  return unsavedChoices.get(document) ?? null;
}

function remember(document: Document, choice: Theme | null): void {
  unsavedChoices.set(document, choice);
  try {
    const storage = windowOf(document)?.localStorage;
    if (choice === null) storage?.removeItem(THEME_STORAGE_KEY);
    else storage?.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Blocked or full storage: the choice still holds until the reader leaves the page.
  }
}

function shownTheme(document: Document): Theme {
  return (
    parseTheme(document.documentElement.getAttribute(THEME_ATTRIBUTE)) ??
    resolveTheme(rememberedChoice(document), systemPrefersDark(document))
  );
}

function syncButtons(document: Document, theme: Theme): void {
  for (const button of document.querySelectorAll(THEME_TOGGLE_SELECTOR)) {
    button.setAttribute("aria-pressed", String(theme === "dark"));
  }
}

function showTheme(document: Document, theme: Theme): void {
  document.documentElement.setAttribute(THEME_ATTRIBUTE, theme);
  syncButtons(document, theme);
}

function followChoiceAndSystem(document: Document): void {
  showTheme(document, resolveTheme(rememberedChoice(document), systemPrefersDark(document)));
}

/** Follows system changes and choices made in other tabs, once per document. */
function watchOutside(document: Document): void {
  if (watchedDocuments.has(document)) return;
  watchedDocuments.add(document);
  const view = windowOf(document);
  if (!view) return;
  try {
    view.matchMedia(DARK_SCHEME_QUERY).addEventListener("change", () => {
      followChoiceAndSystem(document);
    });
  } catch {
    // No matchMedia: the theme simply stays as it is.
  }
  view.addEventListener("storage", (event) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) followChoiceAndSystem(document);
  });
}

/**
 * Wires every theme button of the document: shows whether the dark theme is on, switches theme
 * on click (Enter and Space included, as for any button) and remembers the choice. Safe to call
 * after every route update: buttons and listeners already wired are left alone.
 */
export function setupThemeToggle(document: Document): void {
  // The head script normally sets the attribute; if it could not run, the page catches up here.
  if (!parseTheme(document.documentElement.getAttribute(THEME_ATTRIBUTE))) {
    followChoiceAndSystem(document);
  }
  watchOutside(document);
  syncButtons(document, shownTheme(document));
  for (const button of document.querySelectorAll(THEME_TOGGLE_SELECTOR)) {
    if (button.getAttribute(TOGGLE_ATTRIBUTE) === TOGGLE_READY) continue;
    button.addEventListener("click", () => {
      const picked = oppositeTheme(shownTheme(document));
      remember(document, choiceToRemember(picked, systemPrefersDark(document)));
      showTheme(document, picked);
    });
    button.setAttribute(TOGGLE_ATTRIBUTE, TOGGLE_READY);
  }
}
