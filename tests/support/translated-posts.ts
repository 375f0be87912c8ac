/**
 * A blog whose readers translated its posts: six posts, thirteen languages in six scripts, three
 * of them written right to left (Persian, Arabic, Hebrew), each translation kept beside its
 * original as `index.<lang>.md`. Translations leave out the date and tags they inherit, one
 * names its translator, one was made before its original's last update, one leaves a section
 * out, and one file name writes its code in mixed case (`index.zh-Hant.md`).
 *
 * The addresses, language names and ids below are written out by hand, from the convention and
 * from what each language calls itself, so the build test compares the build with them rather
 * than with itself.
 */

import type { FixturePost } from "./fixture-site";

/** One version of a post as the test expects to find it. */
export interface ExpectedVersion {
  /** The file beside the original: `index.md` or `index.ja.md`. */
  file: string;
  /** Where it is served. */
  path: string;
  /** Its `lang` and `hreflang`, in canonical case. */
  lang: string;
  /** The language's own name, as the language list shows it. */
  name: string;
  title: string;
  /** A word of its text that search must find it by. */
  word: string;
}

export interface ExpectedPost {
  folder: string;
  /** The original first. */
  versions: ExpectedVersion[];
  /** The original's date, which translations without a date inherit. */
  date: string;
  tags: string[];
}

function markdown(frontmatter: Record<string, unknown>, body: string): string {
  const lines = Object.entries(frontmatter).map(
    ([key, value]) => `${key}: ${JSON.stringify(value)}`,
  );
  return `---\n${lines.join("\n")}\n---\n\n${body.trim()}\n`;
}

const SPARSE_EN = markdown(
  {
    title: "Sparse Attention Without the Pain",
    date: "2024-01-10",
    updated: "2024-05-01",
    description:
      "Why full attention grows with the square of the sequence, and what block-sparse patterns buy back.",
    tags: ["transformers", "performance"],
  },
  `
Full attention compares every token with every other token. For a sequence of a few hundred
tokens nobody notices; at sixteen thousand, the attention matrix alone no longer fits on the card.
The [block-sparse patterns](#block-sparse-patterns) section shows one way out.

## Why attention is quadratic

Each of the n queries is scored against each of the n keys, so the work and the memory both grow
with n squared. Doubling the context multiplies the cost by four.

## Block-sparse patterns

Split the sequence into blocks and let each block attend only to its neighbours and to a few
global blocks. The cost then grows linearly, and most tasks lose very little accuracy.
`,
);

const SPARSE_JA = markdown(
  {
    title: "苦労しないスパースアテンション",
    date: "2024-02-01",
    description:
      "全結合のアテンションが系列長の二乗で増える理由と、ブロック疎パターンで取り戻せるもの。",
    translatedBy: "山田 花子",
  },
  `
全結合のアテンションは、すべてのトークンを他のすべてのトークンと比較します。数百トークンなら誰も気づきませんが、一万六千トークンになるとアテンション行列だけでメモリに収まりません。解決策のひとつは[ブロック疎パターン](#ブロック疎パターン)の節で説明します。

## なぜ二次の計算量になるのか

n 個のクエリそれぞれが n 個のキーすべてと照合されるため、計算量もメモリも n の二乗で増えます。文脈を二倍にすると費用は四倍になります。

## ブロック疎パターン

系列をブロックに分け、各ブロックが近くのブロックと少数の大域ブロックだけを参照するようにします。すると費用は線形に増えるだけになり、多くのタスクで精度はほとんど落ちません。
`,
);

const SPARSE_FA = markdown(
  {
    title: "توجه تنک بدون دردسر",
    date: "2024-06-01",
    description:
      "چرا توجه کامل با مربع طول دنباله رشد می‌کند و الگوهای بلوکی چه چیزی را برمی‌گردانند.",
  },
  `
توجه کامل هر توکن را با همه توکن‌های دیگر مقایسه می‌کند. برای چند صد توکن کسی متوجه نمی‌شود، اما در شانزده هزار توکن ماتریس توجه به تنهایی در حافظه کارت گرافیک جا نمی‌شود. بخش [الگوهای بلوکی](#الگوهای-بلوکی) یک راه حل را نشان می‌دهد.

## چرا توجه درجه دوم است

هر یک از n پرسش با هر یک از n کلید سنجیده می‌شود، پس هم محاسبه و هم حافظه با مربع n رشد می‌کنند. دو برابر کردن زمینه هزینه را چهار برابر می‌کند.

## الگوهای بلوکی

دنباله را به بلوک‌ها تقسیم کنید و بگذارید هر بلوک فقط به همسایگانش و چند بلوک سراسری توجه کند. آنگاه هزینه به صورت خطی رشد می‌کند و بیشتر کارها دقت چندانی از دست نمی‌دهند.
`,
);

