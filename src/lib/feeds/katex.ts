import type { CheerioAPI } from "cheerio";

const MATHML_NAMESPACE = "http://www.w3.org/1998/Math/MathML";

/**
 * Replaces each KaTeX rendering with the MathML KaTeX emits beside it. Feed readers do not load
 * KaTeX's stylesheet, so the visual half (`.katex-html`) would show as a jumble of glyphs next to
 * a second copy of the formula; MathML alone renders natively, and its TeX `<annotation>` stays
 * as a fallback for readers that cannot. Renderings without MathML are left alone: dropping them
 * would lose the formula entirely.
 */
export function reduceKatexToMathml($: CheerioAPI): void {
  // Display math first: its wrapper is what made it a block, so the math element takes that
  // role over through `display="block"`.
  $(".katex-display").each((_, element) => {
    const wrapper = $(element);
    const math = wrapper.find(".katex-mathml math").first();
    if (math.length === 0) return;
    math.attr("display", "block");
    replaceWithMath(wrapper, math);
  });
  $(".katex").each((_, element) => {
    const katex = $(element);
    const math = katex.find(".katex-mathml math").first();
    if (math.length === 0) return;
    replaceWithMath(katex, math);
  });
}

type Selection = ReturnType<CheerioAPI>;

function replaceWithMath(container: Selection, math: Selection): void {
  // Readers that parse content as XML only recognise MathML by its namespace.
  if (math.attr("xmlns") === undefined) math.attr("xmlns", MATHML_NAMESPACE);
  container.replaceWith(math.remove());
}
