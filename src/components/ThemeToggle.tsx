import { uiStrings } from "../lib/i18n/ui-strings";

/**
 * The dark-theme switch in the site header: a toggle button whose pressed state says whether the
 * dark theme is on. It is rendered on the server so it takes its place in the header from the
 * first paint; `setupThemeToggle` (src/browser/theme-toggle.ts) brings it to life, and until a
 * page's head script has set a theme (never, without JavaScript) the stylesheet hides it.
 */
export function ThemeToggle({ lang = "en" }: { lang?: string }) {
  return (
    <button type="button" className="theme-toggle" data-theme-toggle="" aria-pressed="false">
      <svg
        className="theme-toggle-icon"
        viewBox="0 0 24 24"
        width="20"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <path d="M10.98 4.07A8 8 0 1 0 19.93 13.02A6.5 6.5 0 0 1 10.98 4.07Z" />
      </svg>
      <span className="visually-hidden">{uiStrings(lang).darkTheme}</span>
    </button>
  );
}
