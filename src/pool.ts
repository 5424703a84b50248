/**
 * A pool of lint threads: the main thread and worker threads. The main thread reads files,
 * resolves config and writes results, and between those it lints its own share of the files;
 * workers only lint. Each job goes to the thread with the fewest jobs in flight; callers get one
 * promise per job, so the order of results is whatever order the caller awaits them in.
 */
import { Worker } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import { InputError } from './inputs/index.js';
import type { LintOptions } from './lint.js';
import type { LintResult } from './types.js';
import type { FromWorker, ToWorker } from './worker.js';

/**
 * A worker's young generation: linting makes short-lived garbage, and a small nursery keeps each
 * worker's memory near its live size (peak RSS stays flat as workers are added). At 8 MB the
 * worker spent about a tenth of its time collecting; 16 MB cost about 5 MB more at 10k files
 * and took about 4% off the run; 32 MB cost 25 MB.
 */
const YOUNG_MB = 16;
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

/** A job for the main thread's own share of the linting. */
interface LocalJob extends Job {
  source: string;
  filePath: string;
  config: ResolvedConfig;
  options: LintOptions;
}

/** A running pool of lint threads: the main thread and its workers. */
export class LintPool {
  private readonly slots: Slot[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly configIds = new WeakMap<ResolvedConfig, number>();
  private nextJob = 0;
  private nextConfig = 0;
  private failure: Error | null = null;
  private flushing = false;
  /** The main thread's own jobs, and whether it is working them off. */
  private readonly local: LocalJob[] = [];
  private localBusy = false;
  private engine: Promise<typeof import('./lint.js')> | null = null;

  /**
   * `threads` lint threads: the main thread and `threads - 1` workers. The main thread lints too,
   * between reading files and writing results: on two cores, a third thread that mostly waits
   * cost more (a worker's memory and start-up, results copied back) than linting there.
   */
  constructor(threads: number) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 1; i < threads; i++) {
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

  /** Lint a decoded source on the least busy thread. */
  lint(source: string, filePath: string, config: ResolvedConfig, options: LintOptions): Promise<LintResult> {
    if (this.failure) return Promise.reject(this.failure);
    let slot = this.slots[0];
    for (const s of this.slots) if (s.inFlight < slot!.inFlight) slot = s;
    if (!slot || this.local.length + (this.localBusy ? 1 : 0) <= slot.inFlight) {
      return new Promise<LintResult>((resolve, reject) => {
        this.local.push({ resolve, reject, source, filePath, config, options });
        if (!this.localBusy) {
          this.localBusy = true;
          setImmediate(() => void this.lintLocal());
        }
      });
    }
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
      slot.batch.push({ id, source, filePath, config: configId, options });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /**
   * Lint the main thread's next queued file, then yield to the event loop (worker answers and
   * file reads go on in between) before the next.
   */
  private async lintLocal(): Promise<void> {
    const job = this.local.shift();
    if (!job) {
      this.localBusy = false;
      return;
    }
    try {
      const engine = await (this.engine ??= import('./lint.js'));
      job.resolve(await engine.lintSourceAsync(job.source, job.filePath, job.config, job.options));
    } catch (error) {
      job.reject(error as Error);
    }
    setImmediate(() => void this.lintLocal());
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
