/**
 * Posts in Japanese, Chinese and Korean, with emoji, curly quotes and dashes, written so that
 * every kind of page (post with its table of contents, lists, tags, archive, feeds) is many
 * kilobytes of multi-byte text made of short pieces. React 18's streaming renderer writes its
 * output in 2 KB views; a piece of text that crosses the end of a view is where it used to
 * publish NUL bytes (react issue 31134), so a site built from these posts crosses that boundary
 * hundreds of times, at different byte offsets. Nothing is random: the same posts every time.
 */
import { postMarkdown, type FixturePost } from "./fixture-site";

interface Language {
  code: string;
  /** A tag every post of the language carries besides its subjects. */
  tag: string;
  /** Heading words, combined two at a time so that headings differ in length. */
  words: readonly string[];
  sentences: readonly string[];
}

const JAPANESE: Language = {
  code: "ja",
  tag: "ja",
  words: ["ゼロから", "学ぶ", "表現学習", "対照学習の", "基礎", "応用", "実験", "まとめ"],
  sentences: [
    "ゼロから学ぶ表現学習では、ラベルのないデータから“役に立つ特徴”を取り出します。",
    "対照学習は同じ画像の二つの見え方を近づけ、異なる画像を遠ざける手法です🧠。",
    "温度パラメータ τ を小さくすると、難しい負例がより強く罰せられます——注意が必要です。",
    "「自己教師あり学習」は‘前処理’ではなく、学習そのものの設計です🎉。",
  ],
};

const CHINESE: Language = {
  code: "zh",
  tag: "中文",
  words: ["从零开始", "学习", "表示学习", "对比学习的", "基础", "应用", "实验", "总结"],
  sentences: [
    "从零开始学习表示学习，我们从没有标签的数据中提取“有用的特征”。",
    "对比学习让同一图像的两个视图相互靠近，并让不同的图像彼此远离🚀。",
    "温度参数越小，困难负样本受到的惩罚就越重——这一点需要注意。",
    "“自监督学习”并不是‘预处理’，而是学习本身的设计🎉。",
  ],
};

const KOREAN: Language = {
  code: "ko",
  tag: "한국어",
  words: ["처음부터", "배우는", "표현 학습", "대조 학습의", "기초", "응용", "실험", "정리"],
  sentences: [
    "처음부터 배우는 표현 학습에서는 레이블이 없는 데이터에서 “유용한 특징”을 뽑아냅니다.",
    "대조 학습은 같은 이미지의 두 시점을 가깝게 하고 다른 이미지를 멀리합니다🧠.",
    "온도 매개변수를 작게 하면 어려운 음성 예가 더 강하게 벌을 받습니다—주의하세요.",
    "“자기 지도 학습”은 ‘전처리’가 아니라 학습 자체의 설계입니다🎉.",
  ],
};

export const MULTIBYTE_LANGUAGES: readonly Language[] = [JAPANESE, CHINESE, KOREAN];
export const POSTS_PER_LANGUAGE = 5;

/** Element `index` of a non-empty list, wrapping around. */
function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error("pick() needs a non-empty list");
  return item;
}

function heading(language: Language, post: number, section: number): string {
  const first = pick(language.words, post + section);
  const second = pick(language.words, post * 3 + section * 5 + 1);
  // Some headings end in an emoji or a quote, so four-byte and three-byte characters also sit
  // at the very end of a piece of text, where a view can end.
  const ending = ["", " 🧠", "“注”", " —", ""][section % 5] ?? "";
  return `${first}${second} ${section + 1}${ending}`;
}

function paragraph(language: Language, post: number, section: number): string {
  return Array.from({ length: 2 + ((post + section) % 3) }, (_, index) =>
    pick(language.sentences, post + section + index),
  ).join("");
}

function body(language: Language, post: number): string {
  const sections: string[] = [];
  // Enough headings that the table of contents alone spans several 2 KB views.
  for (let section = 0; section < 24 + post; section += 1) {
    const level = section % 3 === 2 ? "###" : "##";
    sections.push(`${level} ${heading(language, post, section)}`);
    sections.push(paragraph(language, post, section));
    if (section % 4 === 1) {
      sections.push(
        [1, 2, 3].map((item) => `- ${pick(language.sentences, post + item)}`).join("\n"),
      );
    }
  }
  return sections.join("\n\n");
}

/** The posts: `ja-1` … `ko-5`, a day apart, each with a long title, description and tags. */
export function multibytePosts(): FixturePost[] {
  const posts: FixturePost[] = [];
  MULTIBYTE_LANGUAGES.forEach((language, languageIndex) => {
    for (let post = 1; post <= POSTS_PER_LANGUAGE; post += 1) {
      const day = languageIndex * POSTS_PER_LANGUAGE + post;
      posts.push({
        folder: `${language.code}-${post}`,
        markdown: postMarkdown(
          {
            title: `${pick(language.words, post)}${pick(language.words, post + 2)} “${pick(language.words, post + 4)}” 🎉 ${post}`,
            date: `2022-03-${String(day).padStart(2, "0")}`,
            description: `${pick(language.sentences, post)}${pick(language.sentences, post + 1)}`,
            tags: [language.tag, `${pick(language.words, post)}`, "🧠 ideas"],
            lang: language.code,
          },
          body(language, post),
        ),
      });
    }
  });
  return posts;
}

/** The two phrases in which the post below writes U+FFFD, and the only places one may appear. */
export const REPLACEMENT_PHRASES: readonly string[] = ["to \uFFFD", "Caf\uFFFD"];

/**
 * A post that writes U+FFFD on purpose, in its title, description, headings and text: the
 * integrity check must let it through wherever the site shows it.
 */
export const REPLACEMENT_CHARACTER_POST: FixturePost = {
  folder: "replacement-character",
  markdown: postMarkdown(
    {
      title: "Why Caf\uFFFD appears",
      date: "2022-04-01",
      description: "Bytes that are not UTF-8 decode to \uFFFD, and Café turns into Caf\uFFFD.",
      tags: ["en", "encoding"],
    },
    [
      "## Where Caf\uFFFD comes from",
      "“Café” saved as Latin-1 and read as UTF-8 decodes to \uFFFD where the é was: Caf\uFFFD.",
      "## What decodes to \uFFFD",
      "A byte that cannot start a character decodes to \uFFFD.",
      "## Fixing Caf\uFFFD",
      "Only the original bytes can bring Café back.",
    ].join("\n\n"),
  ),
};
