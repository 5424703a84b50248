/**
 * How many lint threads a run uses (`--concurrency`). Apart from the pool itself (src/pool.ts),
 * so a run that needs no workers does not load worker_threads.
 */
import { availableParallelism } from 'node:os';

/** `--concurrency`: `auto` (a pool above a file-count threshold), `off`, or a number of lint threads. */
export type Concurrency = 'auto' | 'off' | number;

/**
 * Below this many files a pool costs more than it saves: each worker loads the engine and warms
 * up (its first few hundred replies cost three to four times the later ones, and V8 compiles in
 * the background meanwhile) before it pays its way. Measured on two cores with the main thread
 * linting too: 3,000 replies took about 3% longer with a worker than without, 4,000 about 3%
 * less, 10,000 about 20% less.
 */
export const POOL_THRESHOLD = 4000;

/** Parse a `--concurrency` value; null when it is not valid. */
export function parseConcurrency(value: string): Concurrency | null {
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 256) return Number(value);
  return null;
}

/**
 * How many threads lint `fileCount` files, the main thread included: 1 means the main thread
 * alone, with no workers.
 */
export function lintThreads(concurrency: Concurrency, fileCount: number): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') {
    const cores = availableParallelism();
    return cores > 1 && fileCount >= POOL_THRESHOLD ? cores : 1;
  }
  return Math.max(1, Math.min(concurrency, fileCount));
}
