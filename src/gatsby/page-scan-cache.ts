import fs from "node:fs";
import path from "node:path";
import {
  PAGE_SCAN_VERSION,
  type PageScan,
  type PageScanCache,
} from "../lib/content-check/built-links";

const FILE_NAME = "built-link-scans.json";

interface CacheFile {
  version: number;
  scans: Array<[string, PageScan]>;
}

/**
 * The link check's scans of the previous build, from Gatsby's cache folder (so `gatsby clean`
 * drops them with everything else). Anything unreadable, or from another version of the scan,
 * counts as no cache: the check then parses every page, as on a first build.
 */
export function readPageScanCache(cacheFolder: string): PageScanCache {
  try {
    const file = JSON.parse(
      fs.readFileSync(path.join(cacheFolder, FILE_NAME), "utf8"),
    ) as Partial<CacheFile>;
    if (file.version !== PAGE_SCAN_VERSION || !Array.isArray(file.scans)) return new Map();
    return new Map(file.scans);
  } catch {
    return new Map();
  }
}

export function writePageScanCache(cacheFolder: string, cache: PageScanCache): void {
  const file: CacheFile = { version: PAGE_SCAN_VERSION, scans: [...cache] };
  fs.mkdirSync(cacheFolder, { recursive: true });
  fs.writeFileSync(path.join(cacheFolder, FILE_NAME), JSON.stringify(file));
}
