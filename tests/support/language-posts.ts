import { postMarkdown, type FixturePost } from "./fixture-site";

/**
 * Original posts (not translations) in eight languages and four scripts, each with what a
 * page must mirror or keep left to right: three sections and a subsection (so a table of
 * contents), a list, a quote, a code block, an inline formula and a display formula.
 */
export interface LanguagePost {
  folder: string;
  lang: string;
  date: string;
  title: string;
  /** Section headings, the third with a subsection. */
  headings: [string, string, string, string];
  paragraph: string;
  items: [string, string];
  quote: string;
}

export const LANGUAGE_POSTS: readonly LanguagePost[] = [
  {
    folder: "fa-contrastive",
    lang: "fa",
    date: "2024-05-01",
    title: "یادگیری تقابلی با PyTorch در عمل",
    headings: ["مقدمه", "تابع هزینه", "آزمایش‌ها", "نتیجه‌ها"],
    paragraph:
      "در یادگیری تقابلی، مدل یاد می‌گیرد که دو نمای یک تصویر را به هم نزدیک کند و نماهای تصویرهای دیگر را دور نگه دارد.",
    items: ["افزایش داده با برش تصادفی", "دمای $\\tau$ در تابع هزینه"],
    quote: "نمایش خوب، نمایشی است که برای کارهای بعدی مفید باشد.",
  },
  {
    folder: "ar-convolution",
    lang: "ar",
    date: "2024-04-01",
    title: "مقدمة إلى الشبكات العصبية التلافيفية",
    headings: ["المقدمة", "طبقة الالتفاف", "التجارب", "النتائج"],
    paragraph:
      "تتعلم الشبكات التلافيفية مرشحات صغيرة تمر على الصورة، فتلتقط الحواف ثم الأشكال ثم الأجسام.",
    items: ["حجم المرشح", "الخطوة $s$ بين موضعين"],
    quote: "البيانات الجيدة أهم من النموذج الكبير.",
  },
  {
    folder: "he-attention",
    lang: "he",
    date: "2024-03-01",
    title: "מבוא למנגנון הקשב",
    headings: ["הקדמה", "קשב עצמי", "ניסויים", "תוצאות"],
    paragraph: "מנגנון הקשב מאפשר לכל מילה במשפט להתחשב בכל שאר המילים, לפי מידת הרלוונטיות שלהן.",
    items: ["שאילתות, מפתחות וערכים", "הנרמול בשורש $d$"],
    quote: "הקשב הוא כל מה שצריך, כמעט.",
  },
  {
    folder: "ja-distillation",
    lang: "ja",
    date: "2024-02-01",
    title: "知識蒸留の基礎",
    headings: ["はじめに", "損失関数", "実験", "結果"],
    paragraph: "大きなモデルの出力を小さなモデルに学ばせる手法を知識蒸留と呼びます。",
    items: ["温度付きソフトマックス", "係数 $\\alpha$ による重み付け"],
    quote: "よい教師は答えだけでなく迷いも教える。",
  },
  {
    folder: "ru-optimizers",
    lang: "ru",
    date: "2024-01-15",
    title: "Оптимизаторы для глубокого обучения",
    headings: ["Введение", "Градиентный спуск", "Эксперименты", "Результаты"],
    paragraph:
      "Оптимизатор решает, как изменить веса сети после каждого шага, и от этого выбора зависит скорость обучения.",
    items: ["Скорость обучения", "Момент $\\beta$"],
    quote: "Хороший оптимизатор не заменит хороших данных.",
  },
  {
    folder: "ko-embeddings",
    lang: "ko",
    date: "2023-12-01",
    title: "단어 임베딩 입문",
    headings: ["소개", "학습 방법", "실험", "결과"],
    paragraph: "단어 임베딩은 비슷한 뜻의 단어를 가까운 벡터로 나타냅니다.",
    items: ["문맥 창의 크기", "차원 $d$"],
    quote: "단어의 뜻은 함께 쓰이는 단어가 알려 준다.",
  },
  {
    folder: "zh-tw-graphs",
    lang: "zh-TW",
    date: "2023-11-01",
    title: "圖神經網路導論",
    headings: ["簡介", "訊息傳遞", "實驗", "結果"],
    paragraph: "圖神經網路讓每個節點從鄰居收集訊息，再更新自己的表示。",
    items: ["鄰居的聚合方式", "層數 $L$"],
    quote: "結構本身就是資訊。",
  },
  {
    folder: "zh-cn-pruning",
    lang: "zh-CN",
    date: "2023-10-01",
    title: "模型剪枝入门",
    headings: ["简介", "剪枝方法", "实验", "结果"],
    paragraph: "模型剪枝去掉不重要的权重，让网络更小、更快。",
    items: ["按幅度剪枝", "稀疏度 $p$"],
    quote: "少即是多。",
  },
];

/** The Persian post also says when it was last updated. */
export const UPDATED_POST = { folder: "fa-contrastive", updated: "2024-06-01" };

function body(post: LanguagePost): string {
  const [intro, loss, experiments, results] = post.headings;
  return [
    `## ${intro}`,
    "",
    post.paragraph,
    "",
    `## ${loss}`,
    "",
    `- ${post.items[0]}`,
    `- ${post.items[1]}`,
    "",
    "$$",
    "\\mathcal{L} = -\\log \\frac{\\exp(s_{i,j}/\\tau)}{\\sum_{k \\ne i} \\exp(s_{i,k}/\\tau)}",
    "$$",
    "",
    `## ${experiments}`,
    "",
    `> ${post.quote}`,
    "",
    "```python",
    "def contrastive_loss(z1, z2, temperature=0.1):",
    "    logits = z1 @ z2.T / temperature",
    "    return cross_entropy(logits, arange(len(z1)))",
    "```",
    "",
    `### ${results}`,
    "",
    post.paragraph,
  ].join("\n");
}

export function languageFixturePosts(): FixturePost[] {
  return LANGUAGE_POSTS.map((post) => ({
    folder: post.folder,
    markdown: postMarkdown(
      {
        title: post.title,
        date: post.date,
        lang: post.lang,
        tags: ["notes"],
        ...(post.folder === UPDATED_POST.folder ? { updated: UPDATED_POST.updated } : {}),
      },
      body(post),
    ),
  }));
}
