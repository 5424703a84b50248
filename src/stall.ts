/**
 * User code the run waits on: a JavaScript config and a formatter module. When such code waits
 * on a promise that never settles (a top-level `await`, an async formatter that never returns),
 * nothing is left for the event loop to do, and Node ends the process with exit code 13 and no
 * word. The run names the code it was waiting on instead (see `run` in src/cli.ts).
 */

/** What the run waits on now: one line each, such as `<file>: the config never finished loading`. */
const waiting: string[] = [];

/** Wait for `work`, user code described by `stalled` (the line to print if it never settles). */
export async function awaitUserCode<T>(stalled: string, work: Promise<T>): Promise<T> {
  waiting.push(stalled);
  try {
    return await work;
  } finally {
    waiting.splice(waiting.indexOf(stalled), 1);
  }
}

/** The line for the user code the run is waiting on, or null when it waits on none. */
export function stalledOn(): string | null {
  return waiting[0] ?? null;
}
