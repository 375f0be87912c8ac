/**
 * "Cite this post" blocks kept between builds: Citation.js takes about 5 ms to format one post's
 * reference, 5 s a build at 1,000 posts for blocks that only change with the post's title,
 * authors, date, address or language, or with the style. Entries are keyed by all of these and
 * the style's CSL; the file as a whole by the project's code, so an upgrade formats them again.
 */
import { digestOf } from "../content-check/check-cache";
import { isRecord, readJsonFile, writeJsonFile } from "../build-cache/json-file";
import { cslConfig } from "./citation-library";
import type { CitationStyle } from "./citation-style";
import { citeThisPost, type CitablePost, type CiteThisPost } from "./cite-this-post";

export class CiteThisPostCache {
  private readonly earlier: Record<string, unknown>;
  private readonly now: Record<string, CiteThisPost> = {};

  constructor(
    private readonly file: string,
    private readonly code: string,
  ) {
    const parsed = readJsonFile(file);
    this.earlier =
      isRecord(parsed) && parsed.code === code && isRecord(parsed.blocks) ? parsed.blocks : {};
  }

  /** The block of `post` in `style`: the earlier build's when its inputs are the same. */
  block(post: CitablePost, style: CitationStyle): CiteThisPost {
    const xml: unknown = cslConfig.styles.get(style.name);
    const key = digestOf(JSON.stringify([post, style, typeof xml === "string" ? xml : null]));
    const earlier = this.earlier[key];
    const block = isRecord(earlier)
      ? (earlier as unknown as CiteThisPost)
      : citeThisPost(post, style);
    this.now[key] = block;
    return block;
  }

  /** Keeps this build's blocks only, so the file never grows with posts that are gone. */
  save(): void {
    writeJsonFile(this.file, { code: this.code, blocks: this.now });
  }
}
