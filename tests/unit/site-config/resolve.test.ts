import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveSiteConfig } from "../../../src/lib/site-config/resolve";
import type { SiteConfig } from "../../../src/lib/site-config/types";
import ownerConfig from "../../../site.config";

const config: SiteConfig = {
  ...ownerConfig,
  siteUrl: "https://notes.example.org/",
  pathPrefix: "blog/",
  clientRuntime: "none",
};

test("without environment variables the file's settings are used, normalised", () => {
  const resolved = resolveSiteConfig(config, {});
  assert.equal(resolved.siteUrl, "https://notes.example.org");
  assert.equal(resolved.pathPrefix, "/blog");
  assert.equal(resolved.clientRuntime, "none");
  assert.equal(resolved.title, config.title);
});

test("SITE_URL, PATH_PREFIX and CLIENT_RUNTIME override the file for one build", () => {
  const resolved = resolveSiteConfig(config, {
    SITE_URL: " https://mirror.example.net// ",
    PATH_PREFIX: "/docs/",
    CLIENT_RUNTIME: "gatsby",
  });
  assert.equal(resolved.siteUrl, "https://mirror.example.net");
  assert.equal(resolved.pathPrefix, "/docs");
  assert.equal(resolved.clientRuntime, "gatsby");
});

test("an empty variable (an unset CI variable) keeps the file's value; '/' removes the prefix", () => {
  assert.equal(resolveSiteConfig(config, { PATH_PREFIX: "", SITE_URL: "" }).pathPrefix, "/blog");
  assert.equal(resolveSiteConfig(config, { SITE_URL: "  " }).siteUrl, "https://notes.example.org");
  assert.equal(resolveSiteConfig(config, { PATH_PREFIX: "/" }).pathPrefix, "");
});

test("an unknown CLIENT_RUNTIME stops the build and names the choices", () => {
  assert.throws(() => resolveSiteConfig(config, { CLIENT_RUNTIME: "react" }), /"none" or "gatsby"/);
});

test("math is on in the project's own settings, and the file's `math` is kept as written", () => {
  assert.equal(ownerConfig.math, true);
  assert.equal(resolveSiteConfig({ ...config, math: false }, {}).math, false);
  assert.equal(resolveSiteConfig({ ...config, math: true }, {}).math, true);
});
