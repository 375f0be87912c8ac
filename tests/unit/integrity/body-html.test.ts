import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { test } from "node:test";
import { createElement, Suspense, type ReactNode } from "react";
import { renderToPipeableStream } from "react-dom/server";
import { renderBodyHtml } from "../../../src/lib/integrity/body-html";
import { scanBytes } from "../../../src/lib/integrity/byte-problems";

const WORDS = [
  "ゼロから",
  "学ぶ",
  "表現学習",
  "从零开始",
  "对比学习",
  "처음부터",
  "배우는",
  "“引用”",
  "🎉",
  "—",
];

/**
 * A table of contents as the post template renders it: many short pieces of multi-byte text, so
 * that many of them meet the end of one of React's 2 KB views.
 */
function tableOfContents(): ReactNode {
  const items = Array.from({ length: 400 }, (_, index) =>
    createElement(
      "li",
      { key: index },
      createElement(
        "a",
        { href: `#section-${index}` },
        `${WORDS[index % WORDS.length] ?? ""}${WORDS[(index * 7 + 3) % WORDS.length] ?? ""} ${index}`,
      ),
    ),
  );
  return createElement("nav", null, createElement("ol", null, items));
}

/** What Gatsby 5 does with a page body by default: the stream, piped once all of it is ready. */
function renderAsGatsbyDoes(body: ReactNode): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Uint8Array, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    sink.on("finish", () => resolve(Buffer.concat(chunks)));
    const { pipe } = renderToPipeableStream(body, {
      onAllReady: () => pipe(sink),
      onError: reject,
    });
  });
}

test("React 18's streaming renderer puts NUL bytes between multi-byte characters", async () => {
  // If this starts failing after an upgrade of react-dom, the renderer has been fixed, and the
  // replaceRenderer in gatsby-ssr.tsx is no longer needed.
  const streamed = await renderAsGatsbyDoes(tableOfContents());
  const problems = scanBytes(streamed);
  assert.ok(problems.length > 0, "the stream wrote no NUL byte");
  assert.ok(problems.every((problem) => problem.kind === "nul"));
  // Each run sits right after a complete character, at the end of a 2 KB view.
  for (const problem of problems) {
    assert.equal((problem.offset + problem.length) % 2048, 0, `NULs at ${problem.offset}`);
  }
});

test("the string renderer writes the same markup without them", async () => {
  const streamed = await renderAsGatsbyDoes(tableOfContents());
  const html = renderBodyHtml(tableOfContents());
  assert.notEqual(html, null);
  const bytes = Buffer.from(html ?? "", "utf8");
  assert.deepEqual(scanBytes(bytes), []);
  // Take the padding out of the stream's output, and what is left is byte for byte the same.
  assert.ok(bytes.equals(Buffer.from(streamed.filter((byte) => byte !== 0))));
});

test("a page that cannot be rendered in one pass is left to Gatsby's renderer", (t) => {
  // React logs what it recovers from inside a boundary; the test only needs the outcome.
  t.mock.method(console, "error", () => undefined);
  const Throws = (): ReactNode => {
    throw new Error("broken component");
  };
  const Waits = (): ReactNode => {
    throw new Promise(() => undefined);
  };
  const fallback = createElement("p", null, "…");
  assert.equal(renderBodyHtml(createElement(Throws)), null);
  assert.equal(renderBodyHtml(createElement(Suspense, { fallback }, createElement(Throws))), null);
  assert.equal(renderBodyHtml(createElement(Suspense, { fallback }, createElement(Waits))), null);
  assert.equal(
    renderBodyHtml(createElement(Suspense, { fallback }, createElement("p", null, "ゼロ"))),
    "<!--$--><p>ゼロ</p><!--/$-->",
  );
});
