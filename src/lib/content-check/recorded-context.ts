/**
 * A check context that writes down every question a post's check asked of the rest of the site
 * (does this file exist, is this a page, where does this old address lead, which anchors does that
 * page have) with the answer it got. A post whose file is unchanged and whose questions all get
 * the same answers again would get the same problems: check-cache.ts reuses them.
 */

import type { CheckContext } from "./types";

/** One question and its answer. `whole` questions read a collection in full (suggestions do). */
export type Lookup =
  | { on: "file"; key: string; answer: boolean }
  | { on: "sitePath"; key: string; answer: boolean }
  | { on: "sitePaths"; answer: string }
  | { on: "redirect"; key: string; answer: string | null }
  | { on: "redirects"; answer: string }
  | { on: "anchors"; key: string; answer: string }
  | { on: "translation"; key: string; answer: boolean };

/** The answers a lookup is compared against: the context itself, and digests of what it holds. */
export interface ContextAnswers {
  context: CheckContext;
  /** A digest of every site path, for a check that read them all. */
  sitePathsDigest: () => string;
  /** A digest of every old address and where it leads. */
  redirectsDigest: () => string;
  /** A digest of the source of the page at a site path (its anchors follow from it). */
  pageDigest: (sitePath: string) => string;
}

/** The answer the context gives now to the question a lookup asked. */
export function answerNow(lookup: Lookup, answers: ContextAnswers): Lookup["answer"] {
  const { context } = answers;
  switch (lookup.on) {
    case "file":
      return context.fileExists(lookup.key);
    case "sitePath":
      return context.sitePaths.has(lookup.key);
    case "sitePaths":
      return answers.sitePathsDigest();
    case "redirect":
      return context.redirects?.get(lookup.key) ?? null;
    case "redirects":
      return answers.redirectsDigest();
    case "anchors":
      return answers.pageDigest(lookup.key);
    case "translation":
      return context.isTranslation?.(lookup.key) ?? false;
  }
}

/** A set that notes each membership question and any reading of the whole. */
class RecordedSet implements ReadonlySet<string> {
  constructor(
    private readonly inner: ReadonlySet<string>,
    private readonly note: (lookup: Lookup) => void,
    private readonly digest: () => string,
  ) {}

  has(value: string): boolean {
    const answer = this.inner.has(value);
    this.note({ on: "sitePath", key: value, answer });
    return answer;
  }

  private whole(): ReadonlySet<string> {
    this.note({ on: "sitePaths", answer: this.digest() });
    return this.inner;
  }

  get size(): number {
    return this.whole().size;
  }

  forEach(
    callback: (value: string, key: string, set: ReadonlySet<string>) => void,
    thisArg?: unknown,
  ): void {
    this.whole().forEach(callback, thisArg);
  }

  entries(): SetIterator<[string, string]> {
    return this.whole().entries();
  }

  keys(): SetIterator<string> {
    return this.whole().keys();
  }

  values(): SetIterator<string> {
    return this.whole().values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.whole()[Symbol.iterator]();
  }
}

/** A map of old addresses that notes each lookup and any reading of the whole. */
class RecordedMap implements ReadonlyMap<string, string> {
  constructor(
    private readonly inner: ReadonlyMap<string, string>,
    private readonly note: (lookup: Lookup) => void,
    private readonly digest: () => string,
  ) {}

  get(key: string): string | undefined {
    const answer = this.inner.get(key);
    this.note({ on: "redirect", key, answer: answer ?? null });
    return answer;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private whole(): ReadonlyMap<string, string> {
    this.note({ on: "redirects", answer: this.digest() });
    return this.inner;
  }

  get size(): number {
    return this.whole().size;
  }

  forEach(
    callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void,
    thisArg?: unknown,
  ): void {
    this.whole().forEach(callback, thisArg);
  }

  entries(): MapIterator<[string, string]> {
    return this.whole().entries();
  }

  keys(): MapIterator<string> {
    return this.whole().keys();
  }

  values(): MapIterator<string> {
    return this.whole().values();
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.whole()[Symbol.iterator]();
  }
}

/** The context with every question noted; `lookups()` lists each question once. */
export function recordedContext(answers: ContextAnswers): {
  context: CheckContext;
  lookups: () => Lookup[];
} {
  const noted = new Map<string, Lookup>();
  const note = (lookup: Lookup) => {
    noted.set(`${lookup.on}\u0000${"key" in lookup ? lookup.key : ""}`, lookup);
  };
  const base = answers.context;
  const context: CheckContext = {
    ...base,
    fileExists: (file) => {
      const answer = base.fileExists(file);
      note({ on: "file", key: file, answer });
      return answer;
    },
    sitePaths: new RecordedSet(base.sitePaths, note, answers.sitePathsDigest),
    redirects:
      base.redirects === undefined
        ? undefined
        : new RecordedMap(base.redirects, note, answers.redirectsDigest),
    anchorsOf:
      base.anchorsOf === undefined
        ? undefined
        : (sitePath) => {
            note({ on: "anchors", key: sitePath, answer: answers.pageDigest(sitePath) });
            return base.anchorsOf?.(sitePath) ?? null;
          },
    isTranslation: (file) => {
      const answer = base.isTranslation?.(file) ?? false;
      note({ on: "translation", key: file, answer });
      return answer;
    },
  };
  return { context, lookups: () => [...noted.values()] };
}
