// Reads what the image plugins wrote: public/static/<MD5 of the source>/… for every source image.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { FileTimes, SourceOutputs } from "./image-work";

const SOURCE_IMAGE = /\.(png|jpe?g|webp)$/i;

/** Modification times of every file under public/static/. */
export function staticFileTimes(publicFolder: string): FileTimes {
  const folder = path.join(publicFolder, "static");
  const times = new Map<string, number>();
  if (!fs.existsSync(folder)) return times;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    times.set(path.relative(folder, file).split(path.sep).join("/"), fs.statSync(file).mtimeMs);
  }
  return times;
}

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

async function widthOf(file: string): Promise<number> {
  return (await sharp(file).metadata()).width ?? 0;
}

/** Every source image under content/ that the build processed, with the files it got. */
export async function collectSourceOutputs(
  root: string,
  publicFolder: string,
): Promise<SourceOutputs[]> {
  const sources = filesUnder(path.join(root, "content")).filter((file) => SOURCE_IMAGE.test(file));
  const results: SourceOutputs[] = [];
  for (const source of sources) {
    const digest = createHash("md5").update(fs.readFileSync(source)).digest("hex");
    const outputs = path.join(publicFolder, "static", digest);
    if (!fs.existsSync(outputs)) continue;
    const files = await Promise.all(
      filesUnder(outputs).map(async (file) => {
        const relative = path.relative(outputs, file);
        return {
          file: relative,
          width: await widthOf(file),
          format: path.extname(file).slice(1).toLowerCase(),
          resized: relative.includes(path.sep),
        };
      }),
    );
    results.push({
      source: path.relative(root, source),
      sourceWidth: await widthOf(source),
      files,
    });
  }
  return results;
}
