import fs from "node:fs";
import { fileURLToPath } from "node:url";

/** True when `moduleUrl` is the program being run, not a module imported by a test. */
function isEntryPoint(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return fs.realpathSync(entry) === fs.realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Runs a command's `main` with its arguments when the module is started as a program, and sets
 * the exit code from its result. Imported by a test, the module only exports its functions.
 */
export function runIfEntryPoint(
  moduleUrl: string,
  main: (argv: string[]) => Promise<number>,
): void {
  if (!isEntryPoint(moduleUrl)) return;
  main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
