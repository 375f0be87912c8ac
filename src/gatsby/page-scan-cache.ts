import fs from "node:fs";
import path from "node:path";
import {
  PAGE_SCAN_VERSION,
  type PageScan,
  type PageScanCache,
} from "../lib/content-check/built-links";

interface CacheFile<T> {
  version: number;
  scans: Array<[string, T]>;
}

/**
 * What an after-build step read from each page of the previous build, by the page's content
 * hash, from Gatsby's cache folder (so `gatsby clean` drops it with everything else). Anything
 * unreadable, or from another version of the scan, counts as no cache: the step then reads
 * every page, as on a first build.
 */
export function readScans<T>(
  cacheFolder: string,
  fileName: string,
  version: number,
): Map<string, T> {
  try {
    const file = JSON.parse(fs.readFileSync(path.join(cacheFolder, fileName), "utf8")) as Partial<
      CacheFile<T>
    >;
    if (file.version !== version || !Array.isArray(file.scans)) return new Map();
    return new Map(file.scans);
  } catch {
    return new Map();
  }
}

export function writeScans<T>(
  cacheFolder: string,
  fileName: string,
  version: number,
  scans: Map<string, T>,
): void {
  const file: CacheFile<T> = { version, scans: [...scans] };
  fs.mkdirSync(cacheFolder, { recursive: true });
  fs.writeFileSync(path.join(cacheFolder, fileName), JSON.stringify(file));
}

const LINK_SCANS = "built-link-scans.json";

/** The link check's scans of the previous build. */
export function readPageScanCache(cacheFolder: string): PageScanCache {
  return readScans<PageScan>(cacheFolder, LINK_SCANS, PAGE_SCAN_VERSION);
}

export function writePageScanCache(cacheFolder: string, cache: PageScanCache): void {
  writeScans(cacheFolder, LINK_SCANS, PAGE_SCAN_VERSION, cache);
}
