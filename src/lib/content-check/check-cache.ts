/**
 * The content check's results kept between runs: a post is checked again only when its file
 * changed, the project's code or settings changed, or one of the questions its check asked of
 * the rest of the site (recorded-context.ts) now gets another answer. A warm build where one post
 * was edited checks that post, not every post. Posts that read bibliography files are always
 * checked again, since what they read is not noted.
 */

import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { isRecord, readJsonFile, writeJsonFile } from "../build-cache/json-file";
import { answerNow, recordedContext, type ContextAnswers, type Lookup } from "./recorded-context";
import type { CheckContext, PostSource, Problem } from "./types";

interface CachedCheck {
  /** Digest of the file's bytes. */
  digest: string;
  problems: Problem[];
  lookups: Lookup[];
}

interface CacheFile {
  /** Digest of the code and settings the results came from. */
  code: string;
  checks: Record<string, CachedCheck>;
}

export interface CheckCacheStats {
  reused: number;
  checked: number;
}

export function digestOf(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("base64url");
}

/** Every file below `folder`, in a stable order (none when it does not exist). */
function filesBelow(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * A digest of everything a check's result follows from besides the posts: the build-time code
 * (src/lib/, src/gatsby/, plugins/), the settings and the exact versions of the dependencies
 * (the lock file). Templates, components and stylesheets are left out: an edit to the post
 * template changes no check's result and no post's reading time or citation. (The fixed pages
 * in src/pages/ are addresses a check asks about, and those answers are compared one by one.)
 */
export function projectCodeDigest(projectRoot: string): string {
  const hash = createHash("sha256");
  const files = [
    ...filesBelow(path.join(projectRoot, "src", "lib")),
    ...filesBelow(path.join(projectRoot, "src", "gatsby")),
    ...filesBelow(path.join(projectRoot, "plugins")),
    ...["src/site-config.ts", "site.config.ts", "package.json", "package-lock.json"].map((name) =>
      path.join(projectRoot, name),
    ),
  ];
  for (const file of files) {
    hash.update(path.relative(projectRoot, file));
    hash.update("\u0000");
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
    hash.update("\u0000");
  }
  hash.update(process.version);
  // Problems name files relative to the project, and lookups ask about absolute paths.
  hash.update(path.resolve(projectRoot));
  return hash.digest("base64url");
}

/** Results of an earlier run, read from `file`; an unreadable or outdated file is ignored. */
export class CheckCache {
  private readonly earlier: Record<string, CachedCheck>;
  private readonly now: Record<string, CachedCheck> = {};
  readonly stats: CheckCacheStats = { reused: 0, checked: 0 };

  constructor(
    private readonly file: string,
    private readonly code: string,
  ) {
    this.earlier = CheckCache.read(file, code);
  }

  private static read(file: string, code: string): Record<string, CachedCheck> {
    const parsed = readJsonFile(file);
    return isRecord(parsed) && parsed.code === code && isRecord(parsed.checks)
      ? (parsed.checks as Record<string, CachedCheck>)
      : {};
  }

  /**
   * The problems of one post: the earlier run's when nothing they follow from changed,
   * otherwise `check` run again with a context that notes what it asks.
   */
  problemsOf(
    source: PostSource,
    answers: ContextAnswers,
    check: (context: CheckContext) => Problem[],
  ): Problem[] {
    const digest = digestOf(source.bytes);
    const earlier = this.earlier[source.file];
    if (
      earlier !== undefined &&
      earlier.digest === digest &&
      earlier.lookups.every((lookup) => answerNow(lookup, answers) === lookup.answer)
    ) {
      this.now[source.file] = earlier;
      this.stats.reused += 1;
      return earlier.problems;
    }
    this.stats.checked += 1;
    // Bibliography files are read outside the context, so a post that names one is not kept.
    if (/bibliography/i.test(source.text) || (answers.context.citations?.bibliography ?? "")) {
      return check(answers.context);
    }
    const recorded = recordedContext(answers);
    const problems = check(recorded.context);
    this.now[source.file] = { digest, problems, lookups: recorded.lookups() };
    return problems;
  }

  /** Writes this run's results (only the files that still exist), whole or not at all. */
  save(): void {
    const content: CacheFile = { code: this.code, checks: this.now };
    writeJsonFile(this.file, content);
  }
}
