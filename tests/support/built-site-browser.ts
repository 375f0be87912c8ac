import assert from "node:assert/strict";
import fs from "node:fs";
import { launchChromium, type Browser } from "./chromium";
import { publicFolder } from "./paths";
import { serveStatic, type StaticServer } from "../../tools/static-server";

export interface BuiltSiteSession {
  server: StaticServer;
  browser: Browser;
}

/** The real site's public/ served locally, and a fresh Chromium to load it in. */
export async function openBuiltSite(): Promise<BuiltSiteSession> {
  assert.ok(fs.existsSync(publicFolder), "public/ is missing: run `npm run build` first");
  const server = await serveStatic(publicFolder);
  const browser = await launchChromium();
  return { server, browser };
}

export async function closeBuiltSite(session: Partial<BuiltSiteSession>): Promise<void> {
  await session.browser?.close();
  await session.server?.close();
}
