/**
 * A pool of lint worker threads. The main thread reads files and resolves config; workers only
 * lint. Each job goes to the worker with the fewest jobs in flight; callers get one promise per
 * job, so the order of results is whatever order the caller awaits them in.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import { InputError } from './inputs/index.js';
import type { LintResult } from './types.js';
import type { FromWorker, ToWorker } from './worker.js';

/** `--concurrency`: `auto` (a pool above a file-count threshold), `off`, or a number of workers. */
export type Concurrency = 'auto' | 'off' | number;

/**
 * Below this many files a pool costs more than it saves: each worker loads the engine (about
 * 0.2 s of CPU) before its first file, and a file lints in about half a millisecond.
 */
export const POOL_THRESHOLD = 2000;

/** Parse a `--concurrency` value; null when it is not valid. */
export function parseConcurrency(value: string): Concurrency | null {
  if (value === 'auto' || value === 'off') return value;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 256) return Number(value);
  return null;
}

/** How many workers to use for `fileCount` files; 0 means lint on the main thread. */
export function poolSize(concurrency: Concurrency, fileCount: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') {
    const cores = availableParallelism();
    return cores > 1 && fileCount >= POOL_THRESHOLD ? cores : 0;
  }
  return Math.min(concurrency, Math.max(1, fileCount));
}

/**
 * A worker's young generation: linting makes short-lived garbage, and a small nursery keeps each
 * worker's memory near its live size (peak RSS stays flat as workers are added).
 */
const YOUNG_MB = 8;
/**
 * A worker's old generation limit. A worker's live heap is about 20 MB; giving V8 an explicit
 * limit makes it collect before growing (a 10k-file run peaks at about 220 MB instead of 330 MB).
 * Files over 1 MB never go to a worker (src/run.ts), so the limit leaves room to spare.
 */
const OLD_MB = 512;

interface Slot {
  worker: Worker;
  inFlight: number;
  configs: Set<number>;
  /** Jobs waiting to be sent in one message. */
  batch: LintJob[];
}

type LintJob = Extract<ToWorker, { type: 'lint' }>['jobs'][number];

interface Job {
  resolve: (r: LintResult) => void;
  reject: (e: Error) => void;
}

/** A running pool of lint workers. */
export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly configIds = new WeakMap<ResolvedConfig, number>();
  private nextJob = 0;
  private nextConfig = 0;
  private failure: Error | null = null;
  private flushing = false;

  constructor(size: number) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: OLD_MB } });
      const slot: Slot = { worker, inFlight: 0, configs: new Set(), batch: [] };
      worker.on('message', (answers: FromWorker) => {
        for (const m of answers) {
          slot.inFlight--;
          const job = this.jobs.get(m.id);
          if (!job) continue;
          this.jobs.delete(m.id);
          if ('error' in m) {
            const error = m.error.name === 'InputError' ? new InputError(m.error.message) : new Error(m.error.message);
            if (m.error.stack) error.stack = m.error.stack;
            job.reject(error);
          } else job.resolve(m.result as LintResult);
        }
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of this.jobs.values()) job.reject(this.failure);
    this.jobs.clear();
  }

  /** Lint a decoded source on the least busy worker. */
  lint(source: string, filePath: string, config: ResolvedConfig, options: { reportUnusedDisableDirectives?: boolean }): Promise<LintResult> {
    if (this.failure) return Promise.reject(this.failure);
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.inFlight < slot.inFlight) slot = s;
    let configId = this.configIds.get(config);
    if (configId === undefined) {
      configId = this.nextConfig++;
      this.configIds.set(config, configId);
    }
    if (!slot.configs.has(configId)) {
      slot.worker.postMessage({ type: 'config', id: configId, config } satisfies ToWorker);
      slot.configs.add(configId);
    }
    const id = this.nextJob++;
    slot.inFlight++;
    return new Promise<LintResult>((resolve, reject) => {
      this.jobs.set(id, { resolve, reject });
      slot.batch.push({ id, source, filePath, config: configId, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Send each worker the jobs queued for it in one message. Jobs queued in the same turn of the
   * event loop (a worker's batch of answers lets that many new files start) travel together, so
   * a worker wakes once per batch rather than once per file.
   */
  private flush(): void {
    this.flushing = false;
    for (const slot of this.slots) {
      if (!slot.batch.length) continue;
      slot.worker.postMessage({ type: 'lint', jobs: slot.batch } satisfies ToWorker);
      slot.batch = [];
    }
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
