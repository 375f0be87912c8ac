import type { Page } from "playwright-core";
import { errorsOf, watchPage, type PageWatch } from "./page-watch";

export interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __searchCspViolations?: Violation[];
  }
}

export interface CspWatch {
  watched: PageWatch;
  /** `securitypolicyviolation` events of every document the page loaded so far. */
  violations: () => Promise<Violation[]>;
  /** Console errors (CSP reports included) and uncaught exceptions. */
  errors: () => string[];
}

/**
 * Records CSP violations through a script Playwright injects outside the page's policy, before
 * any of the page's own code runs, along with console errors and failed requests. The events of
 * a page that navigated away are kept in `sessionStorage`, so nothing is lost at a navigation.
 */
export async function watchCsp(page: Page): Promise<CspWatch> {
  await page.addInitScript(() => {
    const key = "search-test-csp-violations";
    const stored = JSON.parse(sessionStorage.getItem(key) ?? "[]") as Violation[];
    window.__searchCspViolations = stored;
    window.addEventListener(
      "securitypolicyviolation",
      (event) => {
        stored.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
        sessionStorage.setItem(key, JSON.stringify(stored));
      },
      true,
    );
  });
  const watched = watchPage(page);
  return {
    watched,
    violations: () => page.evaluate(() => window.__searchCspViolations ?? []),
    errors: () => errorsOf(watched),
  };
}
