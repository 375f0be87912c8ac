/**
 * Problems as GitHub Actions workflow commands (`::error file=…,line=…::message`), so they show up
 * on the pull request's lines as well as in the log.
 */
import path from "node:path";
import { compareProblems, groupWarnings, type WarningGroup } from "./report";
import type { Problem } from "./types";

/** GitHub shows at most this many warning annotations of a step and drops the rest. */
export const WARNING_ANNOTATIONS = 10;

/** A command's message, as GitHub requires it escaped. */
export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A command's property value: in addition, `:` and `,` would end the value early. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * What to put before a problem's file (relative to the project) to make it relative to the
 * repository, which is what annotations are matched against; null outside GitHub Actions.
 */
export function repositoryPrefix(env: NodeJS.ProcessEnv, projectRoot: string): string | null {
  if (env.GITHUB_ACTIONS !== "true") return null;
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace === undefined || workspace === "") return "";
  const relative = path.relative(workspace, projectRoot);
  // A project outside the checkout cannot be annotated better than with its own paths.
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return "";
  return `${relative.split(path.sep).join("/")}/`;
}

function command(problem: Problem, prefix: string, message: string): string {
  const properties = [`file=${escapeProperty(`${prefix}${problem.file}`)}`];
  if (problem.line !== null) {
    properties.push(`line=${problem.line}`);
    if (problem.column !== null) properties.push(`col=${problem.column}`);
  }
  properties.push(`title=${escapeProperty(problem.rule)}`);
  return `::${problem.severity} ${properties.join(",")}::${escapeData(message)}`;
}

/**
 * The warnings worth annotating: the first of every rule, so every kind of problem is seen, then
 * the next of each rule in turn while GitHub would still show them.
 */
export function pickWarnings(groups: readonly WarningGroup[], limit: number): Problem[] {
  const picked = groups.map((group) => group.problems[0] as Problem);
  for (let index = 1; picked.length < limit; index++) {
    const next = groups.flatMap((group) => group.problems[index] ?? []);
    if (next.length === 0) break;
    picked.push(...next.slice(0, limit - picked.length));
  }
  return picked;
}

/**
 * The workflow commands for a report: every error, and a few warnings with a notice of how many
 * were left out; none outside GitHub Actions. Notes get none: they ask for nothing, and GitHub's
 * few notices per step are kept for the one that says how many warnings were left out.
 */
export function workflowCommands(
  problems: readonly Problem[],
  env: NodeJS.ProcessEnv,
  projectRoot: string,
): string[] {
  const prefix = repositoryPrefix(env, projectRoot);
  if (prefix === null) return [];
  const errors = problems.filter((problem) => problem.severity === "error").sort(compareProblems);
  const lines = errors.map((problem) => command(problem, prefix, problem.message));

  const groups = groupWarnings(problems);
  const countOf = new Map(groups.map((group) => [group.problems[0], group.problems.length]));
  const picked = pickWarnings(groups, WARNING_ANNOTATIONS);
  for (const problem of picked) {
    const count = countOf.get(problem) ?? 1;
    // The first of a rule says how many share it, since the others may not be annotated.
    const message =
      count > 1 ? `${problem.message} (1 of ${count} warnings of this rule)` : problem.message;
    lines.push(command(problem, prefix, message));
  }
  const warnings = groups.reduce((sum, group) => sum + group.problems.length, 0);
  if (picked.length < warnings) {
    lines.push(
      `::notice::${escapeData(
        `${picked.length} of ${warnings} warnings are annotated (GitHub shows ${WARNING_ANNOTATIONS} per step): the first of each rule, then more of each in turn. The step's log counts them by rule.`,
      )}`,
    );
  }
  return lines;
}
