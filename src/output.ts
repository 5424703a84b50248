/**
 * Where the CLI's report goes, written as results arrive: the streaming formatters (stylish,
 * json, compact) print each file's part as soon as it is known, so no results are kept.
 */
import type { WriteStream } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { removeIfStopped, replaceablePath, tempPathFor, writeFileAtomic } from './atomic.js';
import type { FormatterContext } from './formatters/index.js';
import type { ByteSource, StreamChunk, StreamingFormatter } from './formatters/stream.js';
import { bytesOfSource } from './formatters/stream.js';
import { STREAMING } from './formatters/stream.js';
import { InputError } from './inputs/index.js';

/** The streaming form of a built-in formatter, or null for formatters that take all results. */
export async function streamingFormatter(name: string, context: FormatterContext): Promise<StreamingFormatter | null> {
  const factory = Object.hasOwn(STREAMING, name) ? STREAMING[name] : undefined;
  return factory ? (await factory())(context) : null;
}

/** Set when the reader of standard output has gone (`apology-lint | head`), or writing failed. */
let stdoutClosed = false;
/** Set when writing to standard output failed for another reason (a full disk: `> /dev/full`). */
let stdoutFailed = false;
let watching = false;

/**
 * A reader that stops early (`| head`) closes the pipe: the rest of the report is dropped, and
 * the run still ends with its usual exit code, without an EPIPE stack trace. Any other write
 * failure loses the report: it is said on one line and the run ends with exit code 2.
 */
export function watchStdout(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    stdoutClosed = true;
    if (error.code === 'EPIPE') return;
    if (!stdoutFailed) process.stderr.write(`apology-lint: cannot write to standard output: ${error.code ?? error.message}\n`);
    stdoutFailed = true;
    // The run may have set its exit code already.
    process.exitCode = 2;
  });
}

/** Whether writing to standard output failed (other than its reader going away). */
export function stdoutWriteFailed(): boolean {
  return stdoutFailed;
}

/**
 * Standard output in chunks of STDOUT_CHUNK bytes: a report of 10,000 files is 10,000 small
 * writes otherwise, each a system call. Texts are encoded straight into the chunk (joining them
 * into one string first copied every character once more). What is left is written when the
 * event loop turns (so output still appears as files are linted) and at the end.
 */
const STDOUT_CHUNK = 64 * 1024;
let chunk: Buffer | null = null;
let used = 0;
let scheduled = false;

/**
 * The current chunk with room for `bytes` more bytes (flushed first when they do not fit), with a
 * flush scheduled; null when they are more than a chunk holds, to be written on their own.
 */
function roomFor(bytes: number): Buffer | null {
  if (chunk && used + bytes > chunk.length) flushStdout();
  if (bytes > STDOUT_CHUNK) {
    flushStdout();
    return null;
  }
  chunk ??= Buffer.allocUnsafe(STDOUT_CHUNK);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flushStdout);
  }
  return chunk;
}

function toStdout(text: string): void {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const room = roomFor(text.length * 3);
  if (room) used += room.write(text, used);
  else if (!stdoutClosed) process.stdout.write(text);
}

/** Bytes to standard output, written straight into the same chunks as text; whether they end with a newline. */
function bytesToStdout(source: ByteSource): boolean {
  const room = roomFor(source.byteLength);
  if (!room) {
    const bytes = bytesOfSource(source);
    if (!stdoutClosed) process.stdout.write(bytes);
    return bytes[bytes.length - 1] === 0x0a;
  }
  source.writeTo(room, used);
  used += source.byteLength;
  return room[used - 1] === 0x0a;
}

function flushStdout(): void {
  scheduled = false;
  if (!chunk || !used) return;
  // A pipe may still hold the bytes after `write` returns: the chunk is never reused.
  const bytes = chunk.subarray(0, used);
  chunk = null;
  used = 0;
  if (!stdoutClosed) process.stdout.write(bytes);
}

