import { withPrefix } from "gatsby";
import { containsMath } from "../lib/katex/has-math";
import { katexStylesheetPath } from "../lib/katex/stylesheet-path";

/**
 * KaTeX's stylesheet, for a page `<head>` whose rendered Markdown has formulas; nothing otherwise,
 * so pages without math load neither the stylesheet nor its fonts. Decided from the page's own
 * HTML, which the Head API also has on client-side navigation.
 */
export function MathStylesheet({ html }: { html: string | null | undefined }) {
  if (!containsMath(html)) return null;
  return <link rel="stylesheet" href={withPrefix(katexStylesheetPath())} />;
}
