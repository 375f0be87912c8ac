/** What the content checks report, and what they are given. */

import type { CitationSettings } from "../site-config/types";
import type { PageAnchors } from "./page-anchors";

/**
 * An error stops the build; a warning is printed (and stops `--strict` builds); a note says how
 * the site read something it accepts, such as another blog's name for a field, and stops nothing.
 */
export type Severity = "error" | "warning" | "note";

export interface Problem {
  /** The file as the author knows it: relative to the project root, with `/` separators. */
  file: string;
  /** 1-based line in that file, or null when the problem is about the whole file. */
  line: number | null;
  /** 1-based column, counted in characters, or null when unknown. */
  column: number | null;
  severity: Severity;
  /** A short, stable name of the check, such as `frontmatter/date` or `math/katex`. */
  rule: string;
  /** What is wrong and how to fix it, in one or two sentences. */
  message: string;
}

/** A post file as read from disk. */
export interface PostSource {
  /** Relative to the project root, with `/` separators: `content/blog/x/index.md`. */
  file: string;
  /** Absolute path of the folder that holds the file (images are resolved against it). */
  folder: string;
  /** The file's bytes, exactly as on disk. */
  bytes: Buffer;
  /** The bytes decoded as UTF-8, with U+FFFD where they are not valid UTF-8. */
  text: string;
}

/** A post split into its frontmatter and its Markdown body. */
export interface ParsedPost {
  source: PostSource;
  /** The frontmatter as parsed YAML (an empty object when the file has none). */
  data: Record<string, unknown>;
  /** 1-based line of each top-level frontmatter key in the file, for precise reports. */
  fieldLines: Record<string, number>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** Character offset of `body` in `source.text`, so positions in the body map to the file. */
  bodyOffset: number;
}

/** What checks may need to know beyond the post itself. */
export interface CheckContext {
  /** Whether a file exists (absolute path). Injected so checks stay testable. */
  fileExists: (absolutePath: string) => boolean;
  /** URL paths of every post and page that will exist, such as `/representation_learning/`. */
  sitePaths: ReadonlySet<string>;
  /**
   * The anchors of the post or page at a URL path, to check links to its sections; null for
   * pages the build makes without Markdown (lists, tags). Without it, such links are not checked.
   */
  anchorsOf?: (sitePath: string) => PageAnchors | null;
  /** Old addresses (`redirectFrom`) and the path each leads to: `/2015/old/` -> `/2019/new/`. */
  redirects?: ReadonlyMap<string, string>;
  /** The site's `math` setting, which a post's frontmatter `math` overrides. */
  siteMath: boolean;
  /** The site's citation settings (`site.config.ts` `citations`). */
  citations?: CitationSettings;
  /** Absolute path of the project, which the site's bibliography is relative to. */
  projectRoot?: string;
  /** Whether a post file (as `PostSource.file`) is a translation (`index.ja.md`) of a post. */
  isTranslation?: (file: string) => boolean;
}
