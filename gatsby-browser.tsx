import type { GatsbyBrowser } from "gatsby";
import "./src/styles/global.css";
import "./src/styles/code.css";
import "./src/styles/markdown.css";
import { setupCopyCode } from "./src/browser/copy-code";

export const onRouteUpdate: GatsbyBrowser["onRouteUpdate"] = () => {
  setupCopyCode(document);
};
