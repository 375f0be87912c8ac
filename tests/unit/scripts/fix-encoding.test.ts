import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { fixEncoding, firstInvalidUtf8, type FixOptions } from "../../../scripts/fix-encoding";
import { SENTENCES } from "../../support/languages";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Lines of the seed post exactly as damaged (UTF-8 read as Windows-1252), with their fix. */
const DAMAGED = [
  "---",
  "title: Recent Advances in Representation Learning",
  "---",
  "",
  "<small>Figure taken from [The Illustrated BERT, ELMo, and co. (How NLP Cracked Transfer Learning) â€“ Jay Alammar â€“ Visualizing machine learning one concept at a time](http://jalammar.github.io/illustrated-bert/).</small>",
  "",
  "This is 50 times larger than BERT ðŸ˜²",
  "",
  "## â€¦ and Graphs!",
  "",
].join("\n");

let folder = "";

before(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "fix-encoding-"));
});

after(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Options that answer like `--yes` and collect the output. */
function quiet(overrides: Partial<FixOptions> = {}): FixOptions & { output: string[] } {
  const output: string[] = [];
  return {
    yes: true,
    interactive: false,
    confirm: () => Promise.reject(new Error("must not ask")),
    print: (text) => output.push(text),
    warn: (text) => output.push(text),
    output,
    ...overrides,
  };
}

test("repairs the seed's damage in place and keeps the original as .bak", async () => {
  const own = await mkdtemp(path.join(folder, "seed-"));
  const file = path.join(own, "post.md");
  await writeFile(file, DAMAGED);
  const options = quiet();
  assert.equal(await fixEncoding(file, options), 0);

  const repaired = await readFile(file, "utf8");
  for (const character of ["😲", "…", "–"]) assert.ok(repaired.includes(character), character);
  for (const garbled of ["â€", "ðŸ"]) assert.ok(!repaired.includes(garbled), garbled);
  assert.equal(repaired.replace("😲", "ðŸ˜²").replace("…", "â€¦").replaceAll("–", "â€“"), DAMAGED);
  assert.deepEqual(await readFile(`${file}.bak`), Buffer.from(DAMAGED, "utf8"));

  const log = options.output.join("\n");
  assert.match(log, /^- 7 \| This is 50 times larger than BERT ðŸ˜²$/m);
  assert.match(log, /^\+ 7 \| This is 50 times larger than BERT 😲$/m);
  assert.match(log, /4 garbled sequences to repair/);
  // No temporary file is left behind.
  assert.deepEqual((await readdir(own)).sort(), ["post.md", "post.md.bak"]);

  const again = quiet();
  assert.equal(await fixEncoding(file, again), 0);
  assert.deepEqual(again.output, [`no garbled text found in ${file}`]);
});

test("never overwrites an earlier backup", async () => {
  const file = path.join(folder, "second.md");
  await writeFile(file, DAMAGED);
  await writeFile(`${file}.bak`, "older backup");
  await writeFile(`${file}.bak.1`, "even older");
  assert.equal(await fixEncoding(file, quiet()), 0);
  assert.equal(await readFile(`${file}.bak`, "utf8"), "older backup");
  assert.equal(await readFile(`${file}.bak.1`, "utf8"), "even older");
  assert.equal(await readFile(`${file}.bak.2`, "utf8"), DAMAGED);
});

test("asks when interactive and writes nothing on no", async () => {
  const file = path.join(folder, "ask.md");
  await writeFile(file, DAMAGED);
  let asked = 0;
  const options = quiet({
    yes: false,
    interactive: true,
    confirm: () => {
      asked += 1;
      return Promise.resolve(false);
    },
  });
  assert.equal(await fixEncoding(file, options), 1);
  assert.equal(asked, 1);
  assert.equal(await readFile(file, "utf8"), DAMAGED);
  await assert.rejects(readFile(`${file}.bak`));
});

test("never touches correct text, in any language: nothing to repair, no backup", async () => {
  const own = await mkdtemp(path.join(folder, "languages-"));
  const file = path.join(own, "post.md");
  const text = `---\ntitle: Many languages\nlang: fr\n---\n\n${Object.values(SENTENCES).join("\n\n")}\n`;
  await writeFile(file, text);
  const options = quiet();
  assert.equal(await fixEncoding(file, options), 0);
  assert.deepEqual(options.output, [`no garbled text found in ${file}`]);
  assert.equal(await readFile(file, "utf8"), text);
  assert.deepEqual(await readdir(own), ["post.md"]);
});

test("repairs the garbled words of a line and keeps its correct French as it is", async () => {
  const own = await mkdtemp(path.join(folder, "mixed-"));
  const file = path.join(own, "post.md");
  await writeFile(file, "Il l’a appelé\u00a0», puis il a dit «\u00a0donâ€™t\u00a0».\n");
  assert.equal(await fixEncoding(file, quiet()), 0);
  assert.equal(
    await readFile(file, "utf8"),
    "Il l’a appelé\u00a0», puis il a dit «\u00a0don’t\u00a0».\n",
  );
});

test("refuses a file that is not UTF-8 and says how to fix it", async () => {
  const file = path.join(folder, "latin1.md");
  const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café" in Latin-1
  await writeFile(file, bytes);
  const options = quiet();
  assert.equal(await fixEncoding(file, options), 1);
  assert.match(options.output.join("\n"), /not valid UTF-8 \(byte 0xe9 at line 1.*re-save/is);
  assert.deepEqual(await readFile(file), bytes);
});

test("firstInvalidUtf8() agrees with a strict decoder", () => {
  const strict = new TextDecoder("utf-8", { fatal: true });
  const samples = [
    [0x61],
    [0xc3, 0xa9],
    [0xc0, 0xaf], // overlong
    [0xed, 0xa0, 0x80], // surrogate
    [0xf4, 0x90, 0x80, 0x80], // above U+10FFFF
    [0xf0, 0x9f, 0x98, 0xb2],
    [0xe2, 0x80],
    [0xff],
  ];
  for (const sample of samples) {
    const bytes = Uint8Array.from(sample);
    let valid = true;
    try {
      strict.decode(bytes);
    } catch {
      valid = false;
    }
    assert.equal(firstInvalidUtf8(bytes) === -1, valid, sample.join(","));
  }
});

test("the CLI without --yes and without a terminal shows the diff and writes nothing", async () => {
  const file = path.join(folder, "cli.md");
  await writeFile(file, DAMAGED);
  const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", path.join(repoRoot, "scripts/fix-encoding.ts"), file],
        { cwd: repoRoot },
        (_error, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }),
      );
      child.stdin?.end();
    },
  );
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /^\+ 9 \| ## … and Graphs!$/m);
  assert.match(result.stderr, /--yes/);
  assert.equal(await readFile(file, "utf8"), DAMAGED);
  await assert.rejects(readFile(`${file}.bak`));
});