const SPARSE_FR = markdown(
  {
    title: "L’attention creuse sans douleur",
    description:
      "Pourquoi l’attention complète croît avec le carré de la séquence, et ce que les motifs creux par blocs permettent de regagner.",
  },
  `
L’attention complète compare chaque jeton à tous les autres. Pour quelques centaines de jetons,
personne ne le remarque ; à seize mille, la matrice d’attention ne tient plus en mémoire. La
section [motifs creux par blocs](#motifs-creux-par-blocs) montre une issue.

## Un coût quadratique

Chacune des n requêtes est comparée à chacune des n clés : le calcul et la mémoire croissent avec
le carré de n. Doubler le contexte multiplie le coût par quatre.

## Motifs creux par blocs

On découpe la séquence en blocs, et chaque bloc ne regarde que ses voisins et quelques blocs
globaux. Le coût devient linéaire, et la plupart des tâches ne perdent presque rien en précision.
`,
);

const SPARSE_DE = markdown(
  {
    title: "Dünnbesetzte Attention ohne Schmerzen",
    description:
      "Warum volle Attention mit dem Quadrat der Sequenzlänge wächst und was blockweise dünne Muster zurückgewinnen.",
  },
  `
Volle Attention vergleicht jedes Token mit jedem anderen. Bei einigen hundert Token merkt das
niemand; bei sechzehntausend passt schon die Attention-Matrix nicht mehr in den Speicher. Der
Abschnitt [Blockweise dünne Muster](#blockweise-dünne-muster) zeigt einen Ausweg.

## Warum quadratisch

Jede der n Anfragen wird mit jedem der n Schlüssel verglichen, also wachsen Rechenaufwand und
Speicherbedarf mit dem Quadrat von n. Doppelter Kontext kostet das Vierfache.

## Blockweise dünne Muster

Man teilt die Sequenz in Blöcke, und jeder Block beachtet nur seine Nachbarn und einige globale
Blöcke. Die Kosten wachsen dann linear, und die meisten Aufgaben verlieren kaum Genauigkeit.
`,
);

const CHECKPOINT_EN = markdown(
  {
    title: "Gradient Checkpointing in Practice",
    date: "2023-11-02",
    description:
      "Trading compute for memory: which activations to keep, and what recomputing the rest costs.",
    tags: ["training", "performance"],
  },
  `
Training a deep network keeps every activation of the forward pass until the backward pass needs
it. Checkpointing keeps only some of them and recomputes the rest; the
[cost of recomputation](#the-cost-of-recomputation) is smaller than most people expect.

## Where the memory goes

Activations, not weights, dominate memory for long sequences: each layer stores its inputs for
the backward pass, and they grow with the batch and the sequence length.

## The cost of recomputation

With a checkpoint every square root of n layers, memory falls from n to the square root of n,
for one extra forward pass: about a third more compute.
`,
);

const CHECKPOINT_ZH_HANS = markdown(
  {
    title: "梯度检查点实践",
    description: "用计算换内存：保留哪些激活值，重新计算其余部分要付出什么代价。",
  },
  `
训练深度网络时，前向传播的每个激活值都要保留到反向传播用到它为止。检查点只保留其中一部分，其余的重新计算；[重新计算的代价](#重新计算的代价)比大多数人想象的要小。

## 内存从哪里来

对于长序列，占用内存的主要是激活值而不是权重：每一层都要为反向传播保存输入，它们随批量大小和序列长度增长。

## 重新计算的代价

每隔 n 的平方根层设置一个检查点，内存就从 n 降到 n 的平方根，代价是多做一次前向传播，大约多三分之一的计算量。
`,
);

