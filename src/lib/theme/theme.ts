/**
 * The reader's colour theme. There are two themes and a remembered choice: with no choice the
 * site follows the system setting, and choosing the theme the system already uses forgets the
 * choice, so that one two-state button also leads back to "follow the system".
 */

export type Theme = "light" | "dark";

/** The localStorage key that holds the reader's choice, "light" or "dark". */
export const THEME_STORAGE_KEY = "theme";

/** The attribute on `<html>` that every theme-dependent style keys on. */
export const THEME_ATTRIBUTE = "data-theme";

/** The media query whose match means the system asks for dark colours. */
export const DARK_SCHEME_QUERY = "(prefers-color-scheme: dark)";

/** A stored value as a theme; anything else (missing, stale, edited by hand) is no choice. */
export function parseTheme(value: unknown): Theme | null {
  return value === "light" || value === "dark" ? value : null;
}

/** The theme a page shows: the reader's choice, else the system's. */
export function resolveTheme(choice: Theme | null, systemPrefersDark: boolean): Theme {
  return choice ?? (systemPrefersDark ? "dark" : "light");
}

export function oppositeTheme(theme: Theme): Theme {
  return theme === "dark" ? "light" : "dark";
}

/**
 * What to remember after the reader picks `picked`: nothing when it is the system's theme (the
 * site then follows later system changes), else the pick.
 */
export function choiceToRemember(picked: Theme, systemPrefersDark: boolean): Theme | null {
  return picked === resolveTheme(null, systemPrefersDark) ? null : picked;
}
