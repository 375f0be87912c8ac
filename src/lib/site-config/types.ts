import type { ClientRuntime } from "../reader-mode/client-runtime";

/** A font of the social cards, from an npm package so every machine draws the same glyphs. */
export interface CardFont {
  /** The family name inside the font files, as resvg matches it. */
  family: string;
  /** The npm package that ships the files (it must be a dependency in package.json). */
  packageName: string;
  /** Files inside the package for the weights the card uses. */
  files: Readonly<Record<400 | 600 | 700, string>>;
  /**
   * Languages (primary subtags such as "ja") whose titles are set in this family first. Other
   * text uses the families in the order listed, each character in the first one that has it.
   */
  firstFor?: readonly string[];
}

/** Colours of the drawn social cards (1200×630 PNG), light text on a dark ground. */
export interface CardColours {
  background: string;
  title: string;
  siteName: string;
  footer: string;
  /** Dots and decoration; hues told apart under colour-vision deficiency. */
  accents: readonly [string, string, ...string[]];
}

/** Citations from BibTeX (see "Citations" in the README); a post's frontmatter overrides each. */
export interface CitationSettings {
  /** A .bib file every post may cite, relative to the project's root; "" for none. */
  bibliography?: string;
  /**
   * `vancouver` (numbered, the default), `apa` or `harvard1` (author–year), or a `.csl` file
   * relative to the project's root.
   */
  style?: string;
  /** Whether every post ends with a "Cite this post" block (frontmatter `citeThisPost` overrides). */
  citeThisPost?: boolean;
}

/** Everything the owner of a blog sets. `site.config.ts` at the project's root holds it. */
export interface SiteConfig {
  title: string;
  description: string;
  /** Who posts are credited to when neither the post nor content/authors.yaml says. */
  author: string;
  /** The origin the site is served from, e.g. "https://blog.example.com". `SITE_URL` overrides. */
  siteUrl: string;
  /** A sub-path the site is served under ("/blog"), or "". `PATH_PREFIX` overrides. */
  pathPrefix: string;
  /** Language of pages that do not say otherwise (BCP 47: "en", "ja", "pt-BR"). */
  language: string;
  /**
   * "none" ships pages without Gatsby's client runtime (about 4 kB of JavaScript instead of
   * about 80 kB, and no second download of the post as page data); "gatsby" keeps it, for
   * page changes without a reload. `CLIENT_RUNTIME` overrides. See "Reader mode" in the README.
   */
  clientRuntime: ClientRuntime;
  /**
   * Whether `$…$` and `$$ … $$` are math, typeset by KaTeX (true), or plain text with dollar
   * signs (false), for a blog that writes prices, not formulas. A post's frontmatter `math: true`
   * or `math: false` overrides it for that post.
   */
  math: boolean;
  /**
   * How many of the newest posts `rss.xml` and `feed.json` carry, whole. Feed readers download
   * the whole file on every poll, so it stays the size of a few posts however many there are.
   */
  feedLength: number;
  /** Citations and bibliographies; without it, only posts with `bibliography` cite. */
  citations?: CitationSettings;
  colours: {
    /** Browser toolbar and installed-app colour; the light theme's link colour in global.css. */
    brand: string;
    /** Background of the installed app's splash screen; the light theme's page background. */
    background: string;
    card: CardColours;
  };
  fonts: {
    /** The social cards' fonts, in order of preference. */
    card: readonly CardFont[];
  };
}
