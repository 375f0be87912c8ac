import { measureText } from "../../../src/lib/posts/reading-time";
import { chartSpec, type ChartSpec } from "./chart-spec";
import { codeSample } from "./code-samples";
import { capitalize, chooseFocus, main, type Focus, type Language } from "./focus";
import { displayFormulas, formulaSentence } from "./formulas";
import { Random } from "./random";
import { resultsTable } from "./results-table";
import { deck } from "./deck";
import { ENGLISH_SENTENCES, withOpener } from "./sentences-en";
import { JAPANESE_SENTENCES } from "./sentences-ja";
import { TOPICS } from "./topics";

/** Reading amount of a post, as an average English post of about 900 words. */
export const ENGLISH_WORDS = 900;
/** The same reading time in Japanese: 900 words at 230 a minute is 1,950 characters at 500. */
export const JAPANESE_CHARACTERS = 1950;
/** Three posts in every twenty are Japanese (15 %). */
const JAPANESE_EVERY_TWENTY = 3;
/** Tags any post may carry besides those of its topic. */
const GENERAL_TAGS = ["benchmarks", "profiling", "research-notes", "tutorial"];
/** Posts are dated one every 31 hours back from here, so 10,000 posts stay in the past. */
const NEWEST_POST = Date.UTC(2024, 11, 31, 9, 0, 0);
const HOURS_BETWEEN_POSTS = 31;

export interface SyntheticFigure {
  /** File name in the post's folder. */
  file: string;
  spec: ChartSpec;
}

export interface SyntheticPost {
  /** Folder under content/blog/, which is also the post's address. */
  folder: string;
  language: Language;
  /** The whole index.md. */
  markdown: string;
  /** Figures the Markdown links, to be drawn into the post's folder (none when text-only). */
  figures: SyntheticFigure[];
  inlineFormulas: number;
  displayFormulas: number;
  tags: string[];
}

export interface CorpusOptions {
  /** Any text; the same seed gives the same corpus. */
  seed: string;
  /** Leaves out the figures (for very large corpora). */
  textOnly: boolean;
}

export function postFolder(number: number): string {
  return `bench-${String(number).padStart(5, "0")}`;
}

export function isJapanesePost(number: number): boolean {
  // Spread over each run of twenty rather than every n-th post, so small corpora get some too.
  return (number * 7) % 20 < JAPANESE_EVERY_TWENTY;
}

/** Words (English) or characters (Japanese) a reader reads in `markdown`, formulas excluded. */
function readingAmount(markdown: string, language: Language): number {
  const amount = measureText(markdown.replace(/\$[^$]*\$/g, " "));
  return language === "ja" ? amount.cjkCharacters : amount.words;
}

/** Sentences about the post's subject, none repeated before every pattern has been used. */
function sentences(focus: Focus): () => string {
  if (focus.language === "ja") {
    const next = deck(focus.random, JAPANESE_SENTENCES);
    return () => next()(focus);
  }
  const next = deck(focus.random, ENGLISH_SENTENCES);
  return () => withOpener(focus, next()(focus));
}

/** Splits `sentences` into `count` paragraphs of nearly equal length, in order. */
function paragraphs(sentences: readonly string[], count: number, language: Language): string[] {
  const joiner = language === "ja" ? "" : " ";
  return Array.from({ length: count }, (_, index) => {
    const start = Math.round((index * sentences.length) / count);
    const end = Math.round(((index + 1) * sentences.length) / count);
    return sentences.slice(start, end).join(joiner);
  });
}

function headings(focus: Focus): string[] {
  const r = focus.random;
  const metric = main(focus, "metrics");
  if (focus.language === "ja") {
    return [
      r.pick(["背景", "問題の整理", `${metric}が重要な理由`]),
      r.pick([`${metric}の計測`, "実験の設定", "時間はどこで使われているか"]),
      r.pick([main(focus, "actions"), "変更点", `${main(focus, "problems")}への対処`]),
      r.pick(["まとめ", "今後の課題", "振り返り"]),
    ];
  }
  return [
    r.pick(["Background", "The problem", `Why ${metric} matters`]),
    r.pick([`Measuring ${metric}`, "Setting up the experiment", "Where the time goes"]),
    r.pick([
      capitalize(main(focus, "actions")),
      "What we changed",
      `Dealing with ${main(focus, "problems")}`,
    ]),
    r.pick(["Takeaways", "What we would do differently", "Limitations and next steps"]),
  ];
}

