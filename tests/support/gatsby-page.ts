/**
 * A page laid out as Gatsby 5 writes one: head, body, loader data and the scripts slice, stamped
 * with `compilationHash`.
 */
export function gatsbyPage(
  body: string,
  headExtra = "",
  compilationHash = "abdb4f1444b5a85c1607",
): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<style data-href="/styles.347f83a40fdc80e7ef4b.css" data-identity="gatsby-global-css">body{margin:0}</style>',
    '<script>(function(){var t=localStorage.getItem("theme")})()</script>',
    headExtra,
    '<script type="application/ld+json" data-gatsby-head="true">{"@type":"BlogPosting"}</script>',
    '</head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">',
    body,
    '</div><div id="gatsby-announcer" style="position:absolute;top:0" aria-live="assertive" aria-atomic="true"></div></div>',
    '<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/a-post/";/*]]>*/</script>',
    '<!-- slice-start id="_gatsby-scripts-1" -->\n          <script\n            id="gatsby-chunk-mapping"\n          >\n',
    '            window.___chunkMapping="{\\"app\\":[\\"/app-be2151593a36b65f3c84.js\\"]}";\n          </script>\n',
    `        <script>window.___webpackCompilationHash="${compilationHash}";</script>`,
    '<script src="/webpack-runtime-46d3071dc89f99c12aa2.js" async></script>',
    '<script src="/framework-36fcceae91ffd39c19f8.js" async></script>',
    '<script src="/app-be2151593a36b65f3c84.js" async></script>',
    '<!-- slice-end id="_gatsby-scripts-1" --></body></html>',
  ].join("");
}
