import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { parse, stringify } from "yaml";

const root = process.cwd();
const workflowPath = path.join(root, ".github", "workflows", "deploy.yml");
const validatorCli = path.join(root, "node_modules", "@action-validator", "cli", "cli.mjs");

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  "runs-on"?: unknown;
  needs?: string | string[];
  if?: string;
  permissions?: string | Record<string, string>;
  environment?: string | { name?: string; url?: string };
  env?: Record<string, unknown>;
  steps?: Step[];
}

interface Workflow {
  on?: Record<string, unknown>;
  permissions?: string | Record<string, string>;
  concurrency?: { group?: string; "cancel-in-progress"?: unknown };
  env?: Record<string, unknown>;
  jobs?: Record<string, Job>;
}

function readWorkflow(): Workflow {
  const value: unknown = parse(fs.readFileSync(workflowPath, "utf8"));
  assert.ok(value !== null && typeof value === "object", "deploy.yml is not a YAML mapping");
  return value as Workflow;
}

function runValidator(file: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [validatorCli, file], { cwd: root, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function writeTemporaryWorkflow(name: string, text: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "workflow-test-"));
  const file = path.join(folder, name);
  fs.writeFileSync(file, text);
  return file;
}

function job(workflow: Workflow, name: string): Job {
  const found = workflow.jobs?.[name];
  assert.ok(found, `the workflow has no job \`${name}\``);
  return found;
}

function steps(workflow: Workflow, jobName: string): Step[] {
  const list = job(workflow, jobName).steps;
  assert.ok(Array.isArray(list) && list.length > 0, `job \`${jobName}\` has no steps`);
  return list;
}

function stepIndex(list: Step[], matches: (step: Step) => boolean, what: string): number {
  const index = list.findIndex(matches);
  assert.notEqual(index, -1, `no step ${what}`);
  return index;
}

const runs = (command: string) => (step: Step) => step.run?.trim() === command;
const uses = (action: string) => (step: Step) => step.uses === action;

function needs(jobValue: Job): string[] {
  const value = jobValue.needs;
  return value === undefined ? [] : typeof value === "string" ? [value] : value;
}

