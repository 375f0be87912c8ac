import os from "node:os";

/**
 * How many tasks to keep in flight when each one hands its heavy part to native threads (resvg,
 * sharp): one per core keeps every core busy while the main thread prepares the next task.
 */
export function defaultParallelism(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * `task` applied to every item with at most `limit` running at once; results keep the items'
 * order. The first failure rejects the whole call, but tasks already started are awaited first,
 * so no write is left half-done behind the caller's error handling.
 */
export async function mapInParallel<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`mapInParallel needs a whole number limit of at least 1, not ${limit}`);
  }
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | null = null;
  async function worker(): Promise<void> {
    while (failure === null && next < items.length) {
      const index = next;
      next += 1;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure !== null) throw (failure as { error: unknown }).error;
  return results;
}
