import type { GatsbySSR } from "gatsby";
import { themeScript } from "./src/lib/theme/theme-script";

/** Puts the reader's theme on `<html>` before the first paint (see src/lib/theme/theme-script.ts). */
export const onRenderBody: GatsbySSR["onRenderBody"] = ({ setHeadComponents }) => {
  setHeadComponents([<script key="theme" dangerouslySetInnerHTML={{ __html: themeScript }} />]);
};
