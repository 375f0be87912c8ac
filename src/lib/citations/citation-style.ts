/**
 * Which CSL style a post is formatted in: a style Citation.js ships by name (`vancouver`, the
 * numeric default; `apa` and `harvard1`, author–year), or a `.csl` file in the post's folder
 * or the project's, read and registered under its path. Nothing is fetched over the network.
 */
import fs from "node:fs";
import path from "node:path";
import { cslConfig } from "./citation-library";

export const DEFAULT_STYLE = "vancouver";
export const BUNDLED_STYLES = ["vancouver", "apa", "harvard1"] as const;

export interface CitationStyle {
  /** The name the style is registered under. */
  name: string;
  /** Numbered citations and list (`citation-format="numeric"`), or author–year. */
  numeric: boolean;
  /** Whether its citations print a locator ("p. 33"); Vancouver's do not. */
  printsLocator: boolean;
}

export type StyleResult =
  { style: CitationStyle; problem: null } | { style: null; problem: string };

function describe(name: string, xml: string): CitationStyle {
  const citation = /<citation[\s>][\s\S]*<\/citation>/.exec(xml)?.[0] ?? "";
  return {
    name,
    numeric: /citation-format="(numeric|label)"/.test(xml),
    printsLocator: /variable="locator"|macro="[^"]*locator[^"]*"/.test(citation),
  };
}

/**
 * `folders` are tried in order for a `.csl` file: the post's folder, then the project's root.
 */
export function resolveCitationStyle(setting: string, folders: readonly string[]): StyleResult {
  const written = setting.trim() || DEFAULT_STYLE;
  if (!written.toLowerCase().endsWith(".csl")) {
    if (cslConfig.styles.has(written)) {
      return { style: describe(written, cslConfig.styles.get(written)), problem: null };
    }
    return {
      style: null,
      problem: `no citation style \`${written}\`; use ${BUNDLED_STYLES.map((name) => `\`${name}\``).join(", ")}, or put a \`.csl\` file in the post's folder and name it`,
    };
  }
  for (const folder of folders) {
    const file = path.resolve(folder, written);
    if (!fs.existsSync(file)) continue;
    const xml = fs.readFileSync(file, "utf8");
    if (!/<style[\s>]/.test(xml) || !/<citation[\s>]/.test(xml)) {
      return {
        style: null,
        problem: `\`${written}\` is not a CSL style (no <style> with a <citation>)`,
      };
    }
    const name = `file:${file}`;
    if (!cslConfig.styles.has(name)) cslConfig.styles.add(name, xml);
    return { style: describe(name, xml), problem: null };
  }
  return {
    style: null,
    problem: `no file \`${written}\` in the post's folder or the project's; check the name of the \`.csl\` file`,
  };
}
