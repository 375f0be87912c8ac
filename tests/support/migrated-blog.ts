/**
 * A blog of 42 posts as it arrives from other setups: English, Japanese, Chinese, French and
 * Persian (right to left), headings at every level and posts whose sections start at `#`,
 * links to their own sections written with the current and the older slug rule, raw and
 * percent-encoded, old URLs, a video embed and a social-network quote, `<details>`, a post
 * without math that talks about dollars, frontmatter names of other engines, and images
 * without alt text. Bodies are long enough in CJK text, emoji and curly quotes to cross many of
 * the renderer's 2 KB output chunks.
 *
 * Post N is `content/blog/<language>-NN/`; `MIGRATED_POSTS` describes what each one carries so
 * tests can find the pages by what they should show.
 */

import sharp from "sharp";
import type { FixturePost } from "./fixture-site";

export type MigratedLanguage = "en" | "ja" | "zh" | "fr" | "fa";

const LANGUAGES: readonly MigratedLanguage[] = ["en", "ja", "zh", "fr", "fa"];

export interface MigratedPost {
  number: number;
  folder: string;
  language: MigratedLanguage;
  title: string;
  /** The path the post is served at: `/<folder>/`, or its frontmatter `slug`. */
  path: string;
  /** Old paths that must lead to `path`. */
  oldPaths: string[];
  /** In-page links as written in the Markdown, and the heading text each one targets. */
  sectionLinks: Array<{ href: string; heading: string }>;
  /** Set when the post says `math: false` and writes dollar amounts. */
  dollars: string | null;
  hasVideo: boolean;
  hasQuote: boolean;
  /** The description, however the post's frontmatter names it. */
  description: string;
}

const TITLES: Record<MigratedLanguage, (n: number) => string> = {
  en: (n) => `Notes on training small models, part ${n}`,
  ja: (n) => `機械学習／データサイエンスの覚え書き その${n}`,
  zh: (n) => `数据流水线的设计原则（第${n}篇）`,
  fr: (n) => `Carnet d’expériences n° ${n} : « appelé » à durer`,
  fa: (n) => `یادداشت‌هایی دربارهٔ یادگیری ماشین، بخش ${n}`,
};

const DESCRIPTIONS: Record<MigratedLanguage, string> = {
  en: "What went right and wrong when the “small” model met real data — with numbers.",
  ja: "小さなモデルで実データを扱ったときの記録です。「前処理」と評価の話を中心に。",
  zh: "记录数据流水线设计中的经验：不阻断数据流，尽早发现错误。",
  fr: "Ce qu’on a appris, étape par étape ; les chiffres sont « honnêtes ».",
  fa: "آنچه هنگام آموزش مدل‌های کوچک روی داده‌های واقعی آموختیم.",
};

/** Paragraphs of natural text in each language, repeated to make long bodies. */
const PROSE: Record<MigratedLanguage, string> = {
  en: "We “cleaned” the data twice — once by hand, once with a script — and the second pass found 3 % more duplicates than the first. It’s a small number, but it changed the ranking of two models… 🚀 The lesson: measure before you trust.",
  ja: "ゼロから学習したモデルと事前学習済みモデルを比べると、データが少ないときほど差が大きくなりました。「なぜ？」と思って調べると、前処理の段階で全角と半角の記号が混ざっていたのが原因でした。😅 小さな違いが結果を左右します。",
  zh: "原则很简单：不阻断数据流。当某一步出错时，我们记录错误并继续处理其余的数据，而不是让整个流水线停下来。“先跑通，再优化”——这是我们在实践中学到的第一课。📊",
  fr: "Nous avons d’abord cru que le modèle était « appelé » à échouer ; en réalité, les données d’entrée contenaient des espaces insécables mal gérées. Voilà pourquoi il faut toujours vérifier : l’œil humain ne voit pas tout !",
  fa: "ما ابتدا داده‌ها را دو بار پاک‌سازی کردیم؛ یک بار دستی و یک بار با یک اسکریپت. نتیجهٔ دوم سه درصد داده‌های تکراری بیشتری پیدا کرد. درس این بود: پیش از اعتماد، اندازه بگیرید.",
};

/** Headings of each post, in its language; the second and third are linked from the text. */
const HEADINGS: Record<MigratedLanguage, [string, string, string, string]> = {
  en: ["Background", "What we measured: accuracy & recall", "Results (first pass)", "Next steps"],
  ja: ["背景", "機械学習／データサイエンス", "結果：最初の試み", "次の一歩"],
  zh: ["背景", "原则 1：不阻断数据流", "结果与讨论", "下一步"],
  fr: ["Contexte", "Ce qu’on a mesuré : précision", "Résultats (premier essai)", "Suite"],
  fa: ["پیش‌زمینه", "آنچه اندازه گرفتیم: دقت", "نتایج", "گام بعدی"],
};

/** Links to the second and third headings as their old setups wrote them. */
const SECTION_LINKS: Record<MigratedLanguage, Array<{ href: string; heading: 1 | 2 }>> = {
  en: [
    { href: "#what-we-measured-accuracy--recall", heading: 1 },
    { href: "#results-first-pass", heading: 2 },
  ],
  // Current rule (full-width solidus dropped), then percent-encoded, then the older rule.
  ja: [
    { href: "#機械学習データサイエンス", heading: 1 },
    { href: `#${encodeURIComponent("機械学習データサイエンス")}`, heading: 1 },
    { href: "#結果：最初の試み", heading: 2 },
  ],
  zh: [
    { href: "#原则-1：不阻断数据流", heading: 1 },
    { href: `#${encodeURIComponent("原则-1不阻断数据流")}`, heading: 1 },
    { href: "#结果与讨论", heading: 2 },
  ],
  fr: [
    { href: "#ce-quon-a-mesuré--précision", heading: 1 },
    { href: `#${encodeURIComponent("résultats-premier-essai")}`, heading: 2 },
  ],
  fa: [
    { href: "#آنچه-اندازه-گرفتیم-دقت", heading: 1 },
    { href: `#${encodeURIComponent("نتایج")}`, heading: 2 },
  ],
};

