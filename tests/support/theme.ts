import type { Page } from "playwright-core";
import { THEME_ATTRIBUTE, THEME_STORAGE_KEY, type Theme } from "../../src/lib/theme/theme";

/** `--color-background` of each theme in src/styles/global.css, as getComputedStyle writes it. */
export const BACKGROUNDS: Readonly<Record<Theme, string>> = {
  light: "rgb(255, 255, 255)",
  dark: "rgb(13, 17, 23)",
};

export const THEMES: readonly Theme[] = ["light", "dark"];

export function otherTheme(theme: Theme): Theme {
  return theme === "light" ? "dark" : "light";
}

/**
 * Makes every document the page loads from now on start with `choice` stored as the reader's
 * theme (or with no stored choice), before any of the page's own scripts run.
 */
export async function startWithStoredTheme(page: Page, choice: Theme | null): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    },
    [THEME_STORAGE_KEY, choice] as const,
  );
}

export interface ShownTheme {
  /** `data-theme` on `<html>`, null when absent. */
  attribute: string | null;
  /** The computed background colour of `<body>`. */
  background: string;
  /** The computed `color-scheme` of `<html>`. */
  colorScheme: string;
  /** What localStorage holds under the theme key, null when nothing. */
  stored: string | null;
}

/** The theme a page shows right now, as the reader sees it and as the page records it. */
export async function shownTheme(page: Page): Promise<ShownTheme> {
  return page.evaluate(
    ([attribute, key]) => ({
      attribute: document.documentElement.getAttribute(attribute),
      background: getComputedStyle(document.body).backgroundColor,
      colorScheme: getComputedStyle(document.documentElement).colorScheme,
      stored: window.localStorage.getItem(key),
    }),
    [THEME_ATTRIBUTE, THEME_STORAGE_KEY] as const,
  );
}