const CHECKPOINT_ZH_HANT = markdown(
  {
    title: "梯度檢查點實務",
    description: "用運算換記憶體：保留哪些激活值，重新計算其餘部分要付出什麼代價。",
  },
  `
訓練深度網路時，前向傳遞的每個激活值都要保留到反向傳遞用到它為止。檢查點只保留其中一部分，其餘的重新計算；[重新計算的代價](#重新計算的代價)比多數人想像的小。

## 記憶體從哪裡來

對於長序列，佔用記憶體的主要是激活值而不是權重：每一層都要為反向傳遞保存輸入，它們隨批次大小與序列長度增長。

## 重新計算的代價

每隔 n 的平方根層設一個檢查點，記憶體就從 n 降到 n 的平方根，代價是多做一次前向傳遞，大約多三分之一的運算量。
`,
);

const CHECKPOINT_KO = markdown(
  {
    title: "그래디언트 체크포인팅 실전",
    description:
      "연산을 메모리와 맞바꾸기: 어떤 활성값을 남기고, 나머지를 다시 계산하는 데 드는 비용은 얼마인가.",
  },
  `
깊은 신경망을 학습할 때는 순전파의 모든 활성값을 역전파가 필요로 할 때까지 보관합니다. 체크포인팅은 그중 일부만 남기고 나머지는 다시 계산합니다. [재계산의 비용](#재계산의-비용)은 생각보다 작습니다.

## 메모리는 어디에 쓰이나

긴 시퀀스에서는 가중치가 아니라 활성값이 메모리를 차지합니다. 각 층은 역전파를 위해 입력을 저장하고, 그 크기는 배치와 시퀀스 길이에 따라 커집니다.

## 재계산의 비용

n의 제곱근 층마다 체크포인트를 두면 메모리는 n에서 n의 제곱근으로 줄고, 대가는 순전파 한 번, 즉 연산량 약 3분의 1입니다.
`,
);

/** Translated in part: the section on the cost of recomputation is left out. */
const CHECKPOINT_AR = markdown(
  {
    title: "نقاط التفتيش للتدرج عمليا",
    description: "مقايضة الحساب بالذاكرة: أي التنشيطات نحتفظ بها.",
  },
  `
يحتفظ تدريب الشبكة العميقة بكل تنشيط من التمرير الأمامي حتى يحتاجه التمرير الخلفي. أما نقاط التفتيش فتحتفظ ببعضها فقط وتعيد حساب الباقي.

## من أين تأتي الذاكرة

في المتتاليات الطويلة تستهلك التنشيطات الذاكرة أكثر من الأوزان: كل طبقة تخزن مدخلاتها من أجل التمرير الخلفي، وتكبر مع حجم الدفعة وطول المتتالية.
`,
);

const VECTORS_EN = markdown(
  {
    title: "Approximate Vector Search",
    date: "2023-09-15",
    description:
      "How approximate indexes find near neighbours among millions of embeddings, and what product quantization saves.",
    tags: ["search", "embeddings"],
  },
  `
Finding the nearest of a million embeddings by brute force reads every one of them for each
query. Approximate indexes read a small fraction and are right most of the time;
[product quantization](#product-quantization) makes each vector small enough to keep in memory.

## Approximate indexes

Graph indexes link each vector to a few close ones and walk the graph from an entry point. They
trade a little recall for a search that visits a few thousand vectors instead of all of them.

## Product quantization

Split each vector into pieces and replace every piece by the nearest of 256 centroids: a
768-dimensional vector shrinks to a few dozen bytes.
`,
);

const VECTORS_ES = markdown(
  {
    title: "Búsqueda vectorial aproximada",
    description:
      "Cómo los índices aproximados encuentran vecinos cercanos entre millones de vectores, y lo que ahorra la cuantización de productos.",
  },
  `
Encontrar el más cercano entre un millón de vectores por fuerza bruta obliga a leerlos todos en
cada consulta. Los índices aproximados leen una pequeña parte y casi siempre aciertan; la
[cuantización de productos](#cuantización-de-productos) hace que cada vector quepa en memoria.

## Índices aproximados

Los índices de grafo enlazan cada vector con unos pocos cercanos y recorren el grafo desde un
punto de entrada. Ceden un poco de exhaustividad a cambio de visitar unos miles de vectores.

## Cuantización de productos

Se divide cada vector en trozos y cada trozo se sustituye por el más cercano de 256 centroides:
un vector de 768 dimensiones ocupa unas pocas decenas de bytes.
`,
);

