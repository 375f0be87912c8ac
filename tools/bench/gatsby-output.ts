/** What Gatsby prints about its own work, read from the output of a `gatsby build` in CI mode. */

export interface StepTiming {
  step: string;
  seconds: number;
}

const STEP = /^success (.+?) - (\d+(?:\.\d+)?)s(?: - (\d+)\/(\d+)\b.*)?$/;
// Gatsby prints progress lines with colours and cursor movements when it thinks a person watches.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

function lines(output: string): string[] {
  return output
    .replace(ANSI, "")
    .split(/\r?\n/)
    .map((line) => line.trim());
}

/**
 * The project's own timing lines, which break Gatsby's steps down: `After-build steps: feeds
 * 0.41 s, link check 2.10 s` (inside onPostBuild) and `Content check: 1000 files in 15.2 s`
 * (before Gatsby starts).
 */
const OWN_STEPS = /^(?:info )?(After-build|Page-creation) steps: (.+)$/;
const OWN_STEP = /^(.+) (\d+(?:\.\d+)?) s$/;
const CONTENT_CHECK = /^Content check: \d+ files in (\d+(?:\.\d+)?) s\b/;
const PHASES: Readonly<Record<string, string>> = {
  "After-build": "onPostBuild",
  "Page-creation": "createPages",
};

/**
 * Every step Gatsby reported as done, with its duration, in the order it printed them, and the
 * project's own parts of them, named `onPostBuild › feeds`.
 */
export function stepTimings(output: string): StepTiming[] {
  const steps: StepTiming[] = [];
  for (const line of lines(output)) {
    const match = STEP.exec(line);
    if (match) steps.push({ step: match[1] as string, seconds: Number(match[2]) });
    const check = CONTENT_CHECK.exec(line);
    if (check) steps.push({ step: "content check (before Gatsby)", seconds: Number(check[1]) });
    const own = OWN_STEPS.exec(line);
    if (!own) continue;
    for (const part of (own[2] as string).split(", ")) {
      const step = OWN_STEP.exec(part);
      const phase = PHASES[own[1] as string] ?? (own[1] as string);
      if (step) steps.push({ step: `${phase} › ${step[1]}`, seconds: Number(step[2]) });
    }
  }
  return steps;
}

/**
 * Image jobs Gatsby ran, from its "Generating image thumbnails" lines (the last count of each);
 * 0 when it printed none, which it does when no image needed work.
 */
export function imageJobs(output: string): number {
  let jobs = 0;
  for (const line of lines(output)) {
    const match = STEP.exec(line);
    if (match && /image thumbnails|IMAGE_PROCESSING/i.test(match[1] as string) && match[3]) {
      jobs += Number(match[3]);
    }
  }
  return jobs;
}

const CARDS_DRAWN = /^(?:info )?Social cards: (\d+) drawn\b/;

/** Social cards the build drew (not those it reused from its cache), from its own line. */
export function cardsDrawn(output: string): number {
  for (const line of lines(output)) {
    const match = CARDS_DRAWN.exec(line);
    if (match) return Number(match[1]);
  }
  return 0;
}

/** The slowest steps first. */
export function slowestSteps(steps: readonly StepTiming[], count: number): StepTiming[] {
  return [...steps].sort((a, b) => b.seconds - a.seconds).slice(0, count);
}
