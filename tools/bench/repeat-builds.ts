// `npm run bench:repeat`: builds a copy of the project many times in a row, cold and warm in
// turn, optionally with every core kept busy beside it, and reports every build that did not end
// with exit code 0. It is the reproducer for a build ended by a signal right after Gatsby printed
// "Done building": gatsby runs with core dumps allowed, and when one is written and gdb is
// installed, the report gets the backtrace of every thread, which names the library that died.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { copyProject } from "./project-copy";
import { cleanBuild } from "./run-build";
import { formatTable } from "./text-table";
import { runIfEntryPoint } from "../../scripts/run-cli";

const USAGE = `npm run bench:repeat -- [--builds N] [--load] [--out DIR]

  --builds N  builds in a row, cold and warm in turn (default 20)
  --load      keep every core busy with a spinning process while the builds run
  --out DIR   where the report and any backtraces go (default bench-results/repeat)`;

export interface RepeatOptions {
  builds: number;
  load: boolean;
  out: string;
}

export function parseRepeatArgs(argv: readonly string[]): RepeatOptions | string {
  const options: RepeatOptions = { builds: 20, load: false, out: "bench-results/repeat" };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === "--load") options.load = true;
    else if (arg === "--builds" && value !== undefined && /^[1-9]\d*$/.test(value)) {
      options.builds = Number(value);
      i += 1;
    } else if (arg === "--out" && value !== undefined) {
      options.out = value;
      i += 1;
    } else return `unknown or incomplete option ${arg ?? ""}\n\n${USAGE}`;
  }
  return options;
}

export interface BuildRecord {
  index: number;
  kind: "cold" | "warm";
  seconds: number;
  status: number | null;
  signal: string | null;
  /** Whether Gatsby had printed "Done building" before it ended. */
  done: boolean;
  output: string;
}

/** How a build ended, in the words the report uses. */
export function outcome(record: BuildRecord): string {
  if (record.signal !== null) {
    return `ended by ${record.signal}${record.done ? ' after "Done building"' : ""}`;
  }
  return record.status === 0 ? "passed" : `exit code ${record.status ?? "?"}`;
}

/** One spinning process per core, so the builds share the machine as on a busy CI runner. */
function startLoad(): ChildProcess[] {
  return Array.from({ length: os.availableParallelism() }, () =>
    spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
  );
}

/**
 * `gatsby build` as the build tests run it, through a shell that lifts the core-file limit; the
 * crashing process writes `core` (or `core.PID`) into `root`.
 */
function gatsbyBuild(root: string, index: number, kind: BuildRecord["kind"]): Promise<BuildRecord> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const gatsby = path.join(root, "node_modules", "gatsby", "cli.js");
    const child = spawn(
      "/bin/sh",
      ["-c", 'ulimit -c unlimited; exec "$0" "$@"', process.execPath, gatsby, "build"],
      {
        cwd: root,
        env: { ...process.env, GATSBY_TELEMETRY_DISABLED: "1", CI: "true", NO_COLOR: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("close", (status, signal) => {
      const output = Buffer.concat(chunks).toString("utf8");
      resolve({
        index,
        kind,
        seconds: (performance.now() - started) / 1000,
        status,
        signal,
        done: output.includes("Done building"),
        output,
      });
    });
  });
}

/** Core files the builds left in `root`, newest last. */
function coreFiles(root: string): string[] {
  return fs
    .readdirSync(root)
    .filter((name) => /^core(\.\d+)?$/.test(name))
    .map((name) => path.join(root, name))
    .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs);
}

/** Every thread's backtrace from a core file, or why there is none. */
function backtrace(core: string): string {
  const gdb = spawnSync(
    "gdb",
    ["-batch", "-ex", "info threads", "-ex", "thread apply all bt 16", process.execPath, core],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (gdb.error !== undefined) return `no backtrace: gdb did not run (${gdb.error.message})`;
  return `${gdb.stdout}${gdb.stderr}`;
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const options = parseRepeatArgs(argv);
  if (typeof options === "string") {
    console.error(options);
    return 2;
  }
  const out = path.resolve(options.out);
  fs.mkdirSync(out, { recursive: true });
  const root = copyProject(process.cwd());
  const load = options.load ? startLoad() : [];
  const records: BuildRecord[] = [];
  try {
    for (let index = 1; index <= options.builds; index += 1) {
      const kind = index % 2 === 1 ? "cold" : "warm";
      if (kind === "cold") cleanBuild(root);
      const record = await gatsbyBuild(root, index, kind);
      records.push(record);
      console.log(`build ${index} (${kind}): ${outcome(record)} in ${record.seconds.toFixed(1)} s`);
      if (record.status === 0) continue;
      const details = [`# build ${index} (${kind}): ${outcome(record)}`, "", "## Last lines"];
      details.push("", lastLines(record.output, 40), "");
      for (const core of coreFiles(root)) {
        details.push(`## Backtrace from ${path.basename(core)}`, "", backtrace(core), "");
        fs.rmSync(core);
      }
      fs.writeFileSync(path.join(out, `build-${index}.md`), details.join("\n"));
    }
  } finally {
    for (const spinner of load) spinner.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
  const rows = records.map((r) => [
    String(r.index),
    r.kind,
    `${r.seconds.toFixed(1)} s`,
    outcome(r),
  ]);
  const table = formatTable(
    [{ title: "build" }, { title: "kind" }, { title: "time", align: "right" }, { title: "end" }],
    rows,
  );
  const failed = records.filter((r) => r.status !== 0).length;
  const summary = `${records.length} builds${options.load ? ", every core kept busy" : ""}, ${failed} not passed\n\n${table}\n`;
  fs.writeFileSync(path.join(out, "summary.txt"), summary);
  console.log(`\n${summary}\nReport in ${out}`);
  return failed === 0 ? 0 : 1;
}

runIfEntryPoint(import.meta.url, main);
