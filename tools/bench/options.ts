import { selectModes, type BuildMode } from "./build-modes";

export interface BenchOptions {
  posts: number;
  runs: number;
  seed: string;
  textOnly: boolean;
  /** Build the corpus once (the cold build), without repeats or warm builds. */
  skipBuilds: boolean;
  skipLighthouse: boolean;
  /** Measure the pages of this already built folder instead of generating and building. */
  publicFolder: string | null;
  /** Build this folder of posts instead of a synthetic corpus. */
  corpus: string | null;
  /** A plain Gatsby project that builds the same posts in the same run, to compare against. */
  baseline: string | null;
  modes: BuildMode[];
  /** The results file of an earlier 1,000-post text-only run, which a 10,000-post run is held against. */
  scaleFrom: string | null;
  /** Keep the temporary copy of the project afterwards, to look at it. */
  keep: boolean;
  /** Where the JSON goes; a new file in bench-results/ when null. */
  out: string | null;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]

  --posts N          synthetic posts to generate (default 1000), besides the real first post
  --runs N           runs of each build whose first run takes under a minute (default 3)
  --images N         figures per synthetic post: 2 (the default) or 0
  --text-only        the same as --images 0
  --corpus FOLDER    build this folder of posts (any blog's content/blog) instead of synthetic
                     posts; the measured pages are then the home page only
  --baseline FOLDER  also build the same posts with this plain Gatsby project (for example
                     ../shared/baselines/gatsby-starter-blog) in the same run: cold, warm and one
                     edit, with the ratios beside the absolute figures
  --seed TEXT        another corpus of the same shape (default "bench")
  --mode NAMES       build modes to compare: reader, runtime, both separated by a comma, or
                     all (the default); the first gets every build, the others one cold build
  --skip-builds      one cold build only: no repeats, no warm builds
  --skip-lighthouse  no Lighthouse runs
  --public FOLDER    measure the pages of a site already built in FOLDER; no corpus, no builds
  --scale-from FILE  the JSON of an earlier --posts 1000 --images 0 run: a 10,000-post text-only
                     run's cold build is judged against its cold build (at most 10.5x)
  --keep             keep the temporary copy of the project
  --out FILE         write the JSON here instead of bench-results/
  --help             this text`;

export const DEFAULT_OPTIONS: BenchOptions = {
  posts: 1000,
  runs: 3,
  seed: "bench",
  textOnly: false,
  skipBuilds: false,
  skipLighthouse: false,
  publicFolder: null,
  corpus: null,
  baseline: null,
  scaleFrom: null,
  modes: selectModes("all"),
  keep: false,
  out: null,
  help: false,
};

function positiveInteger(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new Error(`${flag} needs a whole number of at least 1, not ${value ?? "nothing"}`);
  }
  return Number(value);
}

function valueOf(flag: string, value: string | undefined): string {
  if (value === undefined || value.startsWith("--")) throw new Error(`${flag} needs a value`);
  return value;
}

/** Reads the command line; throws with a message that names the flag on a mistake. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULT_OPTIONS };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] as string;
    const [flag, inline] = argument.includes("=")
      ? [argument.slice(0, argument.indexOf("=")), argument.slice(argument.indexOf("=") + 1)]
      : [argument, undefined];
    const next = () => inline ?? argv[(index += 1)];
    switch (flag) {
      case "--posts":
        options.posts = positiveInteger(flag, next());
        break;
      case "--runs":
        options.runs = positiveInteger(flag, next());
        break;
      case "--seed":
        options.seed = valueOf(flag, next());
        break;
      case "--mode":
        options.modes = selectModes(valueOf(flag, next()));
        break;
      case "--public":
        options.publicFolder = valueOf(flag, next());
        break;
      case "--out":
        options.out = valueOf(flag, next());
        break;
      case "--text-only":
        options.textOnly = true;
        break;
      case "--images": {
        const value = next();
        if (value !== "0" && value !== "2") {
          throw new Error(
            `--images takes 0 or 2 (figures per synthetic post), not ${value ?? "nothing"}`,
          );
        }
        options.textOnly = value === "0";
        break;
      }
      case "--corpus":
        options.corpus = valueOf(flag, next());
        break;
      case "--baseline":
        options.baseline = valueOf(flag, next());
        break;
      case "--scale-from":
        options.scaleFrom = valueOf(flag, next());
        break;
      case "--skip-builds":
        options.skipBuilds = true;
        break;
      case "--skip-lighthouse":
        options.skipLighthouse = true;
        break;
      case "--keep":
        options.keep = true;
        break;
      case "--help":
      case "-h":
        options.help = true;
        break;
      default:
        throw new Error(`unknown option ${argument}; see npm run bench -- --help`);
    }
  }
  if (options.publicFolder !== null && (options.corpus !== null || options.baseline !== null)) {
    throw new Error(
      "--public measures a built site: it cannot be combined with --corpus or --baseline",
    );
  }
  return options;
}
