import path from "node:path";

/** The repository root: tests run from it through npm scripts. */
export const repoRoot = path.resolve(".");
export const publicFolder = path.join(repoRoot, "public");
export const contentFolder = path.join(repoRoot, "content", "blog");
/** Screenshots and other artefacts that a person looks at after a run. */
export const testOutputFolder = path.join(repoRoot, "test-results");
