// Lighthouse 12 with its default (mobile) settings on pages served from loopback by a static
// server that sends the site's _headers, in Debian's Chromium started by chrome-launcher.
import fs from "node:fs";
import path from "node:path";
import type { Flags, Result } from "lighthouse";
import type { LighthouseReport } from "./results";
import { median } from "./statistics";
import { serveStatic } from "../static-server";

/** Debian's Chromium unless CHROME_PATH names another (the variable chrome-launcher reads). */
export const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/**
 * Headless, and with every name but loopback unresolvable, so nothing (page, browser or
 * Lighthouse) can reach the network: a request that tries shows up as a failed request.
 */
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

interface RunScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  requests: string[];
  failedAudits: string[];
}

function score(lhr: Result, category: (typeof CATEGORIES)[number]): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

function numeric(lhr: Result, audit: string): number {
  return lhr.audits[audit]?.numericValue ?? Number.NaN;
}

function requestUrls(lhr: Result): string[] {
  const details = lhr.audits["network-requests"]?.details as
    { items?: Array<{ url?: string }> } | undefined;
  return (details?.items ?? []).map((item) => item.url ?? "");
}

function failedAudits(lhr: Result): string[] {
  const counted = new Set(
    CATEGORIES.flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ref.id),
  );
  return Object.values(lhr.audits)
    .filter((audit) => counted.has(audit.id) && audit.score !== null && audit.score < 1)
    .map((audit) => audit.id)
    .sort();
}

async function runOnce(url: string): Promise<RunScores> {
  const [{ default: lighthouse }, { launch }] = await Promise.all([
    import("lighthouse"),
    import("chrome-launcher"),
  ]);
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: "silent" });
  try {
    const flags: Flags = {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
    };
    const result = await lighthouse(url, flags);
    const lhr = result?.lhr;
    if (lhr === undefined) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    }
    return {
      performance: score(lhr, "performance"),
      accessibility: score(lhr, "accessibility"),
      bestPractices: score(lhr, "best-practices"),
      seo: score(lhr, "seo"),
      lcpMs: numeric(lhr, "largest-contentful-paint"),
      cls: numeric(lhr, "cumulative-layout-shift"),
      tbtMs: numeric(lhr, "total-blocking-time"),
      requests: requestUrls(lhr),
      failedAudits: failedAudits(lhr),
    };
  } finally {
    chrome.kill();
  }
}

/** Lighthouse on each page, `runs` times; scores and metrics are the medians of the runs. */
/**
 * One Lighthouse run, tried a second time if Chromium fails to start or to answer (seen on a
 * busy machine): the builds measured before it are worth more than one lost score. Null, and
 * the error printed, when both attempts fail.
 */
async function runWithRetry(
  url: string,
  progress: (message: string) => void,
): Promise<RunScores | null> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    try {
      return await runOnce(url);
    } catch (error) {
      progress(`Lighthouse failed on ${url} (attempt ${attempt} of 2): ${String(error)}`);
    }
  }
  return null;
}

export async function runLighthouse(
  publicFolder: string,
  pages: readonly string[],
  runs: number,
  progress: (message: string) => void,
): Promise<LighthouseReport[]> {
  if (!fs.existsSync(chromePath)) {
    throw new Error(
      `Chromium is not installed at ${chromePath}. Install Debian's Chromium with\n` +
        "  sudo apt-get update && sudo apt-get install -y chromium\n" +
        "set CHROME_PATH to another Chromium, or run with --skip-lighthouse.",
    );
  }
  const server = await serveStatic(publicFolder, {
    headersFile: fs.existsSync(path.join(publicFolder, "_headers")),
  });
  try {
    const reports: LighthouseReport[] = [];
    for (const page of pages) {
      const results: RunScores[] = [];
      for (let run = 1; run <= runs; run += 1) {
        progress(`Lighthouse ${page} (run ${run} of ${runs})`);
        const result = await runWithRetry(`${server.origin}${page}`, progress);
        if (result !== null) results.push(result);
      }
      const first = results[0];
      // A page Chromium never managed to load is left out, and its budgets read "not measured".
      if (first === undefined) continue;
      const middle = (pick: (result: RunScores) => number) => median(results.map(pick));
      reports.push({
        page,
        runs: results.length,
        performance: middle((r) => r.performance),
        accessibility: middle((r) => r.accessibility),
        bestPractices: middle((r) => r.bestPractices),
        seo: middle((r) => r.seo),
        lcpMs: Math.round(middle((r) => r.lcpMs)),
        cls: Number(middle((r) => r.cls).toFixed(4)),
        tbtMs: Math.round(middle((r) => r.tbtMs)),
        requests: first.requests.length,
        externalRequests: first.requests.filter(
          (url) => !url.startsWith(server.origin) && !/^(data|blob):/.test(url),
        ),
        failedAudits: first.failedAudits,
      });
    }
    return reports;
  } finally {
    await server.close();
  }
}
