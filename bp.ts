import { createFixtureProject, runGatsbyBuild } from "/work/wt-xrefs/tests/support/fixture-site";
import { PAPER_POSTS } from "/work/wt-xrefs/tests/support/paper-posts";
const root = createFixtureProject("paper", PAPER_POSTS);
const r = runGatsbyBuild(root);
console.log(r.status, root);
if (r.status !== 0) console.log(r.output.slice(-5000));
