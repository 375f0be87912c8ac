import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere when a machine keeps it elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep Chromium from reaching for the network on a machine that has none. */
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile. A missing browser is a failure with the command
 * that installs it, never a skipped test.
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not installed at ${chromiumPath}. Install Debian's Chromium with\n` +
        "  sudo apt-get update && sudo apt-get install -y chromium\n" +
        "or set CHROMIUM_PATH to another Chromium binary.",
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "blog-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: QUIET_FLAGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
