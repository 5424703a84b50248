/**
 * Reading reply files: decoding (UTF-8, UTF-8 with BOM, UTF-16 with BOM), refusing binary files
 * and invalid UTF-8 with a one-line reason, and a size limit.
 */
import fs from 'node:fs';
import { InputError } from './inputs/index.js';

/** Default `--max-file-size`: larger files are refused with a clear message. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/** A file that is not text (it is skipped with a warning, not an error). */
export class BinaryFileError extends InputError {
  override name = 'BinaryFileError';
}

/** Why a file could not be read, in words (`no such file`, `permission denied`). */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many symbolic links (a link loop)';
    default:
      return (error as Error).message.split('\n')[0] ?? 'cannot read';
  }
}

/** A path's stats, links followed; undefined when it cannot be had (missing, or out of reach). */
export function statIfAny(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Whether `file`, links followed, is the file `target` stats describe. */
export function isSameFile(file: string, target: fs.Stats): boolean {
  const info = statIfAny(file);
  return info !== undefined && info.ino === target.ino && info.dev === target.dev;
}

/** Magic numbers of binary formats that often get committed next to replies by mistake. */
const MAGIC: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  // Before the UTF-16 LE check: a UTF-32 LE byte order mark starts with the UTF-16 LE one.
  ['UTF-32 text; convert it to UTF-8', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 text; convert it to UTF-8', [0x00, 0x00, 0xfe, 0xff]],
];

/** Decode bytes to text; throws InputError/BinaryFileError naming `filePath`. */
export function decode(bytes: Uint8Array, filePath: string): string {
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw new BinaryFileError(`${filePath}: binary file (${kind}), skipped`);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new BinaryFileError(`${filePath}: binary file (contains NUL bytes), skipped`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const i = firstInvalidUtf8(bytes);
    throw new InputError(`${filePath}: invalid UTF-8 (first bad byte at offset ${i}); convert the file to UTF-8`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Files up to this size are read in one synchronous step (see `readBytes`). */
const SMALL_FILE = 256 * 1024;

/**
 * Read a file's bytes, refusing directories and files over `maxSize`. A reply-sized file is read
 * synchronously: from the page cache that takes about 15 µs, while each of the four asynchronous
 * steps (open, fstat, read, close) costs a thread-pool round trip of about as much again, which
 * dominated a run served from the cache. Larger files are read asynchronously.
 */
export function readBytes(filePath: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch (error) {
    return Promise.reject(new InputError(`${filePath}: ${reason(error)}`));
  }
  let info: fs.Stats;
  try {
    info = fs.fstatSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    return Promise.reject(new InputError(`${filePath}: ${reason(error)}`));
  }
  // A pipe or a device is read from this descriptor: closing it and opening the path again would
  // drop what a writer has already sent to a named pipe, and then wait for a writer that has gone.
  if (!info.isFile() && !info.isDirectory()) {
    return new Promise((resolve, reject) => {
      readToEnd(fd, filePath, maxSize, (error, bytes) => fs.close(fd, () => (error ? reject(asInputError(filePath, error)) : resolve(bytes!))));
    });
  }
  // Larger files, and files over the limit (refused there), take the asynchronous path.
  if (!info.isFile() || info.size === 0 || info.size > SMALL_FILE || info.size > maxSize) {
    fs.closeSync(fd);
    return readBytesAsync(filePath, maxSize);
  }
  try {
    const buffer = Buffer.allocUnsafe(info.size);
    let filled = 0;
    for (let n = -1; n !== 0 && filled < buffer.length; filled += n) n = fs.readSync(fd, buffer, filled, buffer.length - filled, filled);
    return Promise.resolve(buffer.subarray(0, filled));
  } catch (error) {
    return Promise.reject(new InputError(`${filePath}: ${reason(error)}`));
  } finally {
    fs.closeSync(fd);
  }
}

/** A size as limits are given and reported: megabytes, or kilobytes below a tenth of one. */
const sizeText = (bytes: number): string => (bytes >= 0.1 * 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);

/** A read error as the one line a user sees: `<file>: <reason>`. */
function asInputError(filePath: string, error: unknown): InputError {
  return error instanceof InputError ? error : new InputError(`${filePath}: ${reason(error)}`);
}

/** Read a file's bytes asynchronously: one open, fstat, read and close. */
function readBytesAsync(filePath: string, maxSize: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fail = (error: unknown): void => reject(asInputError(filePath, error));
    fs.open(filePath, 'r', (openError, fd) => {
      if (openError) return fail(openError);
      const done = (error: unknown, bytes?: Buffer): void => fs.close(fd, () => (error ? fail(error) : resolve(bytes!)));
      fs.fstat(fd, (statError, info) => {
        if (statError) return done(statError);
        if (info.isDirectory()) return done(new InputError(`${filePath}: is a directory`));
        if (info.size > maxSize)
          return done(new InputError(`${filePath}: file is ${sizeText(info.size)}, over the --max-file-size limit of ${sizeText(maxSize)}`));
        if (!info.isFile() || info.size === 0) {
          // Pipes, devices and files whose size is not known up front: read to the end, or to
          // the limit (`/dev/zero` has no end).
          readToEnd(fd, filePath, maxSize, done);
          return;
        }
        const buffer = Buffer.allocUnsafe(info.size);
        let filled = 0;
        const more = (): void => {
          fs.read(fd, buffer, filled, buffer.length - filled, filled, (readError, n) => {
            if (readError) return done(readError);
            filled += n;
            if (n === 0 || filled === buffer.length) return done(null, buffer.subarray(0, filled));
            more();
          });
        };
        more();
      });
    });
  });
}

/** The error for input of unknown size that goes past `maxSize` bytes. */
export function overLimit(name: string, maxSize: number): InputError {
  return new InputError(`${name}: more than ${sizeText(maxSize)}, over the --max-file-size limit of ${sizeText(maxSize)}`);
}

/** Read from `fd` to its end, chunk by chunk, refusing more than `maxSize` bytes. */
function readToEnd(fd: number, filePath: string, maxSize: number, done: (error: unknown, bytes?: Buffer) => void): void {
  const chunks: Buffer[] = [];
  let total = 0;
  const more = (): void => {
    const chunk = Buffer.allocUnsafe(READ_CHUNK);
    fs.read(fd, chunk, 0, chunk.length, null, (error, n) => {
      if (error) return done(error);
      if (n === 0) return done(null, Buffer.concat(chunks, total));
      total += n;
      if (total > maxSize) return done(overLimit(filePath, maxSize));
      chunks.push(chunk.subarray(0, n));
      more();
    });
  };
  more();
}

/** Bytes read at a time from input of unknown size. */
const READ_CHUNK = 64 * 1024;

/** Read and decode a reply file. */
export async function readReply(filePath: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<string> {
  return decode(await readBytes(filePath, maxSize), filePath);
}
