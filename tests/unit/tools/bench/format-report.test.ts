import assert from "node:assert/strict";
import { test } from "node:test";
import { formatReport, modesTable } from "../../../../tools/bench/format-report";
import type { BenchResult, ModeResult } from "../../../../tools/bench/results";

function mode(name: string, javascript: number, performance: number, cold: number): ModeResult {
  return {
    mode: name,
    builds: [
      {
        scenario: "cold",
        medianSeconds: cold,
        runs: [
          {
            seconds: cold,
            peakRssBytes: 1,
            peakProcessRssBytes: 1,
            exitCode: 0,
            imageWork: { filesWritten: 0, sourcesProcessed: 0 },
            imageJobs: 0,
            steps: [],
            cardsDrawn: 0,
          },
        ],
      },
    ],
    images: null,
    pages: ["/post/", "/"].map((page) => ({
      page,
      weight: {
        page,
        html: 20_000,
        css: 9_000,
        javascript,
        pageData: 0,
        fonts: 0,
        fontFiles: [],
        requests: 2,
        dataUris: [],
        files: [],
      },
      hasMath: false,
      katexCss: false,
      katexFonts: false,
      bodyInPageData: null,
    })),
    lighthouse: [
      {
        page: "/post/",
        runs: 1,
        performance,
        accessibility: 100,
        bestPractices: 100,
        seo: 100,
        lcpMs: 800,
        cls: 0,
        tbtMs: 10,
        requests: 2,
        externalRequests: [],
        failedAudits: [],
      },
    ],
    cardCost: null,
  };
}

test("the modes table puts each page's rows of both modes together", () => {
  const table = modesTable([mode("reader", 4_000, 100, 150), mode("runtime", 80_000, 97, 149)]);
  const rows = table.split("\n").filter((line) => line.includes("/"));
  assert.equal(rows.length, 4);
  assert.match(rows[0] ?? "", /^\/\s+reader\s+4\.0\s+9\.0\s+20\.0\s+0\.0\s+2\s+-\s+-\s+-\s+150 s/);
  assert.match(rows[1] ?? "", /^\/\s+runtime\s+80\.0\s/);
  assert.match(rows[2] ?? "", /^\/post\/\s+reader\s+4\.0\s.*\s100\s+800 ms\s+10 ms\s+150 s/);
  assert.match(rows[3] ?? "", /^\/post\/\s+runtime\s+80\.0\s.*\s97\s+800 ms\s+10 ms\s+149 s/);
});

test("the report compares modes only when there are several", () => {
  const result = (modes: ModeResult[]): BenchResult => ({
    startedAt: "2026-11-28T00:00:00.000Z",
    options: {},
    environment: {},
    corpus: null,
    modes,
    baseline: null,
    budgets: {},
  });
  const both = formatReport(
    result([mode("reader", 4_000, 100, 150), mode("runtime", 80_000, 97, 149)]),
  );
  assert.match(both, /== the modes side by side ==/);
  const one = formatReport(result([mode("reader", 4_000, 100, 150)]));
  assert.doesNotMatch(one, /side by side/);
});
