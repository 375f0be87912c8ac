/**
 * Memory of a build's whole process tree, from Linux's /proc: Gatsby runs its work in child
 * processes (workers, sharp, the page renderers), so the parent's own size says little.
 */

export interface ProcessStatus {
  pid: number;
  ppid: number;
  /** Resident set size; 0 for kernel threads and processes that are exiting. */
  rssBytes: number;
}

/** Reads the fields used here from the text of `/proc/<pid>/status`; null if they are missing. */
export function parseProcStatus(text: string): ProcessStatus | null {
  const field = (name: string) => new RegExp(`^${name}:\\s*(\\d+)`, "m").exec(text)?.[1];
  const pid = field("Pid");
  const ppid = field("PPid");
  if (pid === undefined || ppid === undefined) return null;
  const rssKilobytes = /^VmRSS:\s*(\d+)\s*kB/m.exec(text)?.[1];
  return { pid: Number(pid), ppid: Number(ppid), rssBytes: Number(rssKilobytes ?? 0) * 1024 };
}

export interface TreeMemory {
  /** Sum of the resident sizes of the root and all its descendants. */
  rssBytes: number;
  processes: number;
  /** The largest single process of the tree. */
  largestRssBytes: number;
}

/**
 * Memory of `rootPid` and every process below it. Summing resident sizes counts pages shared
 * between processes (libraries, the Node binary) once per process, so this is an upper bound.
 */
export function treeMemory(processes: readonly ProcessStatus[], rootPid: number): TreeMemory {
  const children = new Map<number, ProcessStatus[]>();
  const byPid = new Map<number, ProcessStatus>();
  for (const process of processes) {
    byPid.set(process.pid, process);
    const siblings = children.get(process.ppid) ?? [];
    siblings.push(process);
    children.set(process.ppid, siblings);
  }
  const result: TreeMemory = { rssBytes: 0, processes: 0, largestRssBytes: 0 };
  const root = byPid.get(rootPid);
  if (root === undefined) return result;
  const pending = [root];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const process = pending.pop() as ProcessStatus;
    if (seen.has(process.pid)) continue;
    seen.add(process.pid);
    result.rssBytes += process.rssBytes;
    result.processes += 1;
    result.largestRssBytes = Math.max(result.largestRssBytes, process.rssBytes);
    pending.push(...(children.get(process.pid) ?? []));
  }
  return result;
}
