/**
 * The ways the site can be built. The benchmark measures each chosen mode in turn on the same
 * corpus and reports them side by side; a new mode is one more entry here, selected by the
 * environment its build needs.
 */
export interface BuildMode {
  name: string;
  description: string;
  /** Added to the environment of every build in this mode. */
  env: Readonly<Record<string, string>>;
}

export const BUILD_MODES: readonly BuildMode[] = [
  {
    name: "reader",
    description:
      "the default: pages without Gatsby's client runtime, with the site's own small script",
    env: { CLIENT_RUNTIME: "none" },
  },
  {
    name: "runtime",
    description: 'pages with Gatsby\'s client runtime and React (clientRuntime: "gatsby")',
    env: { CLIENT_RUNTIME: "gatsby" },
  },
];

/** The modes a `--mode` value names: one name, several separated by commas, or `all`. */
export function selectModes(value: string): BuildMode[] {
  if (value === "all") return [...BUILD_MODES];
  return value.split(",").map((name) => {
    const mode = BUILD_MODES.find((candidate) => candidate.name === name.trim());
    if (mode === undefined) {
      const known = BUILD_MODES.map((candidate) => candidate.name).join(", ");
      throw new Error(`--mode: no build mode "${name.trim()}"; the modes are: ${known} (or all)`);
    }
    return mode;
  });
}
