// `npm run check [-- --strict]`: every content check, without a build. Exits 1 on errors (and on
// warnings with --strict), so it also works as a pre-commit hook.
import { checkProjectContent } from "../src/gatsby/content-report";
import { formatReport, mustFail } from "../src/lib/content-check/report";

const strict = process.argv.includes("--strict");
const { problems, checkedFiles } = checkProjectContent(process.cwd());
console.log(formatReport(problems, checkedFiles));
process.exitCode = mustFail(problems, strict) ? 1 : 0;
