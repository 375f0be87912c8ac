import type { UiStringKey } from "../i18n/ui-strings";

/**
 * A link of the site's main navigation: a site path (without the path prefix) and the key of its
 * text in the interface strings, so the header speaks the page's language.
 */
export interface NavLink {
  to: string;
  labelKey: UiStringKey;
}

/**
 * The header's navigation, in order. The header is laid out for about four of these beside the
 * title, search and theme button, and wraps onto more lines on a phone.
 */
export const SITE_NAV_LINKS: readonly NavLink[] = [
  { to: "/", labelKey: "posts" },
  { to: "/tags/", labelKey: "tags" },
  { to: "/archive/", labelKey: "archive" },
  { to: "/about/", labelKey: "about" },
];
