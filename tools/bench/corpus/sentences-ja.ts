import { main, other, some, type Focus } from "./focus";
import type { Sentence } from "./sentences-en";

const percent = (focus: Focus, min = 3, max = 60) => `${focus.random.int(min, max)}%`;
const runs = (focus: Focus) => focus.random.pick([3, 5, 7, 10, 20]);

export const JAPANESE_SENTENCES: readonly Sentence[] = [
  (f) =>
    `${main(f, "systems")}では、${some(f, "components")}が${main(f, "metrics")}を大きく左右します。`,
  (f) =>
    `${some(f, "datasets")}では、${some(f, "actions")}によって${main(f, "metrics")}が約${percent(f)}改善しました。`,
  (f) =>
    `素直な解決策は${main(f, "actions")}ですが、今度は${other(f, "components")}がボトルネックになります。`,
  (f) =>
    `各設定を${runs(f)}回ずつ実行して中央値を報告します。共有マシンでの一回の計測ではほとんど何も分からないからです。`,
  (f) =>
    `フレームグラフを見ると、${some(f, "components")}は時間の大半を${some(f, "resources")}の待ちに費やしています。`,
  (f) =>
    `${main(f, "baselines")}でも調整済みの版との差は${percent(f, 5, 30)}以内に収まり、コードはずっと少なくて済みます。`,
  (f) =>
    `残りの差の大部分は${some(f, "problems")}によるもので、${other(f, "components")}をいくら調整しても消えません。`,
  (f) => `一つだけ変えるなら、まず${main(f, "actions")}から始めるのがよいでしょう。`,
  (f) =>
    `${some(f, "resources")}を疑いたくなりますが、ハードウェアカウンタは別の答えを示しています。`,
  (f) =>
    `${some(f, "problems")}が起きると、${main(f, "metrics")}は最初は緩やかに、その後は一気に悪化します。`,
  (f) =>
    `効果が最も大きいのは${some(f, "datasets")}で、そこでは${main(f, "problems")}がよく起きます。`,
  (f) =>
    `目新しい考え方ではありませんが、${some(f, "actions")}では考え方そのものより細部が重要です。`,
  (f) =>
    `他の条件をすべて固定したまま、${main(f, "components")}の${f.random.int(3, 9)}通りの変種を比較しました。`,
  (f) =>
    `入力を二倍にすると${some(f, "metrics")}は${f.random.between(1.3, 4.5).toFixed(1)}倍悪化しました。${some(f, "components")}に超線形な処理があることを示しています。`,
  (f) =>
    `以下の数値は${main(f, "datasets")}によるものです。負荷は環境ごとに異なるので、設定を真似る前に計測してください。`,
  (f) => `${some(f, "actions")}は試すのが簡単で元に戻すのも容易なので、最初の実験に向いています。`,
  (f) =>
    `${other(f, "actions")}も試しましたが、${main(f, "metrics")}には測定できるほどの差は出ませんでした。`,
  (f) =>
    `${some(f, "problems")}はベンチマークでは見落としやすく、本番では見落としようがありません。`,
  (f) =>
    `どちらの変更にも代償があります。${main(f, "actions")}はメモリを使い、${other(f, "actions")}は${some(f, "components")}の挙動を分かりにくくします。`,
  (f) =>
    `修正後はプロファイルの形が変わり、${main(f, "components")}が上位から消えて${other(f, "components")}がその位置に来ました。`,
  (f) =>
    `${some(f, "datasets")}を${main(f, "systems")}に対して再生する小さな計測用の仕組みを書きました。`,
  () =>
    `雑音の影響を除くため、別のマシンでも同じ実験を繰り返し、同じ順位になることを確認しました。`,
  (f) =>
    `利用者にとって${main(f, "metrics")}と${other(f, "metrics")}のどちらが重要かによって、選ぶべき設定が決まります。`,
  (f) => `同じデータで${some(f, "baselines")}と比べるのは、よい健全性の確認になります。`,
  (f) =>
    `${some(f, "components")}の挙動は、どの文書よりもソースコードを読むことでよく理解できました。`,
  (f) =>
    `${some(f, "components")}は別の負荷を想定して設計されており、それがはっきりと表れています。`,
  (f) =>
    `最初の試みである${other(f, "actions")}は${main(f, "metrics")}を改善しましたが、${other(f, "metrics")}を約${percent(f, 5, 25)}悪化させました。`,
  (f) => `改善は${runs(f)}回の実行すべてで再現し、ばらつきは${percent(f, 1, 4)}未満でした。`,
  (f) => `言い換えると、${main(f, "systems")}は有用な仕事よりも調整に多くの時間を使っています。`,
  () =>
    `新しいハードウェアは必要ありません。必要なのは、時間が実際にどこで使われているかを見ることです。`,
  (f) =>
    `${some(f, "metrics")}は毎秒記録し、生のサンプルを残しています。平均は、まさに探している事象を隠してしまうからです。`,
  (f) =>
    `そこに至るまでに${f.random.int(4, 12)}回の試行が必要で、その大半は${some(f, "problems")}の可能性を潰すことに費やされました。`,
  (f) =>
    `${some(f, "components")}だけを切り出して見ると誤解します。そのコストは隣で動く処理に左右されるからです。`,
  (f) =>
    `${main(f, "systems")}の既定の設定は、今回使ったものよりずっと小さなマシンを想定しています。`,
  (f) =>
    `今では変更のたびに回帰テストが${main(f, "metrics")}を確認するので、改善がいつの間にか失われることはありません。`,
  (f) =>
    `${some(f, "resources")}が最初に飽和すると予想しており、実際にそうなりましたが、概算より遅い時点でした。`,
];
