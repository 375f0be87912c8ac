/** Fills `{placeholder}`s; an unknown placeholder is left as written. */
export function formatUiString(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
