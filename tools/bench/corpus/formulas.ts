import { main, type Focus } from "./focus";
import type { Random } from "./random";

/** A sentence that carries one inline formula, in both languages, around the same TeX. */
interface FormulaSentence {
  tex: (random: Random) => string;
  en: (focus: Focus, math: string) => string;
  ja: (focus: Focus, math: string) => string;
}

const FORMULA_SENTENCES: readonly FormulaSentence[] = [
  {
    tex: (r) =>
      r.pick(["O(n \\log n)", "O(n^2)", "\\Theta(\\sqrt{n})", "O(k \\log n)", "O(n + m)"]),
    en: (f, m) =>
      `The cost of ${main(f, "components", "en")} grows as ${m} in the size of the input.`,
    ja: (f, m) => `${main(f, "components")}の計算量は入力の大きさに対して${m}で増えます。`,
  },
  {
    tex: (r) =>
      r.pick([
        `\\alpha = 0.${r.int(1, 9)}`,
        `\\lambda = ${r.int(2, 64)}`,
        `\\eta = ${r.int(1, 9)} \\times 10^{-${r.int(2, 5)}}`,
        `k = ${r.int(4, 256)}`,
        `\\beta_2 = 0.99${r.int(0, 9)}`,
      ]),
    en: (_, m) => `We set ${m} after a small sweep; the result is not sensitive to it.`,
    ja: (_, m) => `小さな探索の結果から${m}としましたが、結果はこの値にあまり敏感ではありません。`,
  },
  {
    tex: (r) => r.pick(["\\rho = \\lambda / \\mu", "S_p = T_1 / T_p", "u = 1 - t_{idle} / t"]),
    en: (_, m) => `The quantity to watch is ${m}, which the dashboards do not show by default.`,
    ja: (_, m) => `注目すべき量は${m}で、ダッシュボードには既定では表示されません。`,
  },
  {
    tex: (r) =>
      r.pick([
        "\\Pr[X > t] \\le e^{-t^2/2}",
        "\\lVert x - \\hat{x} \\rVert_2 \\le \\epsilon",
        "\\mathbb{E}[T] = 1 / (\\mu - \\lambda)",
        `\\sigma / \\sqrt{n} < ${r.int(1, 9)}\\%`,
      ]),
    en: (_, m) => `In theory, ${m} holds, and the measurements agree with it.`,
    ja: (_, m) => `理論的には${m}が成り立ち、計測結果もそれと一致します。`,
  },
  {
    tex: (r) =>
      r.pick([
        "y_t = \\beta y_{t-1} + (1 - \\beta) x_t",
        `\\bar{x}_w = \\frac{1}{w} \\sum_{i=t-w+1}^{t} x_i`,
        "m_t = \\max(m_{t-1}, x_t)",
      ]),
    en: (_, m) => `We smooth the measurements with ${m} before plotting them.`,
    ja: (_, m) => `計測値はグラフにする前に${m}で平滑化しています。`,
  },
  {
    tex: (r) => r.pick(["p_{99}", "p_{50}", "\\mu \\pm 2\\sigma", "n \\gg k"]),
    en: (f, m) =>
      `For ${main(f, "metrics", "en")}, ${m} is the figure that decides whether the change ships.`,
    ja: (f, m) => `${main(f, "metrics")}については、${m}が変更を採用するかどうかを決めます。`,
  },
];

/** One sentence with an inline formula, written as Markdown (`$…$`). */
export function formulaSentence(focus: Focus): string {
  const pattern = focus.random.pick(FORMULA_SENTENCES);
  const math = `$${pattern.tex(focus.random)}$`;
  return focus.language === "ja" ? pattern.ja(focus, math) : pattern.en(focus, math);
}

const DISPLAY_FORMULAS: readonly ((random: Random) => string)[] = [
  () => "\\mathcal{L}(\\theta) = -\\frac{1}{N} \\sum_{i=1}^{N} \\log p_\\theta(y_i \\mid x_i)",
  () => "W = \\frac{\\rho}{\\mu (1 - \\rho)}, \\qquad \\rho = \\frac{\\lambda}{\\mu} < 1",
  () => "\\operatorname{softmax}(z)_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}",
  () => "\\theta_{t+1} = \\theta_t - \\eta \\, \\frac{\\hat{m}_t}{\\sqrt{\\hat{v}_t} + \\epsilon}",
  (r) => `S(p) = \\frac{1}{(1 - f) + f / p}, \\qquad f = 0.${r.int(50, 99)}`,
  () => "\\hat{\\sigma}^2 = \\frac{1}{n - 1} \\sum_{i=1}^{n} \\left(x_i - \\bar{x}\\right)^2",
  () =>
    "\\operatorname{Attention}(Q, K, V) = \\operatorname{softmax}\\left(\\frac{Q K^\\top}{\\sqrt{d_k}}\\right) V",
  (r) =>
    `A = \\begin{pmatrix} ${r.int(1, 9)} & ${r.int(1, 9)} \\\\ ${r.int(1, 9)} & ${r.int(1, 9)} \\end{pmatrix}, \\qquad \\det(A - \\lambda I) = 0`,
  () =>
    "T(n) = 2\\,T\\!\\left(\\frac{n}{2}\\right) + c\\,n \\quad\\Rightarrow\\quad T(n) = O(n \\log n)",
  () => "\\operatorname{CI}_{95\\%} = \\bar{x} \\pm 1.96 \\, \\frac{s}{\\sqrt{n}}",
];

/** `count` different display formulas, as TeX (without the `$$`). */
export function displayFormulas(random: Random, count: number): string[] {
  return random.sample(DISPLAY_FORMULAS, count).map((formula) => formula(random));
}
