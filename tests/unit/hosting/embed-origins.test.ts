import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import gatsbyRemarkRawHtml from "../../../plugins/gatsby-remark-raw-html";
import { writeHeadersFile } from "../../../src/gatsby/headers-file";
import { embedOrigins } from "../../../src/lib/hosting/embed-origins";
import { headersForPath, parseHeadersFile } from "../../../tools/static-server";
import { renderMarkdown } from "../../support/markdown-html";

/** A post body with the plugin applied, as it ends up in a built page. */
function body(markdown: string): string {
  return renderMarkdown(markdown, (tree) => gatsbyRemarkRawHtml({ markdownAST: tree }));
}

const VIDEO = '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="A talk"></iframe>';
const MAP = '<iframe src="https://www.google.com/maps/embed?pb=1" title="The venue"></iframe>';

test("the origins of a page's embed placeholders, sorted and once each", () => {
  const html = body(`${MAP}\n\n${VIDEO}\n\n${VIDEO.replace("abc", "def")}`);
  assert.deepEqual(embedOrigins(html), [
    "https://www.google.com",
    "https://www.youtube-nocookie.com",
  ]);
});

test("text and code that mention the attribute are not embeds", () => {
  const html = body(
    'The build writes `data-embed-src="https://evil.example/"` on each placeholder.\n\n' +
      '```html\n<figure data-embed-src="https://evil.example/"></figure>\n```',
  );
  assert.match(html, /data-embed-src/);
  assert.deepEqual(embedOrigins(html), []);
  assert.deepEqual(embedOrigins("<p>No embeds here.</p>"), []);
});

test("_headers allows frames from exactly the embedded sites, and none on a site without", () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "embed-origins-"));
  after(() => fs.rmSync(site, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), `<html><body>${html}</body></html>`);
  };
  const policy = (address: string) => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(site, "_headers"), "utf8"));
    return headersForPath(rules, address)["content-security-policy"] ?? "";
  };

  write("index.html", "<p>Home</p>");
  write("plain/index.html", "<p>No embeds.</p>");
  writeHeadersFile(site, "");
  assert.match(policy("/plain/"), /(?:^|; )frame-src 'none'(?:;|$)/);

  write("talk/index.html", body(VIDEO));
  write("venue/index.html", body(MAP));
  writeHeadersFile(site, "");
  for (const address of ["/", "/plain/", "/talk/", "/venue/"]) {
    const frameSrc = /(?:^|; )frame-src ([^;]*)/.exec(policy(address))?.[1];
    assert.equal(frameSrc, "https://www.google.com https://www.youtube-nocookie.com", address);
  }
});
