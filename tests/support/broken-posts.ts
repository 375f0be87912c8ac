import type { FixturePost } from "./fixture-site";

const ok = (title: string) => `---\ntitle: "${title}"\ndate: "2021-01-01"\n---\n\n`;

/**
 * One post per problem an author can make, each with the file, line and column where the
 * problem is, worked out by hand from the text below.
 */
export const BROKEN_POSTS: ReadonlyArray<FixturePost & { expect: RegExp }> = [
  {
    folder: "malformed-yaml",
    markdown: `---\ntitle: "Unclosed\ndate: "2021-01-01"\n---\n\nText.\n`,
    // The quote that never closes is on line 2, column 8.
    expect:
      /^content\/blog\/malformed-yaml\/index\.md:2:8: error: frontmatter is not valid YAML: .*quote.*\[frontmatter\/yaml\]$/m,
  },
  {
    folder: "missing-title",
    markdown: `---\ndate: "2021-01-01"\n---\n\nText.\n`,
    expect:
      /^content\/blog\/missing-title\/index\.md:1:1: error: .*`title`.*\[frontmatter\/title\]$/m,
  },
  {
    folder: "bad-date",
    markdown: `---\ntitle: "Bad date"\ndate: yesterday\n---\n\nText.\n`,
    expect:
      /^content\/blog\/bad-date\/index\.md:3:1: error: frontmatter `date`: .*yesterday.* is not a date; write it as "2020-04-20" or an ISO timestamp \[frontmatter\/date\]$/m,
  },
  {
    folder: "katex-error",
    // Line 8; the TeX starts at column 12 and KaTeX stops at its end, 9 characters on.
    markdown: `${ok("KaTeX error")}Fine $x$ here.\n\nThe ratio $\\frac{1}{$ is broken.\n`,
    expect:
      /^content\/blog\/katex-error\/index\.md:8:21: error: KaTeX cannot typeset this formula: Unexpected end of input.*\[math\/katex\]$/m,
  },
  {
    folder: "href-javascript",
    markdown: `${ok("Untrusted")}Click $\\href{javascript:alert(1)}{x}$ now.\n`,
    expect:
      /^content\/blog\/href-javascript\/index\.md:6:8: error: .*\\href.*javascript.*\[math\/untrusted\]$/m,
  },
  {
    folder: "missing-image",
    markdown: `${ok("Missing image")}![A chart of results](chart.png)\n`,
    expect:
      /^content\/blog\/missing-image\/index\.md:6:23: error: .*chart\.png.*\[references\/missing-file\]$/m,
  },
  {
    folder: "broken-link",
    markdown: `${ok("Broken link")}Read [the other post](/no-such-post/) too.\n`,
    expect:
      /^content\/blog\/broken-link\/index\.md:6:23: error: .*\/no-such-post\/.*\[references\/missing-page\]$/m,
  },
  {
    folder: "missing-anchor",
    markdown: `${ok("Missing anchor")}## Results\n\nSee [above](#resluts).\n`,
    expect:
      /^content\/blog\/missing-anchor\/index\.md:8:13: error: .*#resluts.*\[references\/missing-anchor\]$/m,
  },
  {
    folder: "mojibake",
    markdown: `${ok("Mojibake")}Wait for it\u00e2\u20ac\u00a6 and more.\n`,
    expect:
      /^content\/blog\/mojibake\/index\.md:6:12: error: .*"â€¦".*"…".*content:fix-encoding.*\[encoding\/mojibake\]$/m,
  },
  {
    folder: "invalid-utf8",
    markdown: `${ok("Latin-1")}Caf\u00e9 au lait.\n`,
    // Saved as Latin-1, so "é" is the single byte 0xE9: not UTF-8.
    encoding: "latin1",
    expect:
      /^content\/blog\/invalid-utf8\/index\.md:6:4: error: .*not valid UTF-8.*\[encoding\/invalid-utf8\]$/m,
  },
  {
    folder: "event-handler",
    markdown: `${ok("Event handler")}Say <a href="#" onclick="track()">hello</a>.\n`,
    expect:
      /^content\/blog\/event-handler\/index\.md:6:17: error: `onclick` runs JavaScript, which is never published.*\[html\/event-handler\]$/m,
  },
  {
    folder: "dollars",
    markdown: `${ok("Dollars")}It costs $5 and $10 a month.\n`,
    expect:
      /^content\/blog\/dollars\/index\.md:6:10: warning: .*dollar amount.*\[math\/dollar-amount\]$/m,
  },
  {
    folder: "twin",
    markdown: `${ok("Twin in a folder")}Text.\n`,
    expect:
      /^content\/blog\/twin\/index\.md: error: .*content\/blog\/twin\.md.*\/twin\/.*\[structure\/duplicate-slug\]$/m,
  },
  {
    folder: "",
    file: "twin.md",
    markdown: `${ok("Twin as a file")}Text.\n`,
    expect:
      /^content\/blog\/twin\.md: error: .*content\/blog\/twin\/index\.md.*\[structure\/duplicate-slug\]$/m,
  },
];
