/** A link of the site's main navigation: a site path (without the path prefix) and its text. */
export interface NavLink {
  to: string;
  label: string;
}

/**
 * The header's navigation, in order. The header is laid out for about four of these beside the
 * title, search and theme button, and wraps onto more lines on a phone.
 */
export const SITE_NAV_LINKS: readonly NavLink[] = [
  { to: "/", label: "Posts" },
  { to: "/tags/", label: "Tags" },
  { to: "/archive/", label: "Archive" },
  { to: "/about/", label: "About" },
];
