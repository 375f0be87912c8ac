// `npm run check [-- --strict] [-- --all] [-- --rule <rule>]`: every content check, without a
// build. Exits 1 on errors (and on warnings with --strict), so it also works as a pre-commit hook.
import { checkProjectContent, cachedCheckOptions } from "../src/gatsby/content-report";
import { workflowCommands } from "../src/lib/content-check/annotations";
import { formatReport, mustFail } from "../src/lib/content-check/report";
import {
  REPORT_ENV,
  SEE_ALL_HINTS,
  combineViews,
  parseReportArgs,
  parseReportEnv,
} from "../src/lib/content-check/report-options";

const args = parseReportArgs(process.argv.slice(2));
if (args.error !== null) {
  console.error(`npm run check: ${args.error}`);
  process.exit(2);
}
const unknown = args.rest.filter((arg) => arg !== "--strict");
if (unknown.length > 0) {
  console.error(
    `npm run check: unknown option ${unknown.join(" ")}; use --strict, --all or --rule`,
  );
  process.exit(2);
}
const strict = args.rest.includes("--strict");
const view = combineViews(parseReportEnv(process.env[REPORT_ENV]), args.view);
const { problems, checkedFiles } = checkProjectContent(
  process.cwd(),
  cachedCheckOptions(process.cwd()),
);
console.log(formatReport(problems, checkedFiles, { view, seeAll: SEE_ALL_HINTS.check }));
for (const line of workflowCommands(problems, process.env, process.cwd())) console.log(line);
process.exitCode = mustFail(problems, strict) ? 1 : 0;
