// `npm run docs:fields`: writes the tables the documentation takes from the field registry
// (src/lib/frontmatter/fields.ts): the README's frontmatter fields and the migration guide's
// other blogs' names, so the documentation says what the build and the check read.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  ALIAS_TABLE,
  FIELD_TABLE,
  withTable,
  type GeneratedTable,
} from "../src/lib/frontmatter/docs-table";

const documents: Array<[string, GeneratedTable]> = [
  ["README.md", FIELD_TABLE],
  [path.join("docs", "migration.md"), ALIAS_TABLE],
];
for (const [name, table] of documents) {
  const file = path.resolve(name);
  fs.writeFileSync(file, withTable(fs.readFileSync(file, "utf8"), table));
}
execFileSync(
  process.execPath,
  [
    path.resolve("node_modules/prettier/bin/prettier.cjs"),
    "--write",
    ...documents.map(([name]) => path.resolve(name)),
  ],
  { stdio: "inherit" },
);
