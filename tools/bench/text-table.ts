export interface Column {
  title: string;
  /** Numbers read best aligned on the right. */
  align?: "left" | "right";
}

/** A plain-text table with a header rule, each column as wide as its widest cell. */
export function formatTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, index) =>
    Math.max(column.title.length, ...rows.map((row) => (row[index] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? "";
        const width = widths[index] ?? 0;
        return column.align === "right" ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((column) => column.title)),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.map(line),
  ].join("\n");
}

/** 12345 -> "12.3 KB" (1 KB = 1,000 bytes, as the budgets are written). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** Bytes as MiB or GiB, whichever reads better. */
export function memory(bytes: number): string {
  const mib = bytes / 2 ** 20;
  return mib >= 1024 ? `${(mib / 1024).toFixed(2)} GiB` : `${Math.round(mib)} MiB`;
}

/** 3.14159 -> "3.1 s"; 125 -> "125 s". */
export function seconds(value: number): string {
  return value >= 100 ? `${Math.round(value)} s` : `${value.toFixed(1)} s`;
}