function normalizeExpression(value: string | undefined): string {
  return (value ?? "")
    .replace(/^\s*\$\{\{/, "")
    .replace(/\}\}\s*$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function pagesScopes(permissions: Job["permissions"]): string[] {
  if (permissions === undefined) return [];
  // `write-all` (or `read-all`) would hand out every scope, the Pages ones included.
  if (typeof permissions === "string") return [permissions];
  return Object.keys(permissions).filter((scope) => scope === "pages" || scope === "id-token");
}

// Each check throws on a workflow that breaks one promise; the tests run them on the real file
// and on copies broken on purpose, so a check that can never fail is caught too.

function checkTriggers(workflow: Workflow): void {
  const on = workflow.on;
  assert.ok(on && typeof on === "object", "`on` must be a mapping of events");
  assert.ok("pull_request" in on, "pull requests must be tested");
  assert.ok("workflow_dispatch" in on, "the workflow must be startable by hand");
  assert.deepEqual(on.push, { branches: ["main"] }, "pushes to main (only) must run it");
}

function checkDeployOnlyFromMain(workflow: Workflow): void {
  const deploy = job(workflow, "deploy");
  assert.equal(
    normalizeExpression(deploy.if),
    "github.ref == 'refs/heads/main' && github.event_name == 'push'",
  );
  assert.deepEqual(needs(deploy), ["build"]);
  assert.deepEqual(needs(job(workflow, "build")), ["test"]);
}

function checkPagesPermissions(workflow: Workflow): void {
  assert.deepEqual(workflow.permissions, { contents: "read" });
  assert.deepEqual(job(workflow, "deploy").permissions, { pages: "write", "id-token": "write" });
  for (const [name, other] of Object.entries(workflow.jobs ?? {})) {
    if (name === "deploy") continue;
    assert.deepEqual(
      pagesScopes(other.permissions),
      [],
      `job \`${name}\` must not get Pages rights`,
    );
  }
}

function checkBuildUploadsPublic(workflow: Workflow): void {
  const list = steps(workflow, "build");
  const install = stepIndex(list, runs("npm ci"), "running `npm ci` in build");
  const build = stepIndex(list, runs("npm run build"), "running `npm run build`");
  const upload = stepIndex(
    list,
    uses("actions/upload-pages-artifact@v3"),
    "uploading the Pages artifact",
  );
  assert.ok(install < build && build < upload, "install, then build, then upload");
  assert.equal(list[upload]?.with?.path, "public");
  const env = list[build]?.env ?? {};
  assert.equal(normalizeExpression(String(env.SITE_URL)), "vars.SITE_URL");
  assert.equal(normalizeExpression(String(env.PATH_PREFIX)), "vars.PATH_PREFIX");
}

function checkGatsbyCache(workflow: Workflow): void {
  const list = steps(workflow, "build");
  const cacheIndex = stepIndex(list, uses("actions/cache@v4"), "restoring Gatsby's cache");
  assert.ok(cacheIndex < stepIndex(list, runs("npm run build"), "building"), "cache before build");
  const options = list[cacheIndex]?.with ?? {};
  const cachedPaths = String(options.path)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  assert.deepEqual(cachedPaths.sort(), [".blog-cache", ".cache", "public"]);
  const key = String(options.key);
  assert.match(key, /hashFiles\('package-lock\.json'\)/);
  assert.match(key, /hashFiles\('gatsby-config\.ts', 'gatsby-node\.ts'\)/);
  assert.match(key, /github\.sha/);
  const restoreKeys = String(options["restore-keys"])
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  assert.ok(restoreKeys.length > 0, "a new commit must start from the last cache");
  for (const restoreKey of restoreKeys) {
    assert.ok(key.startsWith(restoreKey), `${restoreKey} is not a prefix of the key`);
    // Without these a dependency or config change would restore a cache built by other code.
    assert.match(restoreKey, /hashFiles\('package-lock\.json'\)/);
    assert.match(restoreKey, /hashFiles\('gatsby-config\.ts', 'gatsby-node\.ts'\)/);
    assert.doesNotMatch(restoreKey, /github\.sha/);
  }
}

function checkTestJob(workflow: Workflow): void {
  const testJob = job(workflow, "test");
  assert.equal(testJob["runs-on"], "ubuntu-latest");
  const list = steps(workflow, "test");
  stepIndex(list, uses("actions/checkout@v4"), "checking out the repository");
  const setup = list[stepIndex(list, uses("actions/setup-node@v4"), "setting up Node")];
  assert.equal(String(setup?.with?.["node-version"]), "20");
  assert.equal(setup?.with?.cache, "npm");
  const install = stepIndex(list, runs("npm ci"), "running `npm ci` in test");
  assert.ok(install < stepIndex(list, runs("npm test"), "running `npm test`"));
  assert.equal(testJob.env?.CHROMIUM_PATH, "/usr/bin/google-chrome");
}

const checks = {
  checkTriggers,
  checkDeployOnlyFromMain,
  checkPagesPermissions,
  checkBuildUploadsPublic,
  checkGatsbyCache,
  checkTestJob,
};

test("action-validator accepts the workflow", () => {
  const { status, output } = runValidator(workflowPath);
  assert.equal(status, 0, output);
});

test("action-validator rejects a copy with a schema error", () => {
  const broken = readWorkflow();
  const deploy: Record<string, unknown> = { ...job(broken, "deploy") };
  deploy.runs_on = deploy["runs-on"];
  delete deploy["runs-on"];
  (broken.jobs ?? {}).deploy = deploy;

  // The unbroken copy goes through the same YAML round trip, so only the edit can explain a failure.
  const intact = runValidator(writeTemporaryWorkflow("intact.yml", stringify(readWorkflow())));
  assert.equal(intact.status, 0, intact.output);
  const result = runValidator(writeTemporaryWorkflow("broken.yml", stringify(broken)));
  assert.notEqual(result.status, 0, "a job without runs-on passed validation");
  assert.match(result.output, /runs_on|runs-on/);
});

test("runs on pull requests, pushes to main and by hand", () => {
  checkTriggers(readWorkflow());
  assert.equal(String(readWorkflow().env?.GATSBY_TELEMETRY_DISABLED), "1");
});

test("deploys only from pushes to main, after build, which runs after test", () => {
  checkDeployOnlyFromMain(readWorkflow());
  const deploy = job(readWorkflow(), "deploy");
  assert.deepEqual(deploy.environment, {
    name: "github-pages",
    url: "${{ steps.deployment.outputs.page_url }}",
  });
  const list = steps(readWorkflow(), "deploy");
  const step = list[stepIndex(list, uses("actions/deploy-pages@v4"), "deploying to Pages")];
  assert.equal(step?.id, "deployment");
});

test("only the deploy job can write to Pages", () => {
  checkPagesPermissions(readWorkflow());
});

test("the build job builds with the repository's variables and uploads public/", () => {
  checkBuildUploadsPublic(readWorkflow());
});

test("Gatsby's cache is keyed by the lock file and config, and restored across commits", () => {
  checkGatsbyCache(readWorkflow());
});

test("the test job installs with npm ci and runs npm test against the runner's Chrome", () => {
  checkTestJob(readWorkflow());
});

test("runs on one ref share a concurrency group", () => {
  assert.match(String(readWorkflow().concurrency?.group), /github\.ref/);
});

test("each check fails on a workflow that breaks its promise", () => {
  const breakages: [keyof typeof checks, (workflow: Workflow) => void][] = [
    ["checkTriggers", (w) => void (w.on = { push: { branches: ["main", "dev"] } })],
    ["checkDeployOnlyFromMain", (w) => void delete job(w, "deploy").if],
    ["checkDeployOnlyFromMain", (w) => void (job(w, "build").needs = [])],
    ["checkPagesPermissions", (w) => void (w.permissions = { contents: "read", pages: "write" })],
    ["checkPagesPermissions", (w) => void (job(w, "build").permissions = "write-all")],
    [
      "checkBuildUploadsPublic",
      (w) => {
        const upload = steps(w, "build").find(uses("actions/upload-pages-artifact@v3"));
        if (upload) upload.with = { path: "." };
      },
    ],
    ["checkBuildUploadsPublic", (w) => void steps(w, "build").reverse()],
    [
      "checkGatsbyCache",
      (w) => {
        const cache = steps(w, "build").find(uses("actions/cache@v4"));
        if (cache?.with) cache.with["restore-keys"] = "Linux-gatsby-";
      },
    ],
    [
      "checkTestJob",
      (w) => {
        const npmTest = steps(w, "test").find(runs("npm test"));
        if (npmTest) npmTest.run = "npm run test:unit";
      },
    ],
  ];
  for (const [name, breakIt] of breakages) {
    checks[name](readWorkflow());
    const broken = structuredClone(readWorkflow());
    breakIt(broken);
    assert.throws(() => checks[name](broken), `${name} accepted a broken workflow`);
  }
});
