// Part of `npm run clean`, after `gatsby clean`: removes the project's own cache folder, so the
// next build checks, measures and draws everything again.
import fs from "node:fs";
import { OWN_CACHE_FOLDER, ownCachePath } from "../src/lib/build-cache/own-cache-folder";

fs.rmSync(ownCachePath(process.cwd()), { recursive: true, force: true });
console.log(`Removed ${OWN_CACHE_FOLDER}/`);
