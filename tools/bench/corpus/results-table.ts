import { capitalize, main, other, type Focus } from "./focus";

/**
 * A GFM table of results, as technical posts have: configurations against percentiles of the
 * post's metric, with the change against the first row.
 */
export function resultsTable(focus: Focus): string {
  const random = focus.random;
  const ja = focus.language === "ja";
  const configurations = [
    main(focus, "baselines"),
    main(focus, "actions"),
    other(focus, "actions"),
    ja ? "両方の変更" : "Both changes",
  ].map(capitalize);
  const header = ja
    ? ["構成", "中央値", "p90", "p99", "変化"]
    : ["Configuration", "Median", "p90", "p99", "Change"];
  let median = random.between(20, 400);
  const first = median;
  const rows = configurations.map((configuration, index) => {
    if (index > 0) median *= random.between(0.55, 1.05);
    const p90 = median * random.between(1.3, 2);
    const p99 = p90 * random.between(1.2, 3);
    const change =
      index === 0
        ? ""
        : `${median <= first ? "-" : "+"}${Math.round((Math.abs(median - first) / first) * 100)}%`;
    return [configuration, median.toFixed(1), p90.toFixed(1), p99.toFixed(1), change || "0%"];
  });
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [
    line(header),
    `| --- | ${header
      .slice(1)
      .map(() => "---:")
      .join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}
