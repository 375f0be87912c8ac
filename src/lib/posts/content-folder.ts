import path from "node:path";

/** Where posts live, relative to the project root. */
export const CONTENT_FOLDER = path.join("content", "blog");
/** Pages that are not posts (`about.md` -> `/about/`), relative to the project root. */
export const PAGES_FOLDER = path.join("content", "pages");
/** The gatsby-source-filesystem instance that reads PAGES_FOLDER. */
export const PAGES_SOURCE_NAME = "pages";
/** Who wrote the posts: names, bios and links, relative to the project root. */
export const AUTHORS_FILE = path.join("content", "authors.yaml");
