import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { test } from "node:test";

const TYPES_FILE = "src/gatsby-types.d.ts";

test("the committed query types are the ones the build generates", () => {
  // `npm run typecheck` runs before the build and reads the committed file, so a stale copy
  // would let a query and its component disagree without any error.
  const generated = fs.readFileSync(TYPES_FILE, "utf8");
  const committed = execFileSync("git", ["show", `HEAD:${TYPES_FILE}`], { encoding: "utf8" });
  assert.ok(
    generated === committed,
    `${TYPES_FILE} changed when the site was built: commit the regenerated file`,
  );
});
