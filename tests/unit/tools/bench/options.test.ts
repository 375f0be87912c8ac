import assert from "node:assert/strict";
import { test } from "node:test";
import { BUILD_MODES, selectModes } from "../../../../tools/bench/build-modes";
import { DEFAULT_OPTIONS, parseOptions } from "../../../../tools/bench/options";

test("without options: 1,000 posts with figures, 3 runs, every part, both modes", () => {
  const options = parseOptions([]);
  assert.deepEqual(options, DEFAULT_OPTIONS);
  assert.equal(options.posts, 1000);
  assert.equal(options.runs, 3);
  assert.deepEqual(
    options.modes.map((mode) => mode.name),
    ["reader", "runtime"],
  );
  assert.deepEqual(options.modes[0]?.env, { CLIENT_RUNTIME: "none" });
  assert.deepEqual(options.modes[1]?.env, { CLIENT_RUNTIME: "gatsby" });
});

test("values may follow the flag or an equals sign", () => {
  const options = parseOptions(["--posts", "20", "--runs=1", "--text-only", "--skip-lighthouse"]);
  assert.equal(options.posts, 20);
  assert.equal(options.runs, 1);
  assert.equal(options.textOnly, true);
  assert.equal(options.skipLighthouse, true);
  assert.equal(options.skipBuilds, false);
  assert.equal(parseOptions(["--public", "public"]).publicFolder, "public");
});

test("mistakes name the flag", () => {
  assert.throws(() => parseOptions(["--posts", "0"]), /--posts needs a whole number/);
  assert.throws(() => parseOptions(["--posts", "1e3"]), /--posts needs a whole number/);
  assert.throws(
    () => parseOptions(["--runs"]),
    /--runs needs a whole number of at least 1, not nothing/,
  );
  assert.throws(() => parseOptions(["--seed", "--text-only"]), /--seed needs a value/);
  assert.throws(() => parseOptions(["--post", "5"]), /unknown option --post/);
  assert.throws(
    () => parseOptions(["--mode", "static"]),
    /no build mode "static"; the modes are: reader, runtime/,
  );
});

test("--mode all selects every mode, and names may be listed", () => {
  assert.deepEqual(selectModes("all"), [...BUILD_MODES]);
  assert.deepEqual(
    selectModes("runtime, reader").map((mode) => mode.name),
    ["runtime", "reader"],
  );
});

test("--images 0 is a text-only corpus; a real folder and a baseline are named by path", () => {
  assert.equal(parseOptions(["--images", "0"]).textOnly, true);
  assert.equal(parseOptions(["--images=2"]).textOnly, false);
  assert.throws(() => parseOptions(["--images", "3"]), /--images takes 0 or 2/);
  const options = parseOptions([
    "--corpus",
    "../old-blog/content/blog",
    "--baseline",
    "../shared/baselines/gatsby-starter-blog",
  ]);
  assert.equal(options.corpus, "../old-blog/content/blog");
  assert.equal(options.baseline, "../shared/baselines/gatsby-starter-blog");
  assert.throws(
    () => parseOptions(["--public", "public", "--baseline", "starter"]),
    /cannot be combined with --corpus or --baseline/,
  );
});
