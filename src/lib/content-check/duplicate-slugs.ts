import type { Problem } from "./types";

/** A post or page with the addresses it claims, and the lines that claim them. */
export interface AddressedFile {
  file: string;
  slug: string;
  /** The line of the frontmatter `slug`, or null when the file's folder gives the address. */
  slugLine?: number | null;
  /** Old addresses, each with the frontmatter name it was written under and that name's line. */
  redirectFrom?: ReadonlyArray<{ path: string; field: string; line: number | null }>;
}

function problem(file: string, line: number | null, rule: string, message: string): Problem {
  return { file, line, column: line === null ? null : 1, severity: "error", rule, message };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Two posts that would be served at the same URL: the later one would silently replace the
 * earlier. Every file involved is reported, each naming the others.
 */
export function checkDuplicateSlugs(posts: readonly AddressedFile[]): Problem[] {
  const problems: Problem[] = [];
  for (const [slug, files] of groupBy(posts, (post) => post.slug)) {
    if (files.length < 2) continue;
    for (const post of files) {
      const others = files
        .filter((other) => other !== post)
        .map((other) => other.file)
        .join(", ");
      const fix =
        post.slugLine === undefined || post.slugLine === null
          ? "rename one of the folders"
          : "change the `slug` of one of them";
      problems.push(
        problem(
          post.file,
          post.slugLine ?? null,
          "structure/duplicate-slug",
          `this post and ${others} would both be served at ${slug}; ${fix}`,
        ),
      );
    }
  }
  return problems;
}

/** A post whose address is one the site builds a page of its own at (home, a tag, the archive). */
function slugsOfSitePages(
  files: readonly AddressedFile[],
  sitePages: ReadonlySet<string>,
): Problem[] {
  return files
    .filter((file) => sitePages.has(file.slug))
    .map((file) =>
      problem(
        file.file,
        file.slugLine ?? null,
        "structure/duplicate-slug",
        `this post would be served at ${file.slug}, where the site has a page of its own (a list, a tag or a fixed page); ${file.slugLine === undefined || file.slugLine === null ? "rename the folder" : "change its `slug`"}`,
      ),
    );
}

/**
 * Old addresses that cannot redirect: one claimed by two posts (which one would readers reach?),
 * and one that is already the address of a post, a page or a list, whose page the redirect would
 * replace, this post's own included.
 */
function redirectCollisions(
  files: readonly AddressedFile[],
  sitePages: ReadonlySet<string>,
): Problem[] {
  const claims = files.flatMap((file) =>
    (file.redirectFrom ?? []).map((old) => ({ file: file.file, slug: file.slug, ...old })),
  );
  const servedBy = groupBy(files, (file) => file.slug);
  const problems: Problem[] = [];
  for (const [path, claimants] of groupBy(claims, (claim) => claim.path)) {
    const claimingFiles = [...new Set(claimants.map((claim) => claim.file))];
    for (const claim of claimants) {
      const others = claimingFiles.filter((file) => file !== claim.file);
      const owners = (servedBy.get(path) ?? []).map((file) => file.file);
      const message = `frontmatter \`${claim.field}\`: ${path}`;
      if (others.length > 0) {
        problems.push(
          problem(
            claim.file,
            claim.line,
            "structure/redirect-duplicate",
            `${message} is also an old address of ${others.join(", ")}; an old address can lead to one post only, so remove it from all but one`,
          ),
        );
      }
      if (owners.includes(claim.file)) {
        problems.push(
          problem(
            claim.file,
            claim.line,
            "structure/redirect-conflict",
            `${message} is this post's own address, so it cannot redirect; remove it`,
          ),
        );
      } else if (owners.length > 0) {
        problems.push(
          problem(
            claim.file,
            claim.line,
            "structure/redirect-conflict",
            `${message} is the address of ${owners.join(", ")}, whose page a redirect would replace; remove it`,
          ),
        );
      } else if (sitePages.has(path)) {
        problems.push(
          problem(
            claim.file,
            claim.line,
            "structure/redirect-conflict",
            `${message} is a page the site makes itself (a list, a tag or a fixed page), which a redirect would replace; remove it`,
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * Every address that two things would claim: posts and pages (content/pages) at one address,
 * a post at the address of a list or fixed page (`sitePages`), and old addresses (`redirectFrom`)
 * that clash with each other or with any page.
 */
export function checkAddressCollisions(
  files: readonly AddressedFile[],
  sitePages: ReadonlySet<string>,
): Problem[] {
  return [
    ...checkDuplicateSlugs(files),
    ...slugsOfSitePages(files, sitePages),
    ...redirectCollisions(files, sitePages),
  ];
}