const POST_COUNT = 42;

function languageOf(number: number): MigratedLanguage {
  return LANGUAGES[(number - 1) % LANGUAGES.length] ?? "en";
}

function folderOf(number: number): string {
  return `${languageOf(number)}-${String(number).padStart(2, "0")}`;
}

/** What post `number` carries; the variations cycle so every kind appears in every language. */
export function migratedPost(number: number): MigratedPost {
  const language = languageOf(number);
  const folder = folderOf(number);
  const headings = HEADINGS[language];
  const ownSlug = number % 7 === 3 ? `/archives/${2015 + (number % 5)}/${folder}-moved/` : null;
  return {
    number,
    folder,
    language,
    title: TITLES[language](number),
    path: ownSlug ?? `/${folder}/`,
    oldPaths: number % 6 === 1 ? [`/${2014 + (number % 4)}/${number}/old-${folder}/`] : [],
    sectionLinks: SECTION_LINKS[language].map((link) => ({
      href: link.href,
      heading: headings[link.heading],
    })),
    dollars: number % 10 === 4 ? "It cost $18k/year at first and $5k/month later." : null,
    hasVideo: number % 9 === 2,
    hasQuote: number % 11 === 5,
    description: DESCRIPTIONS[language],
  };
}

export const MIGRATED_POSTS: readonly MigratedPost[] = Array.from({ length: POST_COUNT }, (_, i) =>
  migratedPost(i + 1),
);

function frontmatter(post: MigratedPost): string {
  const n = post.number;
  const date = `${2015 + (n % 8)}-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 27) + 1).padStart(2, "0")}`;
  const lines = [`title: "${post.title.replaceAll('"', '\\"')}"`];
  // Dates as other engines write them: quoted, bare, and with a time and zone.
  lines.push(
    n % 3 === 0
      ? `date: ${date} 10:30:00 +0900`
      : n % 3 === 1
        ? `date: ${date}`
        : `date: "${date}"`,
  );
  // Other engines' names for the description and the tags.
  lines.push(n % 2 === 0 ? `spoiler: "${post.description}"` : `description: "${post.description}"`);
  const tags = ["notes", post.language === "en" ? "ml" : "機械学習"];
  lines.push(
    n % 4 === 1
      ? `categories: "${tags.join(", ")}"`
      : `tags: [${tags.map((t) => `"${t}"`).join(", ")}]`,
  );
  lines.push(`lang: ${post.language === "zh" ? "zh-Hans" : post.language}`);
  if (n % 5 === 0) lines.push("cover: cover.png");
  if (post.path !== `/${post.folder}/`) lines.push(`slug: "${post.path}"`);
  if (post.oldPaths.length > 0) {
    lines.push(n % 2 === 0 ? "redirectFrom:" : "redirect_from:");
    for (const old of post.oldPaths) lines.push(`  - "${old}"`);
  }
  if (post.dollars !== null) lines.push("math: false");
  return `---\n${lines.join("\n")}\n---\n`;
}

const VIDEO = [
  "",
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/aircAruvnKk" title="A talk on neural networks" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media" allowfullscreen></iframe>',
  "",
].join("\n");

const QUOTE = [
  "",
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Measure before you trust. Every time.</p>&mdash; Example Person (@example) <a href="https://twitter.com/example/status/1234567890">May 1, 2019</a></blockquote> <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>',
  "",
].join("\n");

function body(post: MigratedPost): string {
  const [first, second, third, fourth] = HEADINGS[post.language];
  const prose = PROSE[post.language];
  const long = Array.from({ length: 6 }, () => prose).join(" ");
  // Every fourth post starts its sections at `#`, as many old blogs did.
  const top = post.number % 4 === 0 ? "#" : "##";
  const sub = `${top}#`;
  const links = post.sectionLinks.map((link, i) => `[→ ${i + 1}](${link.href})`).join(" · ");
  const parts = [
    prose,
    "",
    links,
    "",
    `${top} ${first}`,
    "",
    long,
    "",
    "![](figure.png)",
    "",
    `${sub} ${second}`,
    "",
    long,
    "",
    `${sub}# ${third}`,
    "",
    prose,
    "",
    `${sub}## ${fourth}`,
    "",
    "##### 5",
    "",
    prose,
    "",
    "###### 6",
    "",
    prose,
    "",
    "<details>",
    "<summary>Raw data / 生データ</summary>",
    "",
    "| a | b |",
    "| - | - |",
    "| 1 | 2 |",
    "",
    "</details>",
    "",
    "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>; x<sup>2</sup>.",
  ];
  if (post.dollars !== null) parts.push("", post.dollars);
  else parts.push("", "The loss is $L = -\\sum_i y_i \\log p_i$.");
  if (post.hasVideo) parts.push(VIDEO);
  if (post.hasQuote) parts.push(QUOTE);
  return `${parts.join("\n")}\n`;
}

async function png(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/** The posts as files, ready for `buildFixtureSite`. */
export async function migratedBlogPosts(): Promise<FixturePost[]> {
  const figure = await png(640, 400, "#2f6f9f");
  const cover = await png(1200, 630, "#7f3f2f");
  return MIGRATED_POSTS.map((post) => ({
    folder: post.folder,
    markdown: `${frontmatter(post)}\n${body(post)}`,
    files: { "figure.png": figure, ...(post.number % 5 === 0 ? { "cover.png": cover } : {}) },
  }));
}
