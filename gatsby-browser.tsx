import type { GatsbyBrowser } from "gatsby";
import "./src/styles/global.css";
import { setupThemeToggle } from "./src/browser/theme-toggle";

export const onRouteUpdate: GatsbyBrowser["onRouteUpdate"] = () => {
  setupThemeToggle(document);
};
