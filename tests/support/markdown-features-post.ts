import { postMarkdown, type FixturePost } from "./fixture-site";

/**
 * One post that uses every Markdown feature a technical writer reaches for, shared by the build
 * test (which reads its HTML) and the browser test (which clicks and measures it).
 */

export const FEATURES_SLUG = "/markdown-features/";

/** The first code block's text, exactly as written between its fences. */
export const PRICE_CODE = [
  'const price = "$5";',
  "/* a comment that",
  "   spans two lines */",
  "const total = `$${price}$` + $x$;",
  "export const longLine = " + '"' + "a very long line, ".repeat(8) + '";',
].join("\n");

export const SHELL_CODE = `echo "$HOME" '$PATH' --force`;

export const SCRIPT_CODE = "plain <script>alert(1)</script> & $$ not math $$";

export const FEATURES_DESCRIPTION = 'A "straight" description -- kept as typed...';

const body = `## It's "quoted" -- here

Intro "**bold** word" and rock 'n' roll in the '90s... with \`"inline" -- $code$\` and $E = mc^2$.

\`\`\`ts title="src/price.ts" {2,4-5}
${PRICE_CODE}
\`\`\`

\`\`\`sh:title=install.sh
${SHELL_CODE}
\`\`\`

\`\`\`tyepscript
${SCRIPT_CODE}
\`\`\`

$$
\\int_0^1 x \\, dx = \\frac{1}{2}
$$

| Model | Parameters | Training data | Notes |
| ----- | ---------: | ------------- | ----- |
| BERT | 340M | BooksCorpus and English Wikipedia, about 3.3 billion words in total | ${"a long cell without spaces ".replace(/ /g, "_").repeat(3)} |

- [x] Write the post
- [ ] Publish it

~~Old claim~~ corrected.

A note[^note], an inline one^[Inline *note*.] and the first again[^note]. See [the first note](#fn-note).

[^note]: The note's text.
`;

export const FEATURES_POST: FixturePost = {
  folder: "markdown-features",
  markdown: postMarkdown(
    {
      title: "Markdown features",
      date: "2021-06-01",
      description: FEATURES_DESCRIPTION,
      tags: ["en"],
    },
    body,
  ),
};
