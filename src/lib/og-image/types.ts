/** What a social card shows. Everything else (layout, colours, fonts) is fixed by the library. */
export interface OgCardInput {
  /** May be long (it wraps), may contain markup characters, may be Japanese. */
  title: string;
  siteName: string;
  /** Readable date such as "April 20, 2020", or null (home and tag pages). */
  dateText: string | null;
  tags: string[];
  /** BCP 47 language of the title: "ja" titles must render with Japanese glyphs. */
  lang: string;
}
