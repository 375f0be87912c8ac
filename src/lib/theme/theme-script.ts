import { DARK_SCHEME_QUERY, THEME_ATTRIBUTE, THEME_STORAGE_KEY } from "./theme";

/**
 * The inline script every page runs in `<head>`, before `<body>` exists: it puts the reader's
 * theme on `<html>` so the first paint already has the right colours. It repeats the rules of
 * `resolveTheme` in plain ES5 because it runs before (and without) any bundle. It never throws:
 * storage that is blocked (privacy modes, sandboxed frames) counts as no choice, and a browser
 * without matchMedia gets the light theme. Its exact text is hashed into each page's
 * Content-Security-Policy by the build, so any change here changes those hashes too.
 */
export const themeScript = [
  "(function(){",
  "var t=null;",
  `try{t=window.localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)})}catch(e){}`,
  'if(t!=="light"&&t!=="dark"){',
  "try{",
  `t=window.matchMedia(${JSON.stringify(DARK_SCHEME_QUERY)}).matches?"dark":"light"`,
  '}catch(e){t="light"}',
  "}",
  `document.documentElement.setAttribute(${JSON.stringify(THEME_ATTRIBUTE)},t)`,
  "})();",
].join("");
