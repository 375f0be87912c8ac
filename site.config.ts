// Everything the owner of the blog sets, in one file. `npm run build` reads it; three
// environment variables override a setting for one build: SITE_URL, PATH_PREFIX, CLIENT_RUNTIME.
// The colours of the pages themselves (both themes) are in src/styles/global.css.
import type { CardFont, SiteConfig } from "./src/lib/site-config/types";

const interFile = (style: string) => `${style}/Inter_${style}.ttf`;
const notoJpFile = (style: string) => `${style}/NotoSansJP_${style}.ttf`;

/** A Noto family from its @expo-google-fonts package, whose files follow one naming scheme. */
function notoFont(family: string, pkg: string, filePrefix: string, firstFor: string[]): CardFont {
  const file = (style: string) => `${style}/${filePrefix}_${style}.ttf`;
  return {
    family,
    packageName: `@expo-google-fonts/${pkg}`,
    files: { 400: file("400Regular"), 600: file("600SemiBold"), 700: file("700Bold") },
    firstFor,
  };
}

const siteConfig: SiteConfig = {
  title: "Technical Notes",
  description:
    "Notes on machine learning and software, with math typeset at build time and figures drawn for the page.",
  author: "Technical Notes authors",
  siteUrl: "https://blog.example.com",
  pathPrefix: "",
  language: "en",
  clientRuntime: "none",
  // `$…$` is math, typeset at build time; false keeps dollars as text (a post's `math:` overrides).
  math: true,
  feedLength: 20,
  // `[@key]` cites entries of a post's `bibliography:` file and of this one (project-relative);
  // style: vancouver (numbered), apa or harvard1 (author–year), or a .csl file.
  citations: { bibliography: "", style: "vancouver", citeThisPost: true },
  colours: {
    brand: "#0b5cad",
    background: "#ffffff",
    card: {
      background: "#0F1F36",
      title: "#FFFFFF",
      siteName: "#C5D3E6",
      footer: "#AFC1D9",
      accents: ["#56B4E9", "#E69F00", "#009E73", "#CC79A7"],
    },
  },
  fonts: {
    card: [
      {
        family: "Inter",
        packageName: "@expo-google-fonts/inter",
        files: {
          400: interFile("400Regular"),
          600: interFile("600SemiBold"),
          700: interFile("700Bold"),
        },
      },
      {
        family: "Noto Sans JP",
        packageName: "@expo-google-fonts/noto-sans-jp",
        files: {
          400: notoJpFile("400Regular"),
          600: notoJpFile("600SemiBold"),
          700: notoJpFile("700Bold"),
        },
        firstFor: ["ja"],
      },
      // One font per script the cards draw: each loads only when a card has its characters.
      notoFont("Noto Sans KR", "noto-sans-kr", "NotoSansKR", ["ko"]),
      notoFont("Noto Sans SC", "noto-sans-sc", "NotoSansSC", ["zh", "zh-hans", "zh-cn", "zh-sg"]),
      notoFont("Noto Sans TC", "noto-sans-tc", "NotoSansTC", [
        "zh-hant",
        "zh-tw",
        "zh-hk",
        "zh-mo",
      ]),
      notoFont("Noto Sans Arabic", "noto-sans-arabic", "NotoSansArabic", ["ar", "fa", "ur", "ps"]),
      notoFont("Noto Sans Hebrew", "noto-sans-hebrew", "NotoSansHebrew", ["he", "yi"]),
      notoFont("Noto Sans Thai", "noto-sans-thai", "NotoSansThai", ["th"]),
      notoFont("Noto Sans Devanagari", "noto-sans-devanagari", "NotoSansDevanagari", [
        "hi",
        "mr",
        "ne",
      ]),
    ],
  },
};

export default siteConfig;
