import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { readPageScanCache, writePageScanCache } from "../../../src/gatsby/page-scan-cache";
import { PAGE_SCAN_VERSION } from "../../../src/lib/content-check/built-links";

test("scans written by one build are read by the next, and nothing else is", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "page-scans-"));
  try {
    assert.equal(readPageScanCache(folder).size, 0);
    const scan = {
      ids: ["results"],
      references: [{ tag: "a", attribute: "href", url: "/x/", line: 3, column: 1 }],
    };
    writePageScanCache(folder, new Map([["key", scan]]));
    assert.deepEqual([...readPageScanCache(folder)], [["key", scan]]);

    const file = path.join(folder, "built-link-scans.json");
    fs.writeFileSync(
      file,
      JSON.stringify({ version: PAGE_SCAN_VERSION + 1, scans: [["key", scan]] }),
    );
    assert.equal(readPageScanCache(folder).size, 0);
    fs.writeFileSync(file, "{ not json");
    assert.equal(readPageScanCache(folder).size, 0);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
