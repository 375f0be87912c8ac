import { main, type Focus } from "./focus";

export interface CodeSample {
  /** The word after the fence. */
  language: string;
  code: string;
}

/** "p99 latency" -> ["p99", "latency"]: ASCII words for identifiers. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/^(a|an|the) /, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 3);
}

const snake = (text: string) => words(text).join("_");
const kebab = (text: string) => words(text).join("-");
const pascal = (text: string) =>
  words(text)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
const camel = (text: string) => {
  const name = pascal(text);
  return name.charAt(0).toLowerCase() + name.slice(1);
};

interface Names {
  metric: string;
  metricText: string;
  action: string;
  dataset: string;
  component: string;
  repeats: number;
  small: number;
  large: number;
  percentile: number;
}

const SAMPLES: Record<string, (names: Names) => string> = {
  python: (n) => `import statistics
import time


def measure_${snake(n.metric)}(run, repeats=${n.repeats}):
    """Runs \`run\` ${n.repeats} times and returns the median ${n.metricText} in milliseconds."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


if __name__ == "__main__":
    before = measure_${snake(n.metric)}(lambda: run_workload(batch_size=${n.small}))
    after = measure_${snake(n.metric)}(lambda: run_workload(batch_size=${n.large}))
    print(f"${snake(n.metric)}: {before:.1f} ms -> {after:.1f} ms")`,
  ts: (n) => `interface Sample {
  config: string;
  ${camel(n.metric)}Ms: number;
}

/** The p-th percentile of the samples, by the nearest-rank method. */
export function percentile(samples: readonly Sample[], p: number): number {
  const sorted = samples.map((s) => s.${camel(n.metric)}Ms).sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

const p${n.percentile} = percentile(await loadSamples("${kebab(n.dataset)}"), ${n.percentile});
console.log(\`p${n.percentile} ${n.metricText}: \${p${n.percentile}.toFixed(1)} ms\`);`,
  sh: (n) => `#!/usr/bin/env bash
set -euo pipefail

mkdir -p results
for size in 1 2 4 8 ${n.small} ${n.large}; do
  ./bench --workload=${kebab(n.dataset)} --batch-size="$size" --repeat=${n.repeats} \\
    > "results/${kebab(n.metric)}-$size.txt"
done
grep -h "${n.metricText}" results/${kebab(n.metric)}-*.txt | sort -k2 -n | head -n 5`,
  sql: (n) => `SELECT config,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY ${snake(n.metric)}) AS median_${snake(n.metric)},
       percentile_cont(0.${n.percentile}) WITHIN GROUP (ORDER BY ${snake(n.metric)}) AS p${n.percentile},
       count(*) AS runs
FROM benchmark_runs
WHERE dataset = '${kebab(n.dataset)}'
  AND started_at > now() - interval '${n.repeats} days'
GROUP BY config
ORDER BY median_${snake(n.metric)};`,
  go: (n) => `package bench

import (
	"sort"
	"time"
)

// Median${pascal(n.metric)} runs f ${n.repeats} times and returns the median duration.
func Median${pascal(n.metric)}(f func()) time.Duration {
	samples := make([]time.Duration, 0, ${n.repeats})
	for i := 0; i < ${n.repeats}; i++ {
		start := time.Now()
		f()
		samples = append(samples, time.Since(start))
	}
	sort.Slice(samples, func(a, b int) bool { return samples[a] < samples[b] })
	return samples[len(samples)/2]
}`,
  rust: (n) => `/// Exponentially weighted moving average of ${n.metricText}.
pub struct ${pascal(n.metric)}Average {
    alpha: f64,
    value: Option<f64>,
}

impl ${pascal(n.metric)}Average {
    pub fn new(alpha: f64) -> Self {
        Self { alpha, value: None }
    }

    pub fn update(&mut self, sample: f64) -> f64 {
        let next = match self.value {
            Some(v) => self.alpha * sample + (1.0 - self.alpha) * v,
            None => sample,
        };
        self.value = Some(next);
        next
    }
}`,
  yaml: (n) => `workload: ${kebab(n.dataset)}
component: ${kebab(n.component)}
repeats: ${n.repeats}
configs:
  - name: baseline
    batch_size: ${n.small}
  - name: tuned
    batch_size: ${n.large}
    ${snake(n.action)}: true
report:
  metric: ${snake(n.metric)}
  percentiles: [50, 90, ${n.percentile}]`,
  json: (n) => `{
  "workload": "${kebab(n.dataset)}",
  "repeats": ${n.repeats},
  "configs": [
    { "name": "baseline", "batchSize": ${n.small} },
    { "name": "tuned", "batchSize": ${n.large}, "${camel(n.action)}": true }
  ],
  "report": { "metric": "${camel(n.metric)}", "percentiles": [50, 90, ${n.percentile}] }
}`,
};

export const CODE_LANGUAGES: readonly string[] = Object.keys(SAMPLES);

/** A code block about the post's subject, in a language chosen for the post. */
export function codeSample(focus: Focus): CodeSample {
  const random = focus.random;
  const language = random.pick(CODE_LANGUAGES);
  const metric = main(focus, "metrics", "en");
  const names: Names = {
    metric,
    metricText: metric,
    action: main(focus, "actions", "en"),
    dataset: main(focus, "datasets", "en"),
    component: main(focus, "components", "en"),
    repeats: random.pick([3, 5, 7, 9, 11]),
    small: random.int(10, 40),
    large: random.int(64, 512),
    percentile: random.pick([90, 95, 99]),
  };
  const render = SAMPLES[language];
  if (render === undefined) throw new Error(`no code sample for ${language}`);
  return { language, code: render(names) };
}
