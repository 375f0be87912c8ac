/**
 * Times the steps of one build phase, for a one-line summary in the build's output: Gatsby
 * reports `onPostBuild` as a single step, and the benchmark needs to know which part of it grows.
 */
export class StepTimes {
  private readonly steps: Array<{ name: string; milliseconds: number }> = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  run<T>(name: string, step: () => T): T {
    const started = this.now();
    try {
      return step();
    } finally {
      this.steps.push({ name, milliseconds: this.now() - started });
    }
  }

  async runAsync<T>(name: string, step: () => Promise<T>): Promise<T> {
    const started = this.now();
    try {
      return await step();
    } finally {
      this.steps.push({ name, milliseconds: this.now() - started });
    }
  }

  /** `feeds 0.41 s, links 2.10 s`, in the order the steps ran. */
  summary(): string {
    return this.steps
      .map((step) => `${step.name} ${(step.milliseconds / 1000).toFixed(2)} s`)
      .join(", ");
  }
}
