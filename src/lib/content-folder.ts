import path from "node:path";

/** Where posts live, relative to the project root. */
export const CONTENT_FOLDER = path.join("content", "blog");
