import assert from "node:assert/strict";
import { test } from "node:test";
import { postAddress } from "../../../src/lib/posts/address";

test("without slug or redirectFrom a post is served at its folder's path", () => {
  assert.deepEqual(postAddress({ title: "A" }, "/a-post/"), {
    slug: "/a-post/",
    slugField: null,
    redirectFrom: [],
  });
});

test("slug replaces the folder's path, normalised", () => {
  const address = postAddress({ slug: "2019/05/my-post" }, "/my-post/");
  assert.equal(address.slug, "/2019/05/my-post/");
  assert.equal(address.slugField, "slug");
});

test("redirectFrom takes a list or one path, and redirect_from is read the same way", () => {
  const address = postAddress(
    { redirectFrom: ["/2015/old-name", "/old-name.html"], redirect_from: "/older/" },
    "/new/",
  );
  assert.deepEqual(address.redirectFrom, [
    { path: "/2015/old-name/", field: "redirectFrom" },
    { path: "/old-name.html", field: "redirectFrom" },
    { path: "/older/", field: "redirect_from" },
  ]);
  assert.deepEqual(
    postAddress({ redirectFrom: "/one/" }, "/new/").redirectFrom.map((old) => old.path),
    ["/one/"],
  );
});

test("each old path counts once, however it is written", () => {
  const address = postAddress(
    { redirectFrom: ["/old/", "old"], redirect_from: ["/old/index.html"] },
    "/new/",
  );
  assert.deepEqual(
    address.redirectFrom.map((old) => old.path),
    ["/old/"],
  );
});

test("values the check reports are left out, so a preview keeps the folder's path", () => {
  const address = postAddress(
    { slug: "/bad path/", redirectFrom: ["/ok/", "/q/?p=1", 12, null] },
    "/folder/",
  );
  assert.equal(address.slug, "/folder/");
  assert.equal(address.slugField, null);
  assert.deepEqual(
    address.redirectFrom.map((old) => old.path),
    ["/ok/"],
  );
});
