import assert from "node:assert/strict";
import { test } from "node:test";
import katex from "katex";
import { containsMath } from "../../../src/lib/katex/has-math";

/** A formula as gatsby-remark-katex writes it into a post's HTML. */
function typeset(tex: string, displayMode: boolean): string {
  const wrapper = displayMode ? "math math-display" : "math math-inline";
  const html = katex.renderToString(tex, { displayMode, output: "htmlAndMathml" });
  return `<p>Text <span class="${wrapper}">${html}</span> more text.</p>`;
}

test("finds inline and display formulas as KaTeX writes them", () => {
  assert.equal(containsMath(typeset("E = mc^2", false)), true);
  assert.equal(containsMath(typeset("\\sum_{i=1}^n i", true)), true);
  assert.equal(containsMath(`<h2 id="a">About ${typeset("x", false)}</h2>`), true);
});

test("finds the class among others, in either quote", () => {
  assert.equal(containsMath('<span class="katex extra">x</span>'), true);
  assert.equal(containsMath("<span data-x=\"1\" class='other katex'>x</span>"), true);
});

test("finds nothing in HTML without formulas", () => {
  assert.equal(containsMath(null), false);
  assert.equal(containsMath(undefined), false);
  assert.equal(containsMath(""), false);
  assert.equal(containsMath("<p>KaTeX typesets math; see the katex class.</p>"), false);
  // The same markup shown as code is escaped, so it is text, not an element.
  assert.equal(
    containsMath('<pre><code>&lt;span class="katex"&gt;x&lt;/span&gt;</code></pre>'),
    false,
  );
  assert.equal(containsMath('<p>Write <code>class="katex"</code> nowhere.</p>'), false);
  // Neighbouring class names are other classes.
  assert.equal(containsMath('<div class="katex-display-note not-katex">x</div>'), false);
  assert.equal(containsMath('<div class="math">$x$</div>'), false);
});
