import type { GatsbyBrowser } from "gatsby";
import "./src/styles/global.css";
import "./src/styles/search.css";
import { setupSearch } from "./src/browser/search";

export const onRouteUpdate: GatsbyBrowser["onRouteUpdate"] = () => {
  setupSearch(document);
};
