import assert from "node:assert/strict";
import { describe, test } from "node:test";
import vm from "node:vm";
import { resolveTheme, THEME_STORAGE_KEY, type Theme } from "../../../src/lib/theme/theme";
import { themeScript } from "../../../src/lib/theme/theme-script";

interface Environment {
  /** What localStorage holds under the theme key; "throws" for storage that refuses access. */
  stored?: string | null | "throws";
  /** The system asks for dark colours; "throws" or "missing" for a broken or absent matchMedia. */
  systemDark?: boolean | "throws" | "missing";
}

/** Runs the head script in a bare context with just the browser objects it may touch. */
function run({ stored = null, systemDark = false }: Environment): string | null {
  const attributes = new Map<string, string>();
  const window: Record<string, unknown> = {};
  Object.defineProperty(window, "localStorage", {
    get() {
      if (stored === "throws") throw new Error("SecurityError: storage is disabled");
      return { getItem: (key: string) => (key === THEME_STORAGE_KEY ? stored : null) };
    },
  });
  if (systemDark !== "missing") {
    window.matchMedia = (query: string) => {
      if (systemDark === "throws") throw new Error("matchMedia failed");
      assert.equal(query, "(prefers-color-scheme: dark)");
      return { matches: systemDark };
    };
  }
  const document = {
    documentElement: {
      setAttribute: (name: string, value: string) => attributes.set(name, value),
    },
  };
  vm.runInNewContext(themeScript, { window, document });
  return attributes.get("data-theme") ?? null;
}

describe("the head script", () => {
  for (const stored of ["light", "dark", null, "purple"] as const) {
    for (const systemDark of [true, false]) {
      test(`stored ${JSON.stringify(stored)}, system ${systemDark ? "dark" : "light"}: same as resolveTheme`, () => {
        const choice: Theme | null = stored === "light" || stored === "dark" ? stored : null;
        assert.equal(run({ stored, systemDark }), resolveTheme(choice, systemDark));
      });
    }
  }

  test("storage that throws counts as no choice, silently", () => {
    assert.equal(run({ stored: "throws", systemDark: true }), "dark");
    assert.equal(run({ stored: "throws", systemDark: false }), "light");
  });

  test("without a working matchMedia the page is light, unless the reader chose", () => {
    assert.equal(run({ systemDark: "missing" }), "light");
    assert.equal(run({ systemDark: "throws" }), "light");
    assert.equal(run({ stored: "dark", systemDark: "missing" }), "dark");
  });

  test("nothing can make it throw", () => {
    assert.doesNotThrow(() => run({ stored: "throws", systemDark: "throws" }));
  });

  test("is one line of plain ES5 with no markup that could end its <script> early", () => {
    assert.doesNotMatch(themeScript, /\n|<\/|<!--|=>|\blet\b|\bconst\b|`/);
  });
});
