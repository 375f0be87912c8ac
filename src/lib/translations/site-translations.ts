/**
 * The translations of a site as the content check sees them, before anything is built: which
 * files are translations, where each will be served, and what is wrong with them.
 */

import type { PostSource, Problem } from "../content-check/types";
import { languageOfFrontmatter, registryFrontmatter } from "./source-language";
import { translationFiles, type TranslationFile } from "./translation-files";
import { translationSlug } from "./translation-path";
import { explainMissingSection, translationProblems } from "./translation-problems";

export interface SiteTranslations {
  isTranslation: (file: string) => boolean;
  /**
   * The address a translation file is served at before its own frontmatter is read (its
   * language's folder, then its original's address); null for originals and for translations
   * that have no original or no language, which keep their folder's address.
   */
  folderSlug: (file: string, originalSlugs: ReadonlyMap<string, string>) => string | null;
  /** A translation's links to sections only its original has, said so. */
  explain: (
    problems: Problem[],
    originalIds: (originalFile: string) => ReadonlySet<string>,
  ) => Problem[];
  problems: Problem[];
}

export function siteTranslations(
  sources: readonly PostSource[],
  defaultLang: string,
): SiteTranslations {
  const translations = translationFiles(sources.map((source) => source.file));
  const byFile = new Map<string, TranslationFile>(
    translations.map((translation) => [translation.file, translation]),
  );
  const sourceByFile = new Map(sources.map((source) => [source.file, source]));
  const originalLanguage = (file: string): string => {
    const source = sourceByFile.get(file);
    const frontmatter = source === undefined ? null : registryFrontmatter(source);
    return frontmatter === null ? defaultLang : languageOfFrontmatter(frontmatter, defaultLang);
  };
  return {
    isTranslation: (file) => byFile.has(file),
    folderSlug: (file, originalSlugs) => {
      const translation = byFile.get(file);
      const originalSlug =
        translation === undefined ? undefined : originalSlugs.get(translation.originalFile);
      if (translation?.code == null || originalSlug === undefined) return null;
      return translationSlug(translation.code.segment, originalSlug);
    },
    explain: (problems, originalIds) =>
      problems.map((problem) => {
        const translation = byFile.get(problem.file);
        return translation === undefined
          ? problem
          : explainMissingSection(problem, originalIds(translation.originalFile));
      }),
    problems: translationProblems(translations, originalLanguage),
  };
}
