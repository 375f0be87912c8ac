import assert from "node:assert/strict";
import { test } from "node:test";
import {
  cardsDrawn,
  imageJobs,
  slowestSteps,
  stepTimings,
} from "../../../../tools/bench/gatsby-output";

/** Lines as `gatsby build` prints them with CI=true (abridged). */
const OUTPUT = `success compile gatsby files - 4.717s
success load gatsby config - 0.101s
info Content check: 21 files
success createPages - 11.912s
success Running gatsby-plugin-sharp.IMAGE_PROCESSING jobs - 58.412s - 93/93 1.59/s
success Building production JavaScript and CSS bundles - 25.706s
warn Something - 3s
success Building static HTML for pages - 6.020s - 41/41 6.81/s
info Done building in 78.12 sec
`;

test("every finished step with its time, in order; other lines are skipped", () => {
  assert.deepEqual(stepTimings(OUTPUT), [
    { step: "compile gatsby files", seconds: 4.717 },
    { step: "load gatsby config", seconds: 0.101 },
    { step: "createPages", seconds: 11.912 },
    { step: "Running gatsby-plugin-sharp.IMAGE_PROCESSING jobs", seconds: 58.412 },
    { step: "Building production JavaScript and CSS bundles", seconds: 25.706 },
    { step: "Building static HTML for pages", seconds: 6.02 },
  ]);
});

test("colour codes and carriage returns of an interactive terminal do not hide the steps", () => {
  const coloured = "\u001b[32msuccess\u001b[39m createPages - 1.500s\r\n\u001b[2K\u001b[1A";
  assert.deepEqual(stepTimings(coloured), [{ step: "createPages", seconds: 1.5 }]);
});

test("the project's own timing lines become steps named after the Gatsby step they are part of", () => {
  const output = [
    "Content check: 1000 files in 14.6 s",
    "success createPages - 20.100s",
    "info Page-creation steps: post pages 3.10 s, list pages 1.25 s",
    "success onPostBuild - 30.000s",
    "info After-build steps: social cards (rest) 0.00 s, feeds 4.21 s, link check 12.50 s",
    "info After-build steps: not a timing",
  ].join("\n");
  assert.deepEqual(stepTimings(output), [
    { step: "content check (before Gatsby)", seconds: 14.6 },
    { step: "createPages", seconds: 20.1 },
    { step: "createPages › post pages", seconds: 3.1 },
    { step: "createPages › list pages", seconds: 1.25 },
    { step: "onPostBuild", seconds: 30 },
    { step: "onPostBuild › social cards (rest)", seconds: 0 },
    { step: "onPostBuild › feeds", seconds: 4.21 },
    { step: "onPostBuild › link check", seconds: 12.5 },
  ]);
});

test("image jobs are read from the image processing step only; none printed means none ran", () => {
  assert.equal(imageJobs(OUTPUT), 93);
  assert.equal(imageJobs("success createPages - 1.0s\n"), 0);
});

test("the slowest steps come first", () => {
  assert.deepEqual(
    slowestSteps(stepTimings(OUTPUT), 2).map((step) => step.seconds),
    [58.412, 25.706],
  );
});

test("cards drawn are read from the build's own line; reused cards do not count", () => {
  const line = "info Social cards: 1024 drawn, 3 reused from cache, 0 removed";
  assert.equal(cardsDrawn(`${OUTPUT}${line}\n`), 1024);
  assert.equal(
    cardsDrawn("\u001b[2K\u001b[1A\u001b[2K\u001b[Ginfo Social cards: 7 drawn, 0 reused"),
    7,
  );
  assert.equal(cardsDrawn(OUTPUT), 0);
});
