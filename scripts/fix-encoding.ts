// `npm run content:fix-encoding -- <file> [--yes]`: repairs mojibake ("ðŸ˜²" for 😲, "â€¦" for …)
// in place, after showing the diff. The original is kept as <file>.bak (or .bak.1, .bak.2, …).
import { randomBytes } from "node:crypto";
import { open, readFile, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { lineDiff } from "../src/lib/encoding/line-diff";
import { findMojibake, repairMojibake } from "../src/lib/encoding/mojibake";
import { runIfEntryPoint } from "./run-cli";

const USAGE = "usage: npm run content:fix-encoding -- <file> [--yes]";

export interface FixOptions {
  /** Write without asking (what `--yes` means). */
  yes: boolean;
  /** Whether a person can answer a question (stdin is a terminal). */
  interactive: boolean;
  /** Asks whether to write; only called when interactive and not `yes`. */
  confirm: () => Promise<boolean>;
  print: (text: string) => void;
  warn: (text: string) => void;
}

/**
 * Offset of the first byte that is not part of well-formed UTF-8, or -1 when all are. Written out
 * (rather than trusting TextDecoder alone) so the message can say where the bad byte is.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) length = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) length = 4;
    else return index;
    // Second-byte limits rule out overlong forms, surrogates and code points above U+10FFFF.
    if (lead === 0xe0) low = 0xa0;
    if (lead === 0xed) high = 0x9f;
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f;
    for (let step = 1; step < length; step += 1) {
      const byte = bytes[index + step];
      const min = step === 1 ? low : 0x80;
      const max = step === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  return line;
}

/** Keeps a byte-order mark as text, so writing the text back keeps it too. */
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Writes `bytes` to the first free `<file>.bak`, `<file>.bak.1`, …; never replaces a file. */
export async function writeBackup(file: string, bytes: Uint8Array): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    const backup = attempt === 0 ? `${file}.bak` : `${file}.bak.${attempt}`;
    try {
      await writeFile(backup, bytes, { flag: "wx" });
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/**
 * Replaces `file` with `text` so that it is never seen half-written: the text goes to a temporary
 * file in the same folder (same file system), which then takes the original's place.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
  const target = await realpath(file);
  const { mode } = await stat(target);
  const temporary = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temporary, "wx", mode);
    try {
      await handle.writeFile(text, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function describeReadError(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return `${file}: no such file`;
  if (code === "EISDIR") return `${file} is a folder; give the Markdown file inside it`;
  return `${file}: cannot read it (${error instanceof Error ? error.message : String(error)})`;
}

/** Repairs `file` as described at the top; returns the exit code. */
export async function fixEncoding(file: string, options: FixOptions): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    options.warn(describeReadError(file, error));
    return 1;
  }

  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt !== -1) {
    options.warn(
      `${file} is not valid UTF-8 (byte 0x${(bytes[invalidAt] ?? 0).toString(16)} at line ` +
        `${lineOfOffset(bytes, invalidAt)}, byte offset ${invalidAt}). This tool only repairs UTF-8 ` +
        `text that was misread as Windows-1252. Re-save the file as UTF-8 in your editor (in VS ` +
        `Code: "Reopen with Encoding", pick the real encoding, then "Save with Encoding" → UTF-8) ` +
        `and run it again.`,
    );
    return 1;
  }
  const before = utf8.decode(bytes);
  const after = repairMojibake(before);
  if (after === before) {
    options.print(`no garbled text found in ${file}`);
    return 0;
  }

  const count = findMojibake(before).length;
  options.print(lineDiff(before, after, file).trimEnd());
  options.print(`${count} garbled sequence${count === 1 ? "" : "s"} to repair in ${file}.`);

  if (!options.yes) {
    if (!options.interactive) {
      options.warn(
        `Nothing written: there is no terminal to ask for confirmation. Check the diff above, ` +
          `then run again with --yes: npm run content:fix-encoding -- ${file} --yes`,
      );
      return 1;
    }
    if (!(await options.confirm())) {
      options.warn("Nothing written.");
      return 1;
    }
  }

  // Someone (an editor) may have saved the file while we waited for an answer.
  const current = await readFile(file);
  if (!current.equals(bytes)) {
    options.warn(`${file} changed while waiting; nothing written. Run the command again.`);
    return 1;
  }
  const backup = await writeBackup(file, bytes);
  await writeAtomically(file, after);
  options.print(`Repaired ${file}; the original is in ${backup}.`);
  return 0;
}

async function askYesNo(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(question);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { yes: { type: "boolean", short: "y" }, help: { type: "boolean", short: "h" } },
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (parsed.values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const [file, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    console.error(`give exactly one file\n${USAGE}`);
    return 1;
  }
  // npm runs scripts from the project root; a relative path means the folder the user was in.
  const resolved = path.resolve(process.env["INIT_CWD"] ?? process.cwd(), file);
  return fixEncoding(path.isAbsolute(file) ? file : path.relative(process.cwd(), resolved), {
    yes: parsed.values.yes === true,
    interactive: process.stdin.isTTY === true,
    confirm: () => askYesNo("Write these changes? [y/N] "),
    print: (text) => console.log(text),
    warn: (text) => console.error(text),
  });
}

runIfEntryPoint(import.meta.url, main);
