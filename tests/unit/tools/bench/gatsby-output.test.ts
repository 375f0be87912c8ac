import assert from "node:assert/strict";
import { test } from "node:test";
import { imageJobs, slowestSteps, stepTimings } from "../../../../tools/bench/gatsby-output";

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
