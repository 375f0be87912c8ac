import assert from "node:assert/strict";
import { test } from "node:test";
import { parseProcStatus, treeMemory } from "../../../../tools/bench/process-memory";

/** Shaped like /proc/<pid>/status on Linux 6 (fields trimmed). */
const NODE_STATUS = `Name:\tnode
Umask:\t0022
State:\tS (sleeping)
Tgid:\t4242
Ngid:\t0
Pid:\t4242
PPid:\t4100
TracerPid:\t0
VmPeak:\t 1234567 kB
VmSize:\t 1200000 kB
VmHWM:\t  400000 kB
VmRSS:\t  350208 kB
RssAnon:\t  300000 kB
Threads:\t11
`;

const KERNEL_THREAD = `Name:\tkworker/0:1
State:\tI (idle)
Tgid:\t17
Pid:\t17
PPid:\t2
Threads:\t1
`;

test("the status file gives pid, parent and resident memory in bytes (VmRSS, not the peak)", () => {
  assert.deepEqual(parseProcStatus(NODE_STATUS), {
    pid: 4242,
    ppid: 4100,
    rssBytes: 350208 * 1024,
  });
});

test("a kernel thread has no resident memory; text that is not a status file gives null", () => {
  assert.deepEqual(parseProcStatus(KERNEL_THREAD), { pid: 17, ppid: 2, rssBytes: 0 });
  assert.equal(parseProcStatus("Name:\tx\n"), null);
});

test("tree memory sums the root and every descendant, and nothing else", () => {
  const mb = 2 ** 20;
  const processes = [
    { pid: 1, ppid: 0, rssBytes: 5 * mb },
    { pid: 100, ppid: 1, rssBytes: 50 * mb }, // the build
    { pid: 101, ppid: 100, rssBytes: 400 * mb }, // gatsby
    { pid: 102, ppid: 101, rssBytes: 300 * mb }, // a worker
    { pid: 103, ppid: 101, rssBytes: 250 * mb }, // another worker
    { pid: 104, ppid: 102, rssBytes: 20 * mb }, // its child
    { pid: 200, ppid: 1, rssBytes: 900 * mb }, // unrelated
  ];
  assert.deepEqual(treeMemory(processes, 100), {
    rssBytes: 1020 * mb,
    processes: 5,
    largestRssBytes: 400 * mb,
  });
  assert.deepEqual(treeMemory(processes, 999), { rssBytes: 0, processes: 0, largestRssBytes: 0 });
});

test("a pid listed twice (read as it was replaced) is counted once", () => {
  const processes = [
    { pid: 10, ppid: 1, rssBytes: 100 },
    { pid: 11, ppid: 10, rssBytes: 50 },
    { pid: 11, ppid: 10, rssBytes: 50 },
  ];
  assert.equal(treeMemory(processes, 10).rssBytes, 150);
});
