/**
 * What is wrong with a site's translations as a whole: a translation without an original, a code
 * that is not a language, two files for one language, a translation in its original's language.
 * Each is reported on the translation's file; these are file names, so no line is given.
 */

import type { Problem } from "../content-check/types";
import { languageSegment } from "./language-code";
import type { TranslationFile } from "./translation-files";

function error(file: string, rule: string, message: string): Problem {
  return { file, line: null, column: null, severity: "error", rule, message };
}

/**
 * `originalLanguage` gives the language an original is written in (its `lang`, or the site's
 * default), by file.
 */
export function translationProblems(
  translations: readonly TranslationFile[],
  originalLanguage: (originalFile: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const firstByLanguage = new Map<string, string>();
  for (const translation of translations) {
    if (translation.code === null) {
      problems.push(
        error(
          translation.file,
          "translations/language-code",
          `${translation.codeProblem ?? ""}: a translation is named index.<language>.md`,
        ),
      );
      continue;
    }
    if (!translation.hasOriginal) {
      problems.push(
        error(
          translation.file,
          "translations/orphan",
          `translation without an original: ${translation.originalFile} does not exist; add the original post beside it, or move this file to the folder of the post it translates`,
        ),
      );
      continue;
    }
    const key = `${translation.originalFile}\n${translation.code.segment}`;
    const first = firstByLanguage.get(key);
    if (first !== undefined) {
      problems.push(
        error(
          translation.file,
          "translations/duplicate-language",
          `a second file for ${translation.code.tag}: ${first} is that translation already (codes are read in any case); keep one of them`,
        ),
      );
      continue;
    }
    firstByLanguage.set(key, translation.file);
    const originalLang = originalLanguage(translation.originalFile);
    if (languageSegment(originalLang) === translation.code.segment) {
      problems.push(
        error(
          translation.file,
          "translations/same-language",
          `${translation.originalFile} is written in ${originalLang} already; a translation must be in another language (set \`lang\` in the original if it is not ${originalLang})`,
        ),
      );
    }
  }
  return problems;
}

/**
 * A link in a translation to a section it does not have is, most often, a heading the translator
 * renamed: when the original has that section, the problem says so.
 */
export function explainMissingSection(problem: Problem, originalIds: ReadonlySet<string>): Problem {
  const fragment = /^link "#([^"]+)"/.exec(problem.message)?.[1];
  if (problem.rule !== "references/missing-anchor" || fragment === undefined) return problem;
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    decoded = fragment;
  }
  if (!originalIds.has(fragment) && !originalIds.has(decoded)) return problem;
  return {
    ...problem,
    rule: "translations/missing-section",
    message: `link "#${fragment}" points at a section of the original that this translation does not have; translate that section, or point the link at the translated heading's id (${problem.message.replace(/^.*?; /, "")})`,
  };
}
