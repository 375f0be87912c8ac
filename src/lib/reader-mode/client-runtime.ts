/**
 * What the built pages run in the browser.
 * - `none`: plain HTML pages; links load the next page; the theme toggle, copy buttons, table of
 *   contents tracking and search come from one small script of their own.
 * - `gatsby`: Gatsby's client runtime with React; links swap pages without a reload and
 *   prefetch the pages they point to, at the cost of about 80 kB of gzipped JavaScript per page.
 */
export type ClientRuntime = "none" | "gatsby";

export const CLIENT_RUNTIMES: readonly ClientRuntime[] = ["none", "gatsby"];

function isClientRuntime(value: string): value is ClientRuntime {
  return (CLIENT_RUNTIMES as readonly string[]).includes(value);
}

/**
 * The runtime to build with: `CLIENT_RUNTIME` from the environment when set, else the site's
 * setting. An unknown value stops the build rather than quietly building the other mode.
 */
export function chooseClientRuntime(
  environmentValue: string | undefined,
  setting: ClientRuntime,
): ClientRuntime {
  const value = (environmentValue ?? "").trim();
  if (value === "") return setting;
  if (isClientRuntime(value)) return value;
  throw new Error(
    `CLIENT_RUNTIME="${value}" is not a client runtime; use ${CLIENT_RUNTIMES.map((name) => `"${name}"`).join(" or ")}, or leave it unset for the site's setting (${setting})`,
  );
}
