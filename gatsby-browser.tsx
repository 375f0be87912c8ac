import "./src/styles/global.css";
import "./src/styles/post.css";
import type { GatsbyBrowser } from "gatsby";
import { setupTocTracking } from "./src/browser/toc-tracking";

export const onRouteUpdate: GatsbyBrowser["onRouteUpdate"] = () => {
  setupTocTracking(document);
};
