/**
 * What the reader asked to see of a report: `--all` and `--rule` on the command line, or the
 * CHECK_REPORT environment variable where there is no command line of ours (`gatsby build`,
 * `gatsby develop`, and the Gatsby process `npm run build` starts).
 */

export interface ReportView {
  /** Every warning on its own line, instead of a few per rule. */
  all: boolean;
  /** Only the problems of these rules, every one of them; empty for every rule. */
  rules: readonly string[];
}

export const DEFAULT_VIEW: ReportView = { all: false, rules: [] };

/** `CHECK_REPORT=all`, or a comma-separated list of rules: `CHECK_REPORT=structure/,math/katex`. */
export const REPORT_ENV = "CHECK_REPORT";

/**
 * Whether `pattern` (from `--rule`) names `rule`: the rule itself, or a family of rules by its
 * leading segments (`structure/` or `structure` for `structure/alt-text`). A partial segment does
 * not match, so `frontmatter/date` never selects a `frontmatter/dates` rule by accident.
 */
export function ruleMatches(pattern: string, rule: string): boolean {
  const family = pattern.endsWith("/") ? pattern : `${pattern}/`;
  return rule === pattern || rule.startsWith(family);
}

export interface ParsedReportArgs {
  view: ReportView;
  /** The arguments that are not about the report, in their order (for gatsby, or `--strict`). */
  rest: string[];
  /** What is wrong with the report arguments, for the usage message; null when nothing. */
  error: string | null;
}

function isRuleName(value: string | undefined): value is string {
  return value !== undefined && value !== "" && !value.startsWith("-") && !/\s/.test(value);
}

/** `--all`, `--rule <rule>` and `--rule=<rule>` (repeatable) out of a command's arguments. */
export function parseReportArgs(argv: readonly string[]): ParsedReportArgs {
  let all = false;
  const rules: string[] = [];
  const rest: string[] = [];
  let error: string | null = null;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string;
    if (arg === "--all") {
      all = true;
    } else if (arg === "--rule" || arg.startsWith("--rule=")) {
      const value = arg === "--rule" ? argv[++index] : arg.slice("--rule=".length);
      if (isRuleName(value)) rules.push(value);
      else error ??= "--rule needs a rule name or family, such as structure/alt-text or structure/";
    } else {
      rest.push(arg);
    }
  }
  return { view: { all, rules }, rest, error };
}

/** The view CHECK_REPORT asks for; words other than `all` are rules. */
export function parseReportEnv(value: string | undefined): ReportView {
  const words = (value ?? "").split(/[\s,]+/).filter((word) => word !== "");
  return {
    all: words.includes("all"),
    rules: words.filter((word) => word !== "all"),
  };
}

/** Both views at once: what the environment asks for, and what the arguments add. */
export function combineViews(first: ReportView, second: ReportView): ReportView {
  return {
    all: first.all || second.all,
    rules: [...new Set([...first.rules, ...second.rules])],
  };
}

/** The CHECK_REPORT value that asks for `view`, to hand it on to a child process. */
export function reportEnvValue(view: ReportView): string {
  return [...(view.all ? ["all"] : []), ...view.rules].join(",");
}

/** How to see what a report left out, for each place a report is printed. */
export const SEE_ALL_HINTS = {
  check:
    "`npm run check -- --all` lists every warning and note, `npm run check -- --rule <rule>` every problem of one rule",
  build: `\`npm run build -- --all\` (or ${REPORT_ENV}=all) lists every warning and note, \`npm run build -- --rule <rule>\` (or ${REPORT_ENV}=<rule>) every problem of one rule`,
} as const;