const VECTORS_PT_BR = markdown(
  {
    title: "Busca vetorial aproximada",
    description:
      "Como índices aproximados encontram vizinhos próximos entre milhões de vetores, e o que a quantização de produtos economiza.",
  },
  `
Encontrar o mais próximo entre um milhão de vetores por força bruta exige ler todos eles a cada
consulta. Índices aproximados leem uma pequena parte e quase sempre acertam; a
[quantização de produtos](#quantização-de-produtos) faz cada vetor caber na memória.

## Índices aproximados

Índices em grafo ligam cada vetor a alguns vizinhos e percorrem o grafo a partir de um ponto de
entrada. Trocam um pouco de revocação por uma busca que visita alguns milhares de vetores.

## Quantização de produtos

Cada vetor é dividido em pedaços, e cada pedaço é trocado pelo mais próximo de 256 centroides:
um vetor de 768 dimensões passa a ocupar algumas dezenas de bytes.
`,
);

const VECTORS_RU = markdown(
  {
    title: "Приближённый векторный поиск",
    description:
      "Как приближённые индексы находят ближайших соседей среди миллионов векторов и сколько экономит квантование произведений.",
  },
  `
Чтобы найти ближайший из миллиона векторов перебором, приходится читать их все для каждого
запроса. Приближённые индексы читают малую долю и почти всегда не ошибаются, а
[квантование произведений](#квантование-произведений) позволяет держать каждый вектор в памяти.

## Приближённые индексы

Графовые индексы связывают каждый вектор с несколькими близкими и обходят граф от точки входа.
Они жертвуют небольшой полнотой ради поиска, который посещает лишь несколько тысяч векторов.

## Квантование произведений

Каждый вектор делят на части и заменяют каждую часть ближайшим из 256 центроидов: вектор из 768
измерений занимает несколько десятков байт.
`,
);

const VECTORS_HE = markdown(
  {
    title: "חיפוש וקטורי משוער",
    description:
      "איך אינדקסים משוערים מוצאים שכנים קרובים בין מיליוני וקטורים, ומה חוסך כימות מכפלות.",
  },
  `
כדי למצוא את הקרוב ביותר מבין מיליון וקטורים בכוח גס יש לקרוא את כולם בכל שאילתה. אינדקסים משוערים קוראים חלק קטן וצודקים כמעט תמיד, ו[כימות מכפלות](#כימות-מכפלות) מקטין כל וקטור כך שייכנס לזיכרון.

## אינדקסים משוערים

אינדקסים מבוססי גרף מקשרים כל וקטור לכמה וקטורים קרובים ומטיילים בגרף מנקודת כניסה. הם מוותרים על מעט כיסוי תמורת חיפוש שמבקר רק בכמה אלפי וקטורים.

## כימות מכפלות

מחלקים כל וקטור לחלקים ומחליפים כל חלק במרכז הקרוב ביותר מבין 256: וקטור בן 768 ממדים תופס כמה עשרות בתים בלבד.
`,
);

const BAYES_JA = markdown(
  {
    title: "事前分布の選び方についてのノート",
    date: "2023-06-01",
    lang: "ja",
    description: "ベイズ推論で事前分布をどう選ぶか、共役事前分布が便利な理由。",
    tags: ["statistics"],
  },
  `
ベイズ推論では、データを見る前の信念を事前分布として書きます。選び方しだいで結論が変わることもあるので、[共役事前分布](#共役事前分布)のような扱いやすい形から始めるのが定石です。

## 事前分布の選び方

情報のない事前分布は公平に見えますが、パラメータの変換に対して不変とは限りません。領域の知識があるなら、それを弱い事前分布として書くほうが安全です。

## 共役事前分布

事前分布と事後分布が同じ族になる組み合わせを共役と呼びます。二項分布に対するベータ分布がその代表で、更新は数を足すだけで済みます。
`,
);

