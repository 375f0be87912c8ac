import assert from "node:assert/strict";
import { test } from "node:test";
import {
  REDIRECTS_FILE_HEADER,
  redirectLine,
  redirectsFile,
} from "../../../src/lib/redirects/redirects-file";

test("one line per old address in Netlify and Cloudflare Pages syntax", () => {
  assert.equal(
    redirectLine({ from: "/2015/old/", to: "/2019/new/" }, ""),
    "/2015/old/ /2019/new/ 301",
  );
  assert.equal(redirectLine({ from: "/old.html", to: "/new/" }, ""), "/old.html /new/ 301");
});

test("the path prefix goes on both paths", () => {
  assert.equal(
    redirectLine({ from: "/2015/old/", to: "/2019/new/" }, "/notes"),
    "/notes/2015/old/ /notes/2019/new/ 301",
  );
  assert.equal(redirectLine({ from: "/a/", to: "/b/" }, "notes/"), "/notes/a/ /notes/b/ 301");
});

test("letters beyond ASCII are percent-encoded, as browsers request them", () => {
  assert.equal(
    redirectLine({ from: "/深層/", to: "/deep/" }, ""),
    "/%E6%B7%B1%E5%B1%A4/ /deep/ 301",
  );
});

test("a path can never split its rule into more parts", () => {
  assert.equal(redirectLine({ from: "/a b/", to: "/c\n/" }, ""), "/a%20b/ /c%0A/ 301");
});

test("the file lists every old address in order, the same whatever order it is given", () => {
  const redirects = [
    { from: "/b/", to: "/new-b/" },
    { from: "/a.html", to: "/new-a/" },
    { from: "/a/", to: "/new-a/" },
  ];
  const file = redirectsFile(redirects, "", null);
  assert.equal(
    file,
    `${REDIRECTS_FILE_HEADER}/a.html /new-a/ 301\n/a/ /new-a/ 301\n/b/ /new-b/ 301\n`,
  );
  assert.equal(redirectsFile([...redirects].reverse(), "", null), file);
  for (const line of (file ?? "").split("\n").filter((line) => line !== "")) {
    assert.ok(line.startsWith("#") || /^\/\S* \/\S* 301$/.test(line), line);
  }
});

test("keeps the owner's own rules after the build's, and writes nothing when there is nothing", () => {
  const own = "/docs/* https://docs.example.org/:splat 302";
  const file = redirectsFile([{ from: "/old/", to: "/new/" }], "", own) ?? "";
  assert.ok(file.indexOf("/old/ /new/ 301") < file.indexOf(own));
  assert.ok(file.endsWith(`${own}\n`));
  assert.equal(redirectsFile([], "", own), own);
  assert.equal(redirectsFile([], "", null), null);
  assert.equal(redirectsFile([], "", "  \n"), null);
});
