// Samples the resident memory of a process and all its descendants from /proc while it runs.
import fs from "node:fs";
import { parseProcStatus, treeMemory, type ProcessStatus } from "./process-memory";

export interface MemoryPeak {
  /** Highest sum over the tree at one sample. */
  rssBytes: number;
  /** Largest single process at any sample. */
  largestProcessRssBytes: number;
  samples: number;
}

function readProcesses(): ProcessStatus[] {
  const processes: ProcessStatus[] = [];
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = parseProcStatus(fs.readFileSync(`/proc/${name}/status`, "utf8"));
      if (status !== null) processes.push(status);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

/** True where memory can be read this way (Linux). */
export function canSampleMemory(): boolean {
  return fs.existsSync("/proc/self/status");
}

/** Starts sampling every `intervalMs`; `stop` returns the peaks seen. */
export function sampleMemory(rootPid: number, intervalMs = 200): { stop: () => MemoryPeak } {
  const peak: MemoryPeak = { rssBytes: 0, largestProcessRssBytes: 0, samples: 0 };
  const sample = () => {
    const tree = treeMemory(readProcesses(), rootPid);
    if (tree.processes === 0) return;
    peak.samples += 1;
    peak.rssBytes = Math.max(peak.rssBytes, tree.rssBytes);
    peak.largestProcessRssBytes = Math.max(peak.largestProcessRssBytes, tree.largestRssBytes);
  };
  const timer = canSampleMemory() ? setInterval(sample, intervalMs) : null;
  return {
    stop: () => {
      if (timer !== null) clearInterval(timer);
      return peak;
    },
  };
}
