/**
 * Reads the custom properties a stylesheet declares for each theme, following the theme contract
 * of src/styles/global.css: light values in `:root { … }`, dark values in
 * `:root[data-theme="dark"] { … }` and again in
 * `@media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { … } }`.
 */

export interface ThemeProperties {
  /** Every `:root { … }` outside an at-rule. */
  light: Map<string, string>;
  /** Every `:root[data-theme="dark"] { … }` outside an at-rule. */
  darkByAttribute: Map<string, string>;
  /** Every `:root:not([data-theme="light"]) { … }` inside a dark colour-scheme query. */
  darkBySystem: Map<string, string>;
}

function withoutComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, "");
}

/** The text between the brace at `open` and its matching closing brace. */
function blockBody(css: string, open: number): { body: string; end: number } {
  let depth = 0;
  for (let index = open; index < css.length; index++) {
    if (css[index] === "{") depth++;
    else if (css[index] === "}" && --depth === 0) {
      return { body: css.slice(open + 1, index), end: index + 1 };
    }
  }
  throw new Error("Unbalanced braces in the stylesheet");
}

/** Top-level rules of a stylesheet (or of an at-rule's body) as prelude and body. */
function rules(css: string): Array<{ prelude: string; body: string }> {
  const found: Array<{ prelude: string; body: string }> = [];
  let index = 0;
  while (index < css.length) {
    const open = css.indexOf("{", index);
    if (open === -1) break;
    const { body, end } = blockBody(css, open);
    found.push({ prelude: css.slice(index, open).trim(), body });
    index = end;
  }
  return found;
}

/** `--name: value;` declarations of a rule body, values with their whitespace collapsed. */
function customProperties(body: string, into: Map<string, string>): void {
  for (const match of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) {
    into.set(match[1] ?? "", (match[2] ?? "").replace(/\s+/g, " ").trim());
  }
}

const normalise = (selector: string) => selector.replace(/\s+/g, "").replace(/'/g, '"');

export function themeProperties(css: string): ThemeProperties {
  const result: ThemeProperties = {
    light: new Map(),
    darkByAttribute: new Map(),
    darkBySystem: new Map(),
  };
  for (const rule of rules(withoutComments(css))) {
    const prelude = normalise(rule.prelude);
    if (prelude === ":root") customProperties(rule.body, result.light);
    else if (prelude === ':root[data-theme="dark"]') {
      customProperties(rule.body, result.darkByAttribute);
    } else if (prelude === "@media(prefers-color-scheme:dark)") {
      for (const inner of rules(rule.body)) {
        if (normalise(inner.prelude) === ':root:not([data-theme="light"])') {
          customProperties(inner.body, result.darkBySystem);
        }
      }
    }
  }
  return result;
}

/** Every theme value of the dark theme, falling back to the light one where dark says nothing. */
export function darkTheme(properties: ThemeProperties): Map<string, string> {
  return new Map([...properties.light, ...properties.darkByAttribute]);
}