const BAYES_EN = markdown(
  {
    title: "Notes on Choosing a Prior",
    description:
      "How to choose a prior in Bayesian inference, and why conjugate priors are convenient.",
  },
  `
In Bayesian inference, what we believe before seeing the data is written as a prior. The choice
can change the conclusion, so the usual advice is to start with a convenient form such as the
[conjugate priors](#conjugate-priors).

## Choosing a prior

An uninformative prior looks fair, but it is not always invariant under a change of parameters.
When you know something about the domain, writing it as a weak prior is safer.

## Conjugate priors

When the prior and the posterior belong to the same family, the prior is called conjugate. The
beta distribution for the binomial is the classic case: updating only adds counts.
`,
);

const BAYES_KO = markdown(
  {
    title: "사전분포를 고르는 법에 대한 노트",
    tags: ["통계"],
    description: "베이즈 추론에서 사전분포를 어떻게 고르는지, 켤레 사전분포가 편리한 이유.",
  },
  `
베이즈 추론에서는 데이터를 보기 전의 믿음을 사전분포로 씁니다. 선택에 따라 결론이 달라질 수 있으므로 [켤레 사전분포](#켤레-사전분포)처럼 다루기 쉬운 형태로 시작하는 것이 정석입니다.

## 사전분포 고르기

정보가 없는 사전분포는 공정해 보이지만 매개변수 변환에 대해 항상 불변인 것은 아닙니다. 분야에 대한 지식이 있다면 약한 사전분포로 적는 편이 안전합니다.

## 켤레 사전분포

사전분포와 사후분포가 같은 족에 속하면 켤레라고 부릅니다. 이항분포에 대한 베타분포가 대표적이며, 갱신은 개수를 더하기만 하면 됩니다.
`,
);

/** Written in Persian and never translated: an original, not a translation. */
const PERSIAN_ONLY = markdown(
  {
    title: "یادداشتی درباره کش کردن مدل‌ها",
    date: "2023-04-01",
    lang: "fa",
    description:
      "چرا بارگذاری دوباره وزن‌ها کند است و چگونه یک کش ساده زمان راه‌اندازی را کم می‌کند.",
    tags: ["deployment"],
  },
  `
هر بار که سرویس راه‌اندازی می‌شود، وزن‌های مدل از دیسک خوانده می‌شوند. برای مدل‌های بزرگ این کار چند دقیقه طول می‌کشد. بخش [کش روی دیسک محلی](#کش-روی-دیسک-محلی) راه ساده‌ای را شرح می‌دهد.

## هزینه بارگذاری

خواندن ده‌ها گیگابایت از یک فضای ذخیره‌سازی شبکه‌ای کند است و هر نمونه جدید همان کار را تکرار می‌کند.

## کش روی دیسک محلی

نسخه‌ای از وزن‌ها را روی دیسک محلی نگه دارید و فقط وقتی نسخه مدل عوض شد آن را دوباره بخوانید.
`,
);

const TOKENIZERS_EN = markdown(
  {
    title: "What a Tokenizer Does to Your Text",
    date: "2023-03-01",
    description:
      "Byte-pair encoding step by step, and why the same sentence costs more tokens in some languages.",
    tags: ["nlp"],
  },
  `
Language models never see characters, only tokens. How text is cut into tokens decides how much
a prompt costs and how well rare words are understood; see [uneven costs](#uneven-costs).

## Byte-pair encoding

Start from bytes and repeatedly merge the most frequent adjacent pair into a new token, until
the vocabulary has the size you want.

## Uneven costs

Merges learned mostly from English text leave other scripts split into many short pieces, so
the same sentence can take three times as many tokens in another language.
`,
);