/**
 * Where the report goes: standard output as it is produced, or a temporary file renamed over the
 * output file once the report is complete (so an output file is never half written). A device
 * (`-o /dev/null`) or named pipe is written in place as the report is produced, and a link is
 * followed (see src/atomic.ts). The report always ends with a newline when it is not empty.
 */
export function outputSink(file: string | null): { write(output: StreamChunk): Promise<void> | undefined; close(): Promise<void>; abort(): Promise<void> } {
  /** Whether anything was written, and whether it ended with a newline. */
  let wrote = false;
  let endsWithNewline = false;
  const target = file ? replaceablePath(file) : null;
  /** What the stream writes to: the output itself when it is written in place, else a temporary file. */
  const streamPath = file ? (target === null ? file : tempPathFor(target)) : null;
  let stream: WriteStream | null = null;
  /** Called once the temporary file is renamed or removed (see `removeIfStopped`). */
  let forget = (): void => undefined;
  let failure: Error | null = null;
  const fail = (error: unknown): InputError =>
    new InputError(`${file}: cannot write output: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  /** One piece: text, or bytes. */
  const writePiece = (piece: string | ByteSource): boolean => {
    if (typeof piece === 'string' ? !piece.length : !piece.byteLength) return true;
    wrote = true;
    if (!streamPath) {
      watchStdout();
      if (typeof piece === 'string') {
        endsWithNewline = piece.endsWith('\n');
        if (!stdoutClosed) toStdout(piece);
      } else if (!stdoutClosed) endsWithNewline = bytesToStdout(piece);
      return true;
    }
    if (!stream) {
      if (target !== null) forget = removeIfStopped(streamPath);
      stream = createWriteStream(streamPath);
      stream.on('error', (error) => (failure ??= error));
    }
    const data = typeof piece === 'string' ? piece : bytesOfSource(piece);
    endsWithNewline = typeof data === 'string' ? data.endsWith('\n') : data[data.length - 1] === 0x0a;
    return stream.write(data);
  };
  const write = (output: StreamChunk): Promise<void> | undefined => {
    let ready = true;
    if (typeof output === 'string') ready = writePiece(output);
    else for (const piece of output) ready = writePiece(piece) && ready;
    // Wait for the file to catch up rather than buffering the report in memory.
    // Both listeners go once either fires: a long report waits for many drains.
    if (!ready && stream && !failure) {
      const s = stream as WriteStream;
      return new Promise((resolve) => {
        const go = (): void => {
          s.off('drain', go).off('error', go);
          resolve();
        };
        s.on('drain', go).on('error', go);
      });
    }
  };
  // `end` calls back with a write's error (a device that is full: `-o /dev/full`) before the
  // stream emits it, so it is kept from there.
  const finish = (s: WriteStream): Promise<void> =>
    new Promise((resolve) =>
      s.end((error?: Error | null) => {
        if (error) failure ??= error;
        resolve();
      }),
    );
  return {
    write,
    async close() {
      if (!streamPath || !file) {
        if (wrote && !endsWithNewline) write('\n');
        flushStdout();
        return;
      }
      try {
        if (stream) await finish(stream);
        if (failure) throw failure;
        if (stream && target !== null) {
          // Flushed to disk before the rename, so an interrupted run leaves the old file whole.
          const handle = await open(streamPath, 'r+');
          await handle.sync().finally(() => handle.close());
          await rename(streamPath, target);
        } else if (!stream) await writeFileAtomic(file, '');
      } catch (error) {
        if (target !== null) await unlink(streamPath).catch(() => undefined);
        throw error instanceof InputError ? error : fail(error);
      } finally {
        forget();
      }
    },
    async abort() {
      flushStdout();
      if (stream) await finish(stream);
      if (streamPath && stream && target !== null) await unlink(streamPath).catch(() => undefined);
      forget();
    },
  };
}
