// `npm run new -- "Post title" [--slug my-slug] [--tags a,b] [--lang ja]`: creates
// content/blog/<slug>/index.md with frontmatter filled in. Never replaces an existing post.
import fs from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  fallbackSlug,
  isLanguageTag,
  newPostMarkdown,
  parseTags,
  slugForTitle,
  slugProblem,
  todayUtc,
} from "../src/lib/posts/new-post";
import { runIfEntryPoint } from "./run-cli";

const USAGE =
  'usage: npm run new -- "Post title" [--slug my-slug] [--tags a,b] [--lang ja] [--content-dir dir]';

function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      tags: { type: "string" },
      lang: { type: "string" },
      "content-dir": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** A path to show: relative to where the command runs when it is inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") || path.isAbsolute(relative)
    ? file
    : relative.split(path.sep).join("/");
}

/** The existing file that already claims this slug, if any. */
function existingPost(contentDir: string, slug: string): string | null {
  const claims = [
    path.join(contentDir, slug, "index.md"),
    path.join(contentDir, slug, "index.mdx"),
    // `x.md` next to the folders is served at /x/ too.
    path.join(contentDir, `${slug}.md`),
  ];
  return claims.find((file) => fs.existsSync(file)) ?? null;
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  const { values } = parsed;
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  // Unquoted words still make one title: `npm run new -- My first post`.
  const title = parsed.positionals.join(" ").replace(/\s+/g, " ").trim();
  if (title === "") {
    console.error(`give the post's title\n${USAGE}`);
    return 1;
  }
  const lang = values.lang?.trim() ?? null;
  if (lang !== null && !isLanguageTag(lang)) {
    console.error(
      `--lang ${JSON.stringify(lang)} is not a language code; use one such as en or ja`,
    );
    return 1;
  }

  const date = todayUtc();
  const fromTitle = slugForTitle(title);
  const slug = values.slug?.trim() ?? fromTitle ?? fallbackSlug(date);
  const problem = slugProblem(slug);
  if (problem !== null) {
    console.error(`${problem}\n${USAGE}`);
    return 1;
  }

  const contentDir = path.resolve(
    values["content-dir"] ?? path.join(process.cwd(), "content/blog"),
  );
  const folder = path.join(contentDir, slug);
  const file = path.join(folder, "index.md");
  const refuse = (existing: string): number => {
    console.error(
      `${shown(existing)} already exists; nothing written. Pick another title or pass ` +
        `--slug <another-slug>.`,
    );
    return 1;
  };
  const existing = existingPost(contentDir, slug);
  if (existing !== null) return refuse(existing);

  const markdown = newPostMarkdown({ title, date, tags: parseTags(values.tags ?? ""), lang });
  await mkdir(folder, { recursive: true });
  try {
    // "wx" fails instead of replacing a file created since the check above.
    await writeFile(file, markdown, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return refuse(file);
    throw error;
  }
  if (values.slug === undefined && fromTitle === null) {
    console.log(
      `The title has no Latin letters, so the post is named after today's date. To choose the ` +
        `URL, delete the folder and run again with --slug my-slug.`,
    );
  }
  console.log(`created ${shown(file)}`);
  return 0;
}

runIfEntryPoint(import.meta.url, main);