const TOKENIZERS_DE = markdown(
  {
    title: "Was ein Tokenizer mit Ihrem Text macht",
    description:
      "Byte-Pair-Encoding Schritt für Schritt, und warum derselbe Satz in manchen Sprachen mehr Token kostet.",
  },
  `
Sprachmodelle sehen nie Zeichen, nur Token. Wie ein Text zerlegt wird, entscheidet über die Kosten
eines Prompts und darüber, wie gut seltene Wörter verstanden werden; siehe
[Ungleiche Kosten](#ungleiche-kosten).

## Byte-Pair-Encoding

Man beginnt mit Bytes und verschmilzt wiederholt das häufigste benachbarte Paar zu einem neuen
Token, bis das Vokabular die gewünschte Größe hat.

## Ungleiche Kosten

Verschmelzungen, die vor allem aus englischem Text gelernt wurden, zerlegen andere Schriften in
viele kurze Stücke: derselbe Satz braucht in einer anderen Sprache bis zu dreimal so viele Token.
`,
);

const TOKENIZERS_ZH_HANT = markdown(
  {
    title: "分詞器對你的文字做了什麼",
    description: "逐步說明位元組對編碼，以及為什麼同一句話在某些語言裡要花更多詞元。",
  },
  `
語言模型看不到字元，只看得到詞元。文字怎麼切分，決定了提示詞的成本，也決定了罕見詞能否被理解；請見[成本不均](#成本不均)。

## 位元組對編碼

從位元組開始，反覆把最常相鄰出現的一對合併成新的詞元，直到詞彙表達到想要的大小。

## 成本不均

主要從英文學來的合併規則，會把其他文字切成許多短片段，所以同一句話在其他語言裡可能要用三倍的詞元。
`,
);

const TOKENIZERS_FA = markdown(
  {
    title: "توکنایزر با متن شما چه می‌کند",
    description:
      "رمزگذاری جفت بایت گام به گام، و اینکه چرا یک جمله در بعضی زبان‌ها توکن بیشتری می‌خواهد.",
  },
  `
مدل‌های زبانی هرگز نویسه‌ها را نمی‌بینند، فقط توکن‌ها را. نحوه بریدن متن به توکن‌ها هزینه هر درخواست را تعیین می‌کند؛ بخش [هزینه نابرابر](#هزینه-نابرابر) را ببینید.

## رمزگذاری جفت بایت

از بایت‌ها شروع کنید و بارها پرتکرارترین جفت مجاور را به یک توکن تازه ادغام کنید تا واژگان به اندازه دلخواه برسد.

## هزینه نابرابر

ادغام‌هایی که بیشتر از متن انگلیسی آموخته شده‌اند، خط‌های دیگر را به تکه‌های کوتاه فراوان می‌شکنند، پس یک جمله در زبانی دیگر تا سه برابر توکن می‌گیرد.
`,
);

/** The fixture's posts: every file of every post folder. */
export const TRANSLATED_POSTS: readonly FixturePost[] = [
  { folder: "sparse-attention", markdown: SPARSE_EN },
  { folder: "sparse-attention", file: "index.ja.md", markdown: SPARSE_JA },
  { folder: "sparse-attention", file: "index.fa.md", markdown: SPARSE_FA },
  { folder: "sparse-attention", file: "index.fr.md", markdown: SPARSE_FR },
  { folder: "sparse-attention", file: "index.de.md", markdown: SPARSE_DE },
  { folder: "gradient-checkpointing", markdown: CHECKPOINT_EN },
  { folder: "gradient-checkpointing", file: "index.zh-hans.md", markdown: CHECKPOINT_ZH_HANS },
  { folder: "gradient-checkpointing", file: "index.zh-hant.md", markdown: CHECKPOINT_ZH_HANT },
  { folder: "gradient-checkpointing", file: "index.ko.md", markdown: CHECKPOINT_KO },
  { folder: "gradient-checkpointing", file: "index.ar.md", markdown: CHECKPOINT_AR },
  { folder: "vector-search", markdown: VECTORS_EN },
  { folder: "vector-search", file: "index.es.md", markdown: VECTORS_ES },
  { folder: "vector-search", file: "index.pt-br.md", markdown: VECTORS_PT_BR },
  { folder: "vector-search", file: "index.ru.md", markdown: VECTORS_RU },
  { folder: "vector-search", file: "index.he.md", markdown: VECTORS_HE },
  { folder: "bayes-notes", markdown: BAYES_JA },
  { folder: "bayes-notes", file: "index.en.md", markdown: BAYES_EN },
  { folder: "bayes-notes", file: "index.ko.md", markdown: BAYES_KO },
  { folder: "model-cache", markdown: PERSIAN_ONLY },
  { folder: "tokenizers", markdown: TOKENIZERS_EN },
  { folder: "tokenizers", file: "index.de.md", markdown: TOKENIZERS_DE },
  { folder: "tokenizers", file: "index.zh-Hant.md", markdown: TOKENIZERS_ZH_HANT },
  { folder: "tokenizers", file: "index.fa.md", markdown: TOKENIZERS_FA },
];

