import { normalizePathPrefix } from "../hosting/path-prefix";
import { chooseClientRuntime } from "../reader-mode/client-runtime";
import type { SiteConfig } from "./types";

/** The environment variables that override a setting for one build, without editing the file. */
export interface SiteEnvironment {
  SITE_URL?: string;
  PATH_PREFIX?: string;
  CLIENT_RUNTIME?: string;
}

/** The owner's settings with the environment's overrides applied and values normalised. */
export function resolveSiteConfig(config: SiteConfig, environment: SiteEnvironment): SiteConfig {
  const siteUrl = environment.SITE_URL?.trim() || config.siteUrl;
  // CI systems pass an unset variable as "", which must not erase the file's prefix; "/" does.
  const pathPrefix = environment.PATH_PREFIX?.trim() || config.pathPrefix;
  return {
    ...config,
    siteUrl: siteUrl.replace(/\/+$/, ""),
    pathPrefix: normalizePathPrefix(pathPrefix),
    clientRuntime: chooseClientRuntime(environment.CLIENT_RUNTIME, config.clientRuntime),
  };
}
