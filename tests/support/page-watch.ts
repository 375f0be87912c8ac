import type { Page } from "playwright-core";

export interface PageWatch {
  /** Every console message, with its level and (where known) the URL it came from. */
  console: Array<{ type: string; text: string }>;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests that failed or did not answer with a success status. */
  failedRequests: string[];
}

/** Starts recording what a page reports while it loads and runs. */
export function watchPage(page: Page): PageWatch {
  const watched: PageWatch = { console: [], pageErrors: [], failedRequests: [] };
  page.on("console", (message) => {
    const { url } = message.location();
    const text = url ? `${message.text()} (${url})` : message.text();
    watched.console.push({ type: message.type(), text });
  });
  page.on("pageerror", (error) => watched.pageErrors.push(error.message));
  page.on("requestfailed", (request) =>
    watched.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? "failed"}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) {
      watched.failedRequests.push(`${response.url()}: ${response.status()}`);
    }
  });
  return watched;
}

/** Console errors and uncaught exceptions, as one list. */
export function errorsOf(watched: PageWatch): string[] {
  return [
    ...watched.console.filter((message) => message.type === "error").map((message) => message.text),
    ...watched.pageErrors,
  ];
}

/** Scrolls to the bottom in steps so that every lazy image is requested, then waits for them. */
export async function loadEverything(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight / 2);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    }
    await Promise.all(
      [...document.images].map((img) =>
        img.complete ? null : new Promise((resolve) => img.addEventListener("load", resolve)),
      ),
    );
    await document.fonts.ready;
    window.scrollTo(0, 0);
  });
  await page.waitForLoadState("networkidle");
}
