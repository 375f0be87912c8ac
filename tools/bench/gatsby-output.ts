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

/** Every step Gatsby reported as done, with its duration, in the order it printed them. */
export function stepTimings(output: string): StepTiming[] {
  const steps: StepTiming[] = [];
  for (const line of lines(output)) {
    const match = STEP.exec(line);
    if (match) steps.push({ step: match[1] as string, seconds: Number(match[2]) });
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

/** The slowest steps first. */
export function slowestSteps(steps: readonly StepTiming[], count: number): StepTiming[] {
  return [...steps].sort((a, b) => b.seconds - a.seconds).slice(0, count);
}
