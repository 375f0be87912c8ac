/** Fields indented under a name (`cover:` with `image:` under it), as YAML gives them. */
export function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
