// `npm run docs:fields`: writes the README's table of frontmatter fields from the field registry
// (src/lib/frontmatter/fields.ts), so the documentation says what the build and the check read.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { withFieldTable } from "../src/lib/frontmatter/docs-table";

const readme = path.resolve("README.md");
fs.writeFileSync(readme, withFieldTable(fs.readFileSync(readme, "utf8")));
execFileSync(
  process.execPath,
  [path.resolve("node_modules/prettier/bin/prettier.cjs"), "--write", readme],
  {
    stdio: "inherit",
  },
);