const v = (
  file: string,
  path: string,
  lang: string,
  name: string,
  title: string,
  word: string,
): ExpectedVersion => ({ file, path, lang, name, title, word });

/** What the build must make of TRANSLATED_POSTS, written out by hand. */
export const EXPECTED_POSTS: readonly ExpectedPost[] = [
  {
    folder: "sparse-attention",
    date: "2024-01-10",
    tags: ["transformers", "performance"],
    versions: [
      v(
        "index.md",
        "/sparse-attention/",
        "en",
        "English",
        "Sparse Attention Without the Pain",
        "quadratic",
      ),
      v(
        "index.de.md",
        "/de/sparse-attention/",
        "de",
        "Deutsch",
        "Dünnbesetzte Attention ohne Schmerzen",
        "Speicherbedarf",
      ),
      v("index.fa.md", "/fa/sparse-attention/", "fa", "فارسی", "توجه تنک بدون دردسر", "ماتریس"),
      v(
        "index.fr.md",
        "/fr/sparse-attention/",
        "fr",
        "Français",
        "L’attention creuse sans douleur",
        "jetons",
      ),
      v(
        "index.ja.md",
        "/ja/sparse-attention/",
        "ja",
        "日本語",
        "苦労しないスパースアテンション",
        "アテンション",
      ),
    ],
  },
  {
    folder: "gradient-checkpointing",
    date: "2023-11-02",
    tags: ["training", "performance"],
    versions: [
      v(
        "index.md",
        "/gradient-checkpointing/",
        "en",
        "English",
        "Gradient Checkpointing in Practice",
        "activations",
      ),
      v(
        "index.ar.md",
        "/ar/gradient-checkpointing/",
        "ar",
        "العربية",
        "نقاط التفتيش للتدرج عمليا",
        "التنشيطات",
      ),
      v(
        "index.ko.md",
        "/ko/gradient-checkpointing/",
        "ko",
        "한국어",
        "그래디언트 체크포인팅 실전",
        "체크포인팅은",
      ),
      v(
        "index.zh-hans.md",
        "/zh-hans/gradient-checkpointing/",
        "zh-Hans",
        "简体中文",
        "梯度检查点实践",
        "检查点",
      ),
      v(
        "index.zh-hant.md",
        "/zh-hant/gradient-checkpointing/",
        "zh-Hant",
        "繁體中文",
        "梯度檢查點實務",
        "檢查點",
      ),
    ],
  },
  {
    folder: "vector-search",
    date: "2023-09-15",
    tags: ["search", "embeddings"],
    versions: [
      v(
        "index.md",
        "/vector-search/",
        "en",
        "English",
        "Approximate Vector Search",
        "quantization",
      ),
      v(
        "index.es.md",
        "/es/vector-search/",
        "es",
        "Español",
        "Búsqueda vectorial aproximada",
        "centroides",
      ),
      v("index.he.md", "/he/vector-search/", "he", "עברית", "חיפוש וקטורי משוער", "שאילתה"),
      v(
        "index.pt-br.md",
        "/pt-br/vector-search/",
        "pt-BR",
        "Português (Brasil)",
        "Busca vetorial aproximada",
        "revocação",
      ),
      v(
        "index.ru.md",
        "/ru/vector-search/",
        "ru",
        "Русский",
        "Приближённый векторный поиск",
        "квантование",
      ),
    ],
  },
  {
    folder: "bayes-notes",
    date: "2023-06-01",
    tags: ["statistics"],
    versions: [
      v("index.md", "/bayes-notes/", "ja", "日本語", "事前分布の選び方についてのノート", "共役"),
      v(
        "index.en.md",
        "/en/bayes-notes/",
        "en",
        "English",
        "Notes on Choosing a Prior",
        "conjugate",
      ),
      v(
        "index.ko.md",
        "/ko/bayes-notes/",
        "ko",
        "한국어",
        "사전분포를 고르는 법에 대한 노트",
        "베이즈",
      ),
    ],
  },
  {
    folder: "model-cache",
    date: "2023-04-01",
    tags: ["deployment"],
    versions: [
      v("index.md", "/model-cache/", "fa", "فارسی", "یادداشتی درباره کش کردن مدل‌ها", "گیگابایت"),
    ],
  },
  {
    folder: "tokenizers",
    date: "2023-03-01",
    tags: ["nlp"],
    versions: [
      v(
        "index.md",
        "/tokenizers/",
        "en",
        "English",
        "What a Tokenizer Does to Your Text",
        "tokenizer",
      ),
      v(
        "index.de.md",
        "/de/tokenizers/",
        "de",
        "Deutsch",
        "Was ein Tokenizer mit Ihrem Text macht",
        "Verschmelzungen",
      ),
      v("index.fa.md", "/fa/tokenizers/", "fa", "فارسی", "توکنایزر با متن شما چه می‌کند", "واژگان"),
      v(
        "index.zh-Hant.md",
        "/zh-hant/tokenizers/",
        "zh-Hant",
        "繁體中文",
        "分詞器對你的文字做了什麼",
        "詞元",
      ),
    ],
  },
];