function title(focus: Focus): string {
  const r = focus.random;
  const [system, action, metric, component, problem] = [
    main(focus, "systems"),
    main(focus, "actions"),
    main(focus, "metrics"),
    main(focus, "components"),
    main(focus, "problems"),
  ];
  if (focus.language === "ja") {
    return r.pick([
      `${system}における${action}`,
      `${system}の${metric}を制限するもの`,
      `${component}を詳しく見る`,
      `${problem}の事例研究`,
      `${action}で${metric}はどう変わったか`,
    ]);
  }
  return r.pick([
    `${capitalize(action)} in ${system}`,
    `What limits ${metric} in ${system}?`,
    `A closer look at ${component} in ${system}`,
    `${capitalize(problem)}: a case study`,
    `How ${action} changed ${metric} for us`,
  ]);
}

function description(focus: Focus): string {
  if (focus.language === "ja") {
    return `${main(focus, "datasets")}で計測した、${main(focus, "systems")}における${main(focus, "actions")}の${main(focus, "metrics")}への効果。`;
  }
  return `How ${main(focus, "actions")} affects ${main(focus, "metrics")} in ${main(focus, "systems")}, measured on ${main(focus, "datasets")}.`;
}

function tableIntroduction(focus: Focus): string {
  const runs = focus.random.pick([5, 7, 9]);
  return focus.language === "ja"
    ? `次の表は、各構成の${main(focus, "metrics")}を${runs}回の実行でまとめたものです。`
    : `The table below summarises ${main(focus, "metrics")} for each configuration over ${runs} runs.`;
}

function figureMarkdown(figure: SyntheticFigure): string {
  return `![${figure.spec.alt}](${figure.file})\n\n<small>${figure.spec.caption}</small>`;
}

function frontmatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join("\n")}\n---`;
}

/** Post `number` (from 1) of the corpus: the same for the same seed, whatever the corpus size. */
export function syntheticPost(number: number, options: CorpusOptions): SyntheticPost {
  const random = new Random(`${options.seed}:${number}`);
  const language: Language = isJapanesePost(number) ? "ja" : "en";
  const topic = random.pick(TOPICS);
  const focus = chooseFocus(topic, language, random);
  const folder = postFolder(number);

  const sectionTitles = headings(focus);
  const formulas = displayFormulas(random, random.int(1, 2));
  const code = codeSample(focus);
  const table = resultsTable(focus);
  const tableIntro = tableIntroduction(focus);
  // Charts are chosen even when left out, so a text-only post has the same words.
  const charts = [1, 2].map((n) => ({ file: `figure-${n}.png`, spec: chartSpec(focus, n) }));
  const figures: SyntheticFigure[] = options.textOnly ? [] : charts;
  const inlineCount = random.int(4, 8);
  const withFormula = Array.from({ length: inlineCount }, () => formulaSentence(focus));

  const fixedText = [...sectionTitles, table, tableIntro].join("\n");
  const target = (language === "ja" ? JAPANESE_CHARACTERS : ENGLISH_WORDS) + random.int(-30, 30);
  let amount =
    readingAmount(fixedText, language) +
    withFormula.reduce((sum, s) => sum + readingAmount(s, language), 0);
  const prose: string[] = [];
  const nextSentence = sentences(focus);
  while (amount < target) {
    const next = nextSentence();
    prose.push(next);
    amount += readingAmount(next, language);
  }
  for (const formulaText of withFormula) {
    prose.splice(random.int(0, prose.length), 0, formulaText);
  }
  const [p1, p2, p3, p4, p5, p6, p7, p8, p9] = paragraphs(prose, 9, language);
  const [h1, h2, h3, h4] = sectionTitles;
  const [d1, d2] = formulas;
  const [f1, f2] = figures;

  const blocks = [
    p1,
    p2,
    `## ${h1}`,
    p3,
    `$$\n${d1}\n$$`,
    p4,
    f1 && figureMarkdown(f1),
    `## ${h2}`,
    p5,
    `\`\`\`${code.language}\n${code.code}\n\`\`\``,
    p6,
    `## ${h3}`,
    tableIntro,
    table,
    p7,
    f2 && figureMarkdown(f2),
    d2 && `$$\n${d2}\n$$`,
    `## ${h4}`,
    p8,
    p9,
  ].filter((block): block is string => typeof block === "string" && block !== "");

  const tags = [
    topic.tags[0] as string,
    ...random.sample([...topic.tags.slice(1), ...GENERAL_TAGS], random.int(1, 2)),
  ];
  const date = new Date(NEWEST_POST - number * HOURS_BETWEEN_POSTS * 3600 * 1000);
  const head = frontmatter({
    title: title(focus),
    date: date.toISOString(),
    description: description(focus),
    tags,
    ...(language === "ja" ? { lang: "ja" } : {}),
  });
  return {
    folder,
    language,
    markdown: `${head}\n\n${blocks.join("\n\n")}\n`,
    figures,
    inlineFormulas: inlineCount,
    displayFormulas: formulas.length,
    tags,
  };
}

/** Posts 1 to `count`. */
export function syntheticCorpus(count: number, options: CorpusOptions): SyntheticPost[] {
  return Array.from({ length: count }, (_, index) => syntheticPost(index + 1, options));
}
