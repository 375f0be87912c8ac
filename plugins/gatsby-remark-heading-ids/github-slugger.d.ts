// github-slugger 1.x ships no types; this is the part of its API the plugin uses.
declare module "github-slugger" {
  class GithubSlugger {
    /** The slug of `value`, unique among the slugs this instance has made (`-1`, `-2`, …). */
    slug(value: string, maintainCase?: boolean): string;
    /** Forgets every slug made so far. */
    reset(): void;
    /** The slug of `value` under the same rule, without counting repeats. */
    static slug(value: string, maintainCase?: boolean): string;
  }
  export = GithubSlugger;
}
