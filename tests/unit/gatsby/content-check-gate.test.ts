import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, test } from "node:test";
import {
  GATED_STDIO,
  GATE_ENV,
  GATE_FD,
  gateFd,
  sendVerdict,
  type Verdict,
} from "../../../src/gatsby/content-check-gate";

const gateModule = path.resolve("src/gatsby/content-check-gate.ts");

/** A process that waits at the gate as gatsby-node's onPreInit does, and prints what it read. */
function startWaiter() {
  const script = `
    const { gateFd, readVerdict } = require(${JSON.stringify(gateModule)});
    readVerdict(gateFd(process.env)).then((verdict) => console.log("verdict:", verdict));
  `;
  return spawn(process.execPath, ["--import", "tsx", "-e", script], {
    // The build script's stdio, but with stdout piped to read what the process printed.
    stdio: [GATED_STDIO[0], "pipe", GATED_STDIO[2], GATED_STDIO[GATE_FD]],
    env: { ...process.env, [GATE_ENV]: String(GATE_FD) },
  });
}

function outputOf(child: ReturnType<typeof startWaiter>): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("exit", () => resolve(text));
  });
}

describe("the content check's gate", () => {
  for (const verdict of ["pass", "fail"] satisfies Verdict[]) {
    test(`carries "${verdict}" to the waiting process`, async () => {
      const child = startWaiter();
      const output = outputOf(child);
      sendVerdict(child, verdict);
      assert.match(await output, new RegExp(`^verdict: ${verdict}$`, "m"));
    });
  }

  test("reads a pipe closed without a verdict as a failed check", async () => {
    const child = startWaiter();
    const output = outputOf(child);
    (child.stdio[GATE_FD] as NodeJS.WritableStream).end();
    assert.match(await output, /^verdict: fail$/m);
  });

  test("is only in place when the build script set it", () => {
    assert.equal(gateFd({}), null);
    assert.equal(gateFd({ [GATE_ENV]: "3" }), 3);
    assert.equal(gateFd({ [GATE_ENV]: "three" }), null);
  });
});