/** The one translation with a tag of its own, which its original lacks: it replaces the original's. */
export const OWN_TAG = { path: "/ko/bayes-notes/", tag: "통계", tagPage: "/tags/통계/" };

/** The Japanese translation names its translator and predates its original's `updated`. */
export const TRANSLATOR = { path: "/ja/sparse-attention/", name: "山田 花子" };
export const OUTDATED = {
  path: "/ja/sparse-attention/",
  original: "/sparse-attention/",
  updated: "2024-05-01",
};
/** Translations dated after the update, or not dated at all: current. */
export const CURRENT = ["/fa/sparse-attention/", "/fr/sparse-attention/", "/de/sparse-attention/"];

/**
 * A site whose translations are wrong in each way the check knows, with the file and line it
 * must name: an orphan, a code that is no language, two files for one language, and a
 * translation whose link points at a section only its original has.
 */
export const BROKEN_TRANSLATIONS: readonly FixturePost[] = [
  {
    folder: "lonely",
    file: "index.ja.md",
    markdown: markdown({ title: "原文のない翻訳" }, "この翻訳の原文はありません。"),
  },
  {
    folder: "caching",
    markdown: markdown(
      { title: "Caching Embeddings", date: "2023-01-01" },
      "Cache what is slow to compute.\n\n## Eviction\n\nDrop the least recently used entries.",
    ),
  },
  {
    folder: "caching",
    file: "index.draft.md",
    markdown: markdown({ title: "Not a language" }, "A backup copy, named like a translation."),
  },
  {
    folder: "caching",
    file: "index.pt-br.md",
    markdown: markdown({ title: "Cache de embeddings" }, "Guarde o que é lento de calcular."),
  },
  {
    folder: "caching",
    file: "index.pt-BR.md",
    markdown: markdown(
      { title: "Cache de embeddings (cópia)" },
      "Guarde o que é lento de calcular.",
    ),
  },
  {
    folder: "caching",
    file: "index.fa.md",
    markdown: markdown(
      { title: "کش کردن بردارها" },
      "آنچه محاسبه‌اش کند است را نگه دارید.\n\nبخش [حذف](#eviction) را ببینید.",
    ),
  },
];

/** Where each broken translation's problem is reported, as `file:line` or `file` and rule. */
export const BROKEN_EXPECTED: ReadonlyArray<{ where: string; rule: string }> = [
  { where: "content/blog/lonely/index.ja.md", rule: "translations/orphan" },
  { where: "content/blog/caching/index.draft.md", rule: "translations/language-code" },
  { where: "content/blog/caching/index.pt-br.md", rule: "translations/duplicate-language" },
  { where: "content/blog/caching/index.fa.md:7:", rule: "translations/missing-section" },
];
