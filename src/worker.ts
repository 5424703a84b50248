/**
 * A lint worker thread: receives decoded sources with their resolved config, lints them with the
 * same `lintSource` as the main thread, and posts the results back. Configs are sent once per
 * worker and referred to by id, so processors stay cached here too.
 */
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import type { LintOptions } from './lint.js';
import { lintSourceAsync } from './lint.js';

/** Messages the pool sends: a config once per worker, then batches of files to lint. */
export type ToWorker =
  | { type: 'config'; id: number; config: ResolvedConfig }
  | { type: 'lint'; jobs: { id: number; source: string; filePath: string; config: number; options: LintOptions }[] };

/** What a worker sends back: answers to jobs, each with its job's id (the pool matches them up). */
export type FromWorker = ({ id: number; result: unknown } | { id: number; error: { name: string; message: string; stack?: string } })[];

/** Answers sent back in one message (fewer wake-ups; results still arrive as they are made). */
const ANSWERS_PER_MESSAGE = 16;

const port = parentPort;
if (port) {
  const configs = new Map<number, ResolvedConfig>();
  // Answers wait here until there are ANSWERS_PER_MESSAGE of them or the worker has nothing
  // queued: posting each file's answer alone cost more than serializing it.
  let answers: FromWorker = [];
  let scheduled = false;
  const post = (): void => {
    scheduled = false;
    if (!answers.length) return;
    port.postMessage(answers);
    answers = [];
  };
  port.on('message', async (message: ToWorker) => {
    if (message.type === 'config') {
      configs.set(message.id, message.config);
      return;
    }
    for (const job of message.jobs) {
      try {
        const result = await lintSourceAsync(job.source, job.filePath, configs.get(job.config)!, job.options);
        answers.push({ id: job.id, result });
      } catch (error) {
        const e = error as Error;
        answers.push({ id: job.id, error: { name: e?.name ?? 'Error', message: e?.message ?? String(error), stack: e?.stack } });
      }
      if (answers.length >= ANSWERS_PER_MESSAGE) post();
    }
    // Messages already waiting are handled before this runs; then what is left goes.
    if (answers.length && !scheduled) {
      scheduled = true;
      setImmediate(post);
    }
  });
}
