/**
 * A lint worker thread: receives decoded sources with their resolved config, lints them with the
 * same `lintSource` as the main thread, and posts the results back. Configs are sent once per
 * worker and referred to by id, so processors stay cached here too.
 */
import { parentPort } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import { lintSource } from './lint.js';

/** Messages the pool sends. */
export type ToWorker =
  | { type: 'config'; id: number; config: ResolvedConfig }
  | { type: 'lint'; id: number; source: string; filePath: string; config: number; reportUnusedDisableDirectives?: boolean };

/** Messages a worker sends back. */
export type FromWorker = { id: number; result: unknown } | { id: number; error: { name: string; message: string; stack?: string } };

const port = parentPort;
if (port) {
  const configs = new Map<number, ResolvedConfig>();
  port.on('message', (message: ToWorker) => {
    if (message.type === 'config') {
      configs.set(message.id, message.config);
      return;
    }
    try {
      const result = lintSource(message.source, message.filePath, configs.get(message.config)!, {
        reportUnusedDisableDirectives: message.reportUnusedDisableDirectives,
      });
      port.postMessage({ id: message.id, result } satisfies FromWorker);
    } catch (error) {
      const e = error as Error;
      port.postMessage({ id: message.id, error: { name: e?.name ?? 'Error', message: e?.message ?? String(error), stack: e?.stack } } satisfies FromWorker);
    }
  });
}
