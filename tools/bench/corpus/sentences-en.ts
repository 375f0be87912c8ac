import { capitalize, main, other, some, type Focus } from "./focus";

/** A sentence pattern: fills itself in from the post's focus and random stream. */
export type Sentence = (focus: Focus) => string;

const percent = (focus: Focus, min = 3, max = 60) => `${focus.random.int(min, max)}%`;
const runs = (focus: Focus) => focus.random.pick([3, 5, 7, 10, 20]);
const factor = (focus: Focus) => focus.random.between(1.3, 4.5).toFixed(1);

export const ENGLISH_SENTENCES: readonly Sentence[] = [
  (f) =>
    `${capitalize(main(f, "metrics"))} is the number we care about here, because it is what users notice first.`,
  (f) =>
    `On ${some(f, "datasets")}, ${some(f, "actions")} improved ${main(f, "metrics")} by ${percent(f)}, which was more than we expected.`,
  (f) =>
    `The obvious fix is ${main(f, "actions")}; the catch is that ${other(f, "components")} then becomes the bottleneck.`,
  (f) =>
    `We ran every configuration ${runs(f)} times and report the median, since a single run on a shared machine tells you little.`,
  (f) =>
    `A flame graph shows ${some(f, "components")} spending most of its time waiting on ${some(f, "resources")}.`,
  (f) =>
    `${capitalize(main(f, "baselines"))} gets within ${percent(f, 5, 30)} of the tuned version with a fraction of the code, so it is worth trying first.`,
  (f) =>
    `Most of the remaining gap comes from ${some(f, "problems")}, which no amount of tuning ${other(f, "components")} will remove.`,
  (f) => `If you only change one thing, start with ${main(f, "actions")}.`,
  (f) =>
    `It is tempting to blame ${some(f, "resources")}, but the hardware counters tell a different story.`,
  (f) =>
    `In the presence of ${some(f, "problems")}, ${main(f, "metrics")} degrades gradually at first and then all at once.`,
  (f) =>
    `The effect is largest on ${some(f, "datasets")}, which is also where we see ${main(f, "problems")} most often.`,
  (f) =>
    `This is not a new idea, but the details of ${some(f, "actions")} matter more than the idea itself.`,
  (f) =>
    `We compared ${f.random.int(3, 9)} variants of ${main(f, "components")}, holding everything else fixed.`,
  (f) =>
    `Doubling the input made ${some(f, "metrics")} ${factor(f)} times worse, which points to something super-linear in ${some(f, "components")}.`,
  (f) =>
    `In ${main(f, "systems")}, ${some(f, "components")} is usually the first thing to look at.`,
  (f) =>
    `The numbers below come from ${main(f, "datasets")}; your workload will differ, so measure before you copy the settings.`,
  (f) =>
    `${capitalize(some(f, "actions"))} is cheap to try and easy to undo, which makes it a good first experiment.`,
  (f) =>
    `We also tried ${other(f, "actions")}, but it made no measurable difference to ${main(f, "metrics")}.`,
  (f) =>
    `The interesting part is not the average but the tail: the slowest ${percent(f, 1, 5)} of runs account for most of the variance.`,
  (f) =>
    `It is easy to overlook ${some(f, "problems")} in a benchmark and impossible to overlook it in production.`,
  (f) =>
    `After ${main(f, "actions")}, ${main(f, "metrics")} stayed flat up to ${f.random.int(2, 16)} times the original load.`,
  (f) =>
    `Neither change is free: ${main(f, "actions")} costs memory, and ${other(f, "actions")} makes ${some(f, "components")} harder to reason about.`,
  (f) =>
    `The profile changed shape after the fix: ${main(f, "components")} dropped from the top of the list, and ${other(f, "components")} took its place.`,
  (f) =>
    `We wrote a small harness that replays ${some(f, "datasets")} against ${main(f, "systems")}.`,
  () =>
    `To rule out noise, we repeated the experiment on a second machine and saw the same ordering.`,
  (f) =>
    `Whether ${main(f, "metrics")} or ${other(f, "metrics")} matters more depends on your users, and that answer decides which setting to pick.`,
  (f) => `A useful sanity check is to compare against ${some(f, "baselines")} on the same data.`,
  (f) =>
    `Reading the source of ${some(f, "components")} explained the behaviour better than any documentation did.`,
  (f) =>
    `${capitalize(some(f, "components"))} was designed for a different workload, and it shows.`,
  (f) =>
    `With ${some(f, "problems")}, the fast path is taken far less often than the design assumes.`,
  (f) =>
    `Our first attempt, ${other(f, "actions")}, helped ${main(f, "metrics")} but hurt ${other(f, "metrics")} by about ${percent(f, 5, 25)}.`,
  (f) =>
    `The improvement held across all ${runs(f)} runs, with a spread of less than ${percent(f, 1, 4)}.`,
  (f) =>
    `Put differently, ${main(f, "systems")} spends more time coordinating than doing useful work.`,
  () => `There is a simple model that explains most of this behaviour, and it fits in a few lines.`,
  () => `None of this requires new hardware; it requires looking at where the time actually goes.`,
  (f) =>
    `We log ${some(f, "metrics")} every second and keep the raw samples, because averages hide exactly the events we are looking for.`,
  (f) =>
    `For ${some(f, "datasets")}, ${some(f, "resources")} is the limiting factor, and everything else follows from that.`,
  (f) =>
    `It took ${f.random.int(4, 12)} iterations to get there, most of them spent ruling out ${some(f, "problems")}.`,
  (f) =>
    `Looking at ${some(f, "components")} in isolation is misleading, because its cost depends on what runs next to it.`,
  (f) =>
    `The default settings of ${main(f, "systems")} assume a much smaller machine than the one we used.`,
  (f) =>
    `A regression test now checks ${main(f, "metrics")} on every change, so the gain does not quietly disappear.`,
  (f) =>
    `We expected ${some(f, "resources")} to saturate first, and it did, but later than the back-of-the-envelope estimate said.`,
];

/** Openers that can start a sentence whose first word is an ordinary capitalised word. */
export const ENGLISH_OPENERS: readonly string[] = [
  "In practice, ",
  "In our experiments, ",
  "As a rule of thumb, ",
  "Perhaps surprisingly, ",
  "More importantly, ",
  "At the same time, ",
  "In hindsight, ",
];

/** `sentence`, sometimes with an opener when its first word allows one ("A", "The", "We"). */
export function withOpener(focus: Focus, sentence: string): string {
  const firstWord = /^[A-Z][a-z]*\b/.exec(sentence)?.[0];
  if (firstWord === undefined || !focus.random.chance(0.15)) return sentence;
  // Only words that are not names can lose their capital: "The" may, "TLS" or "CIFAR" may not.
  if (!["A", "The", "We", "It", "Our", "Most", "This", "There", "None"].includes(firstWord)) {
    return sentence;
  }
  return `${focus.random.pick(ENGLISH_OPENERS)}${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}
