import assert from "node:assert/strict";
import { test } from "node:test";
import { formatTable, kilobytes, memory, seconds } from "../../../../tools/bench/text-table";

test("columns are as wide as their widest cell; numbers align on the right", () => {
  const table = formatTable(
    [{ title: "page" }, { title: "JS", align: "right" }],
    [
      ["/", "79.2"],
      ["/a-long-post/", "5.0"],
    ],
  );
  assert.equal(
    table,
    [
      "page             JS",
      "-------------  ----",
      "/              79.2",
      "/a-long-post/   5.0",
    ].join("\n"),
  );
});

test("missing cells are blank and no line ends in spaces", () => {
  const table = formatTable([{ title: "a" }, { title: "b" }], [["x"]]);
  assert.equal(table, "a  b\n-  -\nx");
});

test("units as the budgets state them: KB of 1,000 bytes, MiB/GiB, seconds", () => {
  assert.equal(kilobytes(60_000), "60.0 KB");
  assert.equal(kilobytes(79_949), "79.9 KB");
  assert.equal(memory(830 * 2 ** 20), "830 MiB");
  assert.equal(memory(1.5 * 2 ** 30), "1.50 GiB");
  assert.equal(seconds(18.24), "18.2 s");
  assert.equal(seconds(993.4), "993 s");
});
