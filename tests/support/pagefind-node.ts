import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { otherIndexLanguages, type IndexLanguages } from "../../src/lib/search/languages";

export interface FoundPage {
  url: string;
  /** The whole text Pagefind indexed for the page. */
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}

interface PagefindModule {
  options: (options: { basePath: string }) => Promise<void>;
  mergeIndex: (path: string, options: { language: string }) => Promise<void>;
  search: (term: string) => Promise<{ results: Array<{ data: () => Promise<FoundPage> }> }>;
}

export interface IndexQuery {
  /** The `<html lang>` of the page searching, which picks Pagefind's first index. */
  pageLanguage: string;
  /** Search the other languages' indexes too, as the search page does. */
  mergeOtherLanguages: boolean;
  pathPrefix?: string;
}

/**
 * Opens a built site's search bundle in Node with the bundle's own pagefind.js, its requests
 * answered from the folder. Pagefind keeps its state in the module, so each call loads a fresh
 * copy of it. Browsers are the real client; this reads the index itself.
 */
export async function openBuiltIndex(
  publicFolder: string,
  query: IndexQuery,
): Promise<(term: string) => Promise<FoundPage[]>> {
  const prefix = query.pathPrefix ?? "";
  const bundle = `${prefix}/pagefind/`;
  globalThis.fetch = async (input: string | URL | Request) => {
    const href = input instanceof Request ? input.url : String(input);
    const { pathname } = new URL(href, "http://site.invalid");
    const file = pathname.startsWith(`${prefix}/`)
      ? path.join(publicFolder, decodeURIComponent(pathname.slice(prefix.length)))
      : null;
    return file !== null && fs.existsSync(file) && fs.statSync(file).isFile()
      ? new Response(fs.readFileSync(file))
      : new Response("Not found", { status: 404 });
  };
  // What pagefind.js reads of a page: the language, and no current script to take a path from.
  Object.assign(globalThis, {
    document: {
      currentScript: null,
      querySelector: () => ({ getAttribute: () => query.pageLanguage }),
    },
  });
  // A copy named .mjs, which Node loads as the ES module it is, fresh on every call.
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pagefind-node-")), "pagefind.mjs");
  fs.copyFileSync(path.join(publicFolder, "pagefind", "pagefind.js"), copy);
  const pagefind = (await import(pathToFileURL(copy).href)) as PagefindModule;
  await pagefind.options({ basePath: bundle });
  if (query.mergeOtherLanguages) {
    const entry = JSON.parse(
      fs.readFileSync(path.join(publicFolder, "pagefind", "pagefind-entry.json"), "utf8"),
    ) as { languages: IndexLanguages };
    for (const language of otherIndexLanguages(entry.languages, query.pageLanguage)) {
      await pagefind.mergeIndex(`${bundle}./`, { language });
    }
  }
  return async (term) => {
    const response = await pagefind.search(term);
    return Promise.all(response.results.map((result) => result.data()));
  };
}
