import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { load } from "cheerio";
import { writeHeadersFile, type HeaderScanCache } from "../../../src/gatsby/headers-file";
import {
  contentSecurityPolicy,
  headersFile,
  hostingRules,
  inlineScriptHashes,
  type HostingRule,
} from "../../../src/lib/hosting/hosting-headers";
import { KATEX_VERSION } from "../../../src/lib/katex/stylesheet-path";
import { headersForPath, parseHeadersFile, serveStatic } from "../../../tools/static-server";

/** The CSP source for `text`, computed here rather than by the code under test. */
function source(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const HASH_A = "'sha256-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa='";
const HASH_B = "'sha256-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb='";

describe("inlineScriptHashes", () => {
  test("hashes the exact text between the tags, whitespace included", () => {
    // Computed with `openssl dgst -sha256 -binary | base64` over the same bytes.
    const text = '\n  window.pagePath="/representation_learning/";\n';
    assert.deepEqual(inlineScriptHashes(`<p>x</p><script>${text}</script>`), [
      "'sha256-ZEH+6O2fXSEuoouslZhQewA5gwAPqDGe9tcsBiwzt2w='",
    ]);
    assert.deepEqual(inlineScriptHashes(`<script>${text}</script>`), [source(text)]);
  });

  test("hashes the UTF-8 of non-ASCII text", () => {
    assert.deepEqual(inlineScriptHashes("<script>alert('表現学習 ✓')</script>"), [
      source("alert('表現学習 ✓')"),
    ]);
  });

  test("hashes what the browser sees after it turns CR LF and CR into LF", () => {
    assert.deepEqual(inlineScriptHashes("<script>a()\r\nb()\rc()</script>"), [
      source("a()\nb()\nc()"),
    ]);
  });

  test("skips scripts with a src, even an empty one", () => {
    const html =
      '<script src="/app-0123456789abcdef0123.js" async></script>' +
      '<script src="">never()</script><script SRC=/x.js>never()</script>';
    assert.deepEqual(inlineScriptHashes(html), []);
  });

  test("skips JSON-LD and other types browsers do not run", () => {
    const html =
      '<script type="application/ld+json">{"@type":"BlogPosting"}</script>' +
      '<script type="text/template"><b>x</b></script>' +
      '<script type="text/javascript; charset=utf-8">notRun()</script>' +
      '<script language="vbscript">notRun()</script>';
    assert.deepEqual(inlineScriptHashes(html), []);
  });

  test("hashes every type browsers run or check against script-src", () => {
    const html =
      '<script type="module">m()</script>' +
      '<script type=" TEXT/JavaScript ">c()</script>' +
      '<script type="">e()</script>' +
      '<script language="JavaScript">l()</script>' +
      '<script type="importmap">{"imports":{}}</script>';
    assert.deepEqual(
      inlineScriptHashes(html),
      [source("m()"), source("c()"), source("e()"), source("l()"), source('{"imports":{}}')].sort(),
    );
  });

  test("sorts and removes repeats", () => {
    const html = "<script>b()</script><script>a()</script><script>b()</script>";
    assert.deepEqual(inlineScriptHashes(html), [source("a()"), source("b()")].sort());
  });

  test("ignores script markup inside comments, titles, textareas, styles and noscript", () => {
    const html =
      "<!-- <script>commented()</script> --><!--><script>afterEmptyComment()</script>" +
      "<title><script>t()</script></title><textarea><script>x()</script></textarea>" +
      "<style>/* <script>s()</script> */</style><noscript><script>n()</script></noscript>";
    assert.deepEqual(inlineScriptHashes(html), [source("afterEmptyComment()")]);
  });

  test("ends a script where the browser does", () => {
    assert.deepEqual(inlineScriptHashes('<script data-x="a>b">f("</scripts>")</SCRIPT >'), [
      source('f("</scripts>")'),
    ]);
    // Inside `<!--` a nested `<script>` hides the first `</script>` from the tokenizer.
    const escaped = 'if (a) { document.write("<!--<script>y()</script>-->") }';
    assert.deepEqual(inlineScriptHashes(`<script>${escaped}</script><p>`), [source(escaped)]);
  });

  test("skips a script the document ends inside of, which browsers never run", () => {
    assert.deepEqual(inlineScriptHashes("<script>a()</script><script>unfinished()"), [
      source("a()"),
    ]);
  });

  test("agrees with parse5, the HTML parser cheerio uses, on a tangled page", () => {
    const html = [
      "<!DOCTYPE html><html><head><title>a <script>no()</script></title>",
      '<script>var s = "<!-- <script> </script> -->"; var t = "</script\t";</script>',
      "<script>\r\n  x = 1 < 2 && 3 > 2;\r\n</script><![CDATA[ <script>no()</script> ]]>",
      '</head><body><p title="<script>no()</script>">text</p>',
      '<script>/*<![CDATA[*/window.pagePath="/";/*]]>*/</script></body></html>',
    ].join("\n");
    const $ = load(html);
    const expected = $("script")
      .toArray()
      .map((element) => source($(element).text()));
    assert.equal(expected.length, 3);
    assert.deepEqual(inlineScriptHashes(html), [...new Set(expected)].sort());
  });
});

describe("contentSecurityPolicy", () => {
  test("allows the given hashes and the site's own files, and nothing inline otherwise", () => {
    assert.equal(
      contentSecurityPolicy([HASH_B, HASH_A, HASH_B]),
      "default-src 'self'; " +
        `script-src 'self' ${HASH_A} ${HASH_B} 'wasm-unsafe-eval'; ` +
        "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });

  test("a page without inline scripts gets script-src 'self' alone, with WebAssembly", () => {
    assert.match(contentSecurityPolicy([]), /; script-src 'self' 'wasm-unsafe-eval'; /);
  });

  test("frames from exactly the embedded sites, sorted and once each; none without embeds", () => {
    const policy = contentSecurityPolicy(
      [],
      ["https://www.youtube.com", "https://player.vimeo.com", "https://www.youtube.com"],
    );
    assert.match(policy, /; frame-src https:\/\/player\.vimeo\.com https:\/\/www\.youtube\.com; /);
    assert.match(contentSecurityPolicy([]), /; frame-src 'none'; /);
  });

  test("WebAssembly for the search, never eval of JavaScript", () => {
    const policy = contentSecurityPolicy([HASH_A]);
    const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(policy)?.[1]?.split(" ") ?? [];
    assert.deepEqual(scriptSrc, ["'self'", HASH_A, "'wasm-unsafe-eval'"]);
    assert.match(policy, /(?:^|; )connect-src 'self'(?:;|$)/);
  });
});

describe("headersFile", () => {
  const rules: HostingRule[] = [
    { path: "/*", headers: { "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" } },
    { path: "/a/", headers: { "Cache-Control": "public, max-age=0, must-revalidate" } },
  ];

  test("writes a path line, indented headers and a blank line between rules", () => {
    assert.equal(
      headersFile(rules),
      "/*\n  X-Frame-Options: DENY\n  X-Content-Type-Options: nosniff\n\n" +
        "/a/\n  Cache-Control: public, max-age=0, must-revalidate\n",
    );
  });

  test("is read back by the test server's parser as the same rules", () => {
    const parsed = parseHeadersFile(headersFile(rules)).map((rule) => ({
      path: rule.path,
      headers: Object.fromEntries(rule.headers),
    }));
    assert.deepEqual(parsed, rules);
  });

  test("refuses what would break the file's syntax", () => {
    assert.throws(() => headersFile([{ path: "/a/", headers: { "X-A": "1\n/b/" } }]), /Bad header/);
    assert.throws(() => headersFile([{ path: "/a b/", headers: { "X-A": "1" } }]), /site path/);
    assert.throws(() => headersFile([{ path: "/a/", headers: { "X A": "1" } }]), /Bad header/);
  });
});

describe("hostingRules", () => {
  const pages = [
    { path: "/", scriptHashes: [HASH_A] },
    { path: "/a-post/", scriptHashes: [HASH_B, HASH_A] },
    { path: "/404.html", scriptHashes: [] },
  ];
  const assets = ["/app-0123456789abcdef0123.js", "/styles.0123456789abcdef0123.css"];
  const revalidated = ["/rss.xml", "/feed.json"];

  /** The headers a host sends for `urlPath`, read back from the written file. */
  function served(rules: HostingRule[], urlPath: string): Record<string, string> {
    return headersForPath(parseHeadersFile(headersFile(rules)), urlPath);
  }

  test("gives each page, at its address and at its file, its own policy", () => {
    const rules = hostingRules(pages, "", assets, revalidated);
    for (const address of ["/a-post/", "/a-post/index.html"]) {
      const headers = served(rules, address);
      assert.equal(headers["content-security-policy"], contentSecurityPolicy([HASH_A, HASH_B]));
      assert.equal(headers["cache-control"], "public, max-age=0, must-revalidate");
      assert.equal(headers["x-frame-options"], "DENY");
      assert.equal(headers["x-content-type-options"], "nosniff");
      assert.equal(headers["referrer-policy"], "strict-origin-when-cross-origin");
      assert.match(headers["permissions-policy"] ?? "", /camera=\(\)/);
    }
    assert.equal(served(rules, "/")["content-security-policy"], contentSecurityPolicy([HASH_A]));
    assert.equal(served(rules, "/404.html")["content-security-policy"], contentSecurityPolicy([]));
    assert.equal(served(rules, "/404.html/index.html")["content-security-policy"], undefined);
  });

  test("caches hashed files for a year and revalidates everything that keeps its name", () => {
    const rules = hostingRules(pages, "", assets, revalidated);
    const immutable = "public, max-age=31536000, immutable";
    for (const file of [...assets, "/static/abc/def/figure.png", "/static/KaTeX-0123.woff2"]) {
      assert.equal(served(rules, file)["cache-control"], immutable, file);
    }
    for (const file of [...revalidated, "/page-data/a-post/page-data.json"]) {
      assert.equal(served(rules, file)["cache-control"], "public, max-age=0, must-revalidate");
    }
    assert.equal(served(rules, "/og/home.png")["cache-control"], undefined);
  });

  test("never sets one header from two rules that match the same path", () => {
    // Cloudflare Pages would join the two values with a comma; Netlify would keep one.
    const rules = hostingRules(pages, "", [...assets, "/static/x-0123456789abcdef0123.js"]);
    const parsed = parseHeadersFile(headersFile(rules));
    const paths = [...parsed.map((rule) => rule.path.replace("*", "x/y")), "/static/x.js"];
    for (const urlPath of paths) {
      const names = parsed
        .filter((rule) => rule.pattern.test(urlPath))
        .flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase()));
      assert.equal(new Set(names).size, names.length, `${urlPath}: ${names.join(", ")}`);
    }
  });

  test("refuses a page whose address would make it cached for a year", () => {
    const other = { path: "/", scriptHashes: [HASH_A] };
    assert.throws(
      () => hostingRules([other, { path: "/static/page/", scriptHashes: [HASH_B] }], ""),
      /different values/,
    );
    assert.throws(
      () => hostingRules([{ path: "/static/page/", scriptHashes: [] }], ""),
      /\/static\/page\/ is a page, but \/static\/\* has it cached for a year/,
    );
  });

  test("pages that share one policy get it from a single site-wide rule", () => {
    const same = [
      { path: "/", scriptHashes: [HASH_A] },
      { path: "/a-post/", scriptHashes: [HASH_A] },
      { path: "/tags/x/page/2/", scriptHashes: [HASH_A] },
      { path: "/404.html", scriptHashes: [HASH_A] },
    ];
    const rules = hostingRules(same, "/blog", assets, revalidated);
    for (const page of same) {
      const headers = served(rules, `/blog${page.path}`);
      assert.equal(headers["content-security-policy"], contentSecurityPolicy([HASH_A]));
      assert.equal(headers["x-frame-options"], "DENY");
    }
    assert.deepEqual(
      rules.map((rule) => rule.path),
      [
        "/blog/*",
        "/blog/app-0123456789abcdef0123.js",
        "/blog/feed.json",
        "/blog/page-data/*",
        "/blog/rss.xml",
        "/blog/static/*",
        "/blog/styles.0123456789abcdef0123.css",
      ],
    );
    // One more page with another script is enough to go back to a policy per page.
    const mixed = hostingRules([...same, { path: "/b/", scriptHashes: [HASH_B] }], "", assets);
    assert.equal(
      mixed.find((rule) => rule.path === "/*")?.headers["Content-Security-Policy"],
      undefined,
    );
    assert.equal(served(mixed, "/b/")["content-security-policy"], contentSecurityPolicy([HASH_B]));
  });

  test("a page without inline scripts, such as a redirect page, keeps the single site-wide rule", () => {
    const withRedirect = [
      { path: "/", scriptHashes: [HASH_A] },
      { path: "/a-post/", scriptHashes: [HASH_A] },
      { path: "/old-address/", scriptHashes: [] },
      { path: "/old-page.html", scriptHashes: [] },
    ];
    const rules = hostingRules(withRedirect, "", assets, revalidated);
    assert.equal(
      rules.find((rule) => rule.path === "/*")?.headers["Content-Security-Policy"],
      contentSecurityPolicy([HASH_A]),
    );
    assert.equal(rules.filter((rule) => "Content-Security-Policy" in rule.headers).length, 1);
    for (const page of withRedirect) {
      const policy = served(rules, page.path)["content-security-policy"] ?? "";
      assert.equal(policy, contentSecurityPolicy([HASH_A]), page.path);
    }
    // With a policy per page (Gatsby's runtime), a page without scripts gets its own, allowing none.
    const perPage = hostingRules([...withRedirect, { path: "/b/", scriptHashes: [HASH_B] }], "");
    assert.equal(
      served(perPage, "/old-address/")["content-security-policy"],
      contentSecurityPolicy([]),
    );
  });

  test("every page allows the embeds of the whole site, so one policy still covers it", () => {
    const embedding = [
      { path: "/", scriptHashes: [HASH_A] },
      { path: "/video/", scriptHashes: [HASH_A], frameOrigins: ["https://www.youtube.com"] },
      { path: "/map/", scriptHashes: [HASH_A], frameOrigins: ["https://www.google.com"] },
    ];
    const rules = hostingRules(embedding, "", assets, revalidated);
    const expected = contentSecurityPolicy(
      [HASH_A],
      ["https://www.google.com", "https://www.youtube.com"],
    );
    assert.equal(
      rules.find((rule) => rule.path === "/*")?.headers["Content-Security-Policy"],
      expected,
    );
    for (const page of embedding) {
      assert.equal(served(rules, page.path)["content-security-policy"], expected, page.path);
    }
    const perPage = hostingRules([...embedding, { path: "/b/", scriptHashes: [HASH_B] }], "");
    assert.equal(
      served(perPage, "/")["content-security-policy"],
      expected,
      "a page without embeds still allows the site's, as a link from it keeps its policy",
    );
  });

  test("puts the prefix on every path", () => {
    const rules = hostingRules(pages, "/blog/", assets, revalidated);
    for (const rule of rules) assert.match(rule.path, /^\/blog\//);
    assert.ok(rules.some((rule) => rule.path === "/blog/*"));
    const post = served(rules, "/blog/a-post/");
    assert.equal(post["content-security-policy"], contentSecurityPolicy([HASH_A, HASH_B]));
    assert.equal(post["x-frame-options"], "DENY");
    assert.equal(
      served(rules, "/blog/static/x.png")["cache-control"],
      "public, max-age=31536000, immutable",
    );
    assert.deepEqual(served(rules, "/a-post/"), {});
  });

  test("gives the same file whatever order the build lists things in", () => {
    const forward = headersFile(hostingRules(pages, "", assets, revalidated));
    const backward = headersFile(
      hostingRules([...pages].reverse(), "", [...assets].reverse(), [...revalidated].reverse()),
    );
    assert.equal(forward, backward);
    const paths = parseHeadersFile(forward).map((rule) => rule.path);
    assert.deepEqual(paths, [...paths].sort());
  });

  test("percent-encodes file names so that they cannot become patterns", () => {
    const rules = hostingRules(
      [
        { path: "/ノート */", scriptHashes: [HASH_B] },
        { path: "/", scriptHashes: [HASH_A] },
      ],
      "",
    );
    assert.ok(rules.some((rule) => rule.path === "/%E3%83%8E%E3%83%BC%E3%83%88%20%2A/"));
  });
});

describe("writeHeadersFile and serveStatic with a headers file", () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "hosting-headers-"));
  after(() => fs.rmSync(site, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), text);
  };
  const pageScript = 'window.pagePath="/a-post/";';
  write("index.html", "<script>home()</script><p>home</p>");
  write("a-post/index.html", `<script>${pageScript}</script><script src="/x.js"></script>`);
  write("404.html", "<p>lost</p>");
  write("app-0123456789abcdef0123.js", "");
  write("app-0123456789abcdef0123.js.map", "");
  write("styles.0123456789abcdef0123.css", "");
  write("0123456789abcdef0123456789abcdef/talk.pdf", "");
  write("static/0123/figure.png", "");
  write("static/notes.html", "<script>notAPage()</script>");
  write("rss.xml", "<rss/>");
  write("og/home.png", "");
  write(`katex/${KATEX_VERSION}/katex.min.css`, "");
  write(`katex/${KATEX_VERSION}/fonts/KaTeX_Main-Regular.woff2`, "");

  test("writes the rules for the pages and files it finds", () => {
    writeHeadersFile(site, "");
    const rules = parseHeadersFile(fs.readFileSync(path.join(site, "_headers"), "utf8"));
    assert.deepEqual(
      rules.map((rule) => rule.path),
      [
        "/*",
        "/0123456789abcdef0123456789abcdef/*",
        "/404.html",
        "/",
        "/a-post/",
        "/a-post/index.html",
        "/app-0123456789abcdef0123.js",
        "/index.html",
        `/katex/${KATEX_VERSION}/*`,
        "/page-data/*",
        "/rss.xml",
        "/static/*",
        "/styles.0123456789abcdef0123.css",
      ].sort(),
    );
    assert.equal(
      headersForPath(rules, "/a-post/")["content-security-policy"],
      contentSecurityPolicy([source(pageScript)]),
    );
  });

  test("reuses the scans of unchanged pages, scans changed ones, and keeps only this build's", () => {
    const cache: HeaderScanCache = new Map();
    writeHeadersFile(site, "", cache);
    const key = (html: string) => createHash("sha256").update(html).digest("base64");
    const home = "<script>home()</script><p>home</p>";
    assert.equal(cache.size, 3); // index.html, a-post/index.html, 404.html
    assert.deepEqual(cache.get(key(home)), { scriptHashes: [source("home()")], frameOrigins: [] });

    // A scan from the cache is used as it is: this one names a script the page does not have.
    cache.set(key(home), { scriptHashes: [source("cached()")], frameOrigins: [] });
    cache.set("a page of an earlier build", { scriptHashes: [], frameOrigins: [] });
    write("404.html", "<script>lost()</script>");
    try {
      writeHeadersFile(site, "", cache);
      const rules = parseHeadersFile(fs.readFileSync(path.join(site, "_headers"), "utf8"));
      const policy = (page: string) => headersForPath(rules, page)["content-security-policy"];
      assert.equal(policy("/"), contentSecurityPolicy([source("cached()")]));
      assert.equal(policy("/404.html"), contentSecurityPolicy([source("lost()")]));
      assert.equal(cache.has("a page of an earlier build"), false);
      assert.equal(cache.size, 3);
    } finally {
      write("404.html", "<p>lost</p>");
    }
  });

  test("caches KaTeX's files for a year, as their folder is named after its version", () => {
    writeHeadersFile(site, "");
    const rules = parseHeadersFile(fs.readFileSync(path.join(site, "_headers"), "utf8"));
    for (const file of ["katex.min.css", "fonts/KaTeX_Main-Regular.woff2"]) {
      assert.equal(
        headersForPath(rules, `/katex/${KATEX_VERSION}/${file}`)["cache-control"],
        "public, max-age=31536000, immutable",
        file,
      );
    }
    // One rule for the folder, not one per file.
    assert.equal(rules.filter((rule) => rule.path.startsWith("/katex/")).length, 1);
    // Only that version's folder, so a post published at /katex/ could never be cached for a year.
    assert.equal(headersForPath(rules, "/katex/")["cache-control"], undefined);
  });

  test("serves each path with the headers of its rules, under the prefix only", async () => {
    writeHeadersFile(site, "/blog");
    const server = await serveStatic(site, { headersFile: true, pathPrefix: "/blog" });
    try {
      const post = await fetch(`${server.origin}/blog/a-post/`);
      assert.equal(post.status, 200);
      assert.equal(post.headers.get("content-type"), "text/html; charset=utf-8");
      assert.equal(
        post.headers.get("content-security-policy"),
        contentSecurityPolicy([source(pageScript)]),
      );
      assert.equal(post.headers.get("x-frame-options"), "DENY");
      assert.match(await post.text(), /pagePath/);

      const asset = await fetch(`${server.origin}/blog/app-0123456789abcdef0123.js`);
      assert.equal(asset.headers.get("cache-control"), "public, max-age=31536000, immutable");

      const missing = await fetch(`${server.origin}/blog/nowhere/`);
      assert.equal(missing.status, 404);
      assert.match(await missing.text(), /lost/);
      assert.equal(missing.headers.get("x-content-type-options"), "nosniff");
      assert.equal(missing.headers.get("content-security-policy"), null);

      assert.equal((await fetch(`${server.origin}/a-post/`)).status, 404);
      assert.equal((await fetch(`${server.origin}/blog/_headers`)).status, 404);
    } finally {
      await server.close();
    }
  });

  test("serves without extra headers by default, as before", async () => {
    const server = await serveStatic(site);
    try {
      const post = await fetch(`${server.origin}/a-post/`);
      assert.equal(post.status, 200);
      assert.equal(post.headers.get("content-security-policy"), null);
      assert.equal(post.headers.get("x-frame-options"), null);
    } finally {
      await server.close();
    }
  });
});
