/**
 * Writing files atomically: data goes to a temporary file beside the target, is flushed, and
 * is renamed over the target, so an interrupted write leaves the old file whole.
 *
 * Only a regular file (or a path with nothing there yet) is replaced that way. A device such as
 * `/dev/null` or `/dev/stdout`, or a named pipe, is written in place: a rename would put a
 * regular file where it was. A symbolic link to a file is followed, so the file it points at is
 * replaced and the link kept.
 */
import { lstatSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { open, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The path to replace by a rename when writing `file`, or null when it must be written in place
 * (a device, a named pipe, a socket, or a link that points at nothing yet).
 */
export function replaceablePath(file: string): string | null {
  try {
    const info = statSync(file);
    if (info.isFile()) return realpathSync(file);
    // A directory stays as it is: the rename then fails, and the caller reports why.
    return info.isDirectory() ? file : null;
  } catch {
    try {
      return lstatSync(file).isSymbolicLink() ? null : file;
    } catch {
      return file;
    }
  }
}

/** Signals that stop a run (Ctrl-C, a kill, a closed terminal). */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** Temporary files being written, removed if the process is stopped before they are renamed. */
const temporary = new Set<string>();

function stopped(signal: NodeJS.Signals): void {
  for (const file of temporary) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
  temporary.clear();
  listen(false);
  // Then stop as the signal would have stopped the process without a handler.
  process.kill(process.pid, signal);
}

function listen(on: boolean): void {
  for (const signal of STOP_SIGNALS) {
    if (on) process.on(signal, stopped);
    else process.off(signal, stopped);
  }
}

/**
 * Remove the temporary file `file` if the process is stopped by a signal before the returned
 * function is called (once it is renamed or removed): an interrupted run leaves the old file
 * whole and nothing else behind. The handlers are in place only while such a file exists.
 */
export function removeIfStopped(file: string): () => void {
  if (!temporary.size) listen(true);
  temporary.add(file);
  return () => {
    if (temporary.delete(file) && !temporary.size) listen(false);
  };
}

/** A temporary file's path beside `file`. */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
}

/**
 * Write `data` to `file` atomically (in place when it is a device or pipe, see above). With
 * `flush` (the default) the data is on disk before the rename, so even a power cut leaves the
 * old file or the new one.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: { flush?: boolean } = {}): Promise<void> {
  const target = replaceablePath(file);
  if (target === null) {
    await writeFile(file, data);
    return;
  }
  const tmp = tempPathFor(target);
  const done = removeIfStopped(tmp);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(data);
      if (options.flush !== false) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  } finally {
    done();
  }
}
