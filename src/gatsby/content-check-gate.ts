/**
 * `npm run build` starts Gatsby and runs the content check at the same time: Gatsby's first
 * seconds (compiling gatsby-node, loading plugins) touch nothing of the author's, so they need
 * not wait for the check. Gatsby then stops at `onPreInit`, before its "initialize cache" step
 * can delete anything from public/, until the build script tells it through an extra pipe
 * whether the check passed. A closed pipe without a verdict (the build script died) counts as a
 * failed check.
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import type { Writable } from "node:stream";

/** The environment variable that tells Gatsby which file descriptor carries the verdict. */
export const GATE_ENV = "BLOG_CONTENT_CHECK_GATE_FD";
/** The child's file descriptor of the pipe: the first after stdin, stdout and stderr. */
export const GATE_FD = 3;

export type Verdict = "pass" | "fail";

/** The stdio setting that gives the child the gate's pipe beside the inherited streams. */
export const GATED_STDIO = ["inherit", "inherit", "inherit", "pipe"] as const;

/** Sends the check's verdict to a Gatsby process started with GATED_STDIO. */
export function sendVerdict(child: ChildProcess, verdict: Verdict): void {
  const pipe = child.stdio[GATE_FD] as Writable | null | undefined;
  if (pipe === null || pipe === undefined) return;
  // Gatsby may already have ended (a broken config): nothing is waiting to read the verdict.
  pipe.on("error", () => undefined);
  pipe.end(`${verdict}\n`);
}

/** Reads the verdict from `fd` until the build script closes the pipe. */
export function readVerdict(fd: number): Promise<Verdict> {
  return new Promise((resolve) => {
    let text = "";
    const stream = fs.createReadStream("", { fd, encoding: "utf8" });
    stream.on("data", (chunk) => (text += String(chunk)));
    stream.on("end", () => resolve(text.trim() === "pass" ? "pass" : "fail"));
    stream.on("error", () => resolve("fail"));
  });
}

/**
 * The gate's file descriptor when this Gatsby process was started by `npm run build` with a
 * gate, or null (`gatsby build` or `gatsby develop` run directly, which check for themselves).
 */
export function gateFd(env: NodeJS.ProcessEnv): number | null {
  const value = env[GATE_ENV];
  if (value === undefined || !/^\d+$/.test(value)) return null;
  return Number(value);
}
