/**
 * `--cache`: results of unchanged files are reused. An entry is keyed by the file's path and
 * holds the file's size, modification time and content hash, and a key of everything else that
 * decides its result (the resolved config, the package version, the lint options).
 *
 * A file whose size and modification time are unchanged is a hit without being read. Otherwise
 * its bytes are hashed: the same content (a fresh `git clone`, a `touch`) is still a hit, any
 * other content or key is a miss. With `--cache-strategy content` the bytes are always hashed.
 *
 * The cache is one JSON file, ASCII only (see src/ascii.ts), read once and written atomically
 * (see src/atomic.ts) at the end of a run. Messages are stored once per distinct text: each entry lists, per message, the index of
 * its text without positions and its line and column numbers, so a 10,000-reply repository's
 * cache stays a few megabytes and loads in milliseconds. A missing, unreadable or corrupt cache
 * is treated as empty, never as an error.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { asciiJson, jsonText } from './ascii.js';
import { writeFileAtomic } from './atomic.js';
import type { ResolvedConfig } from './config.js';
import type { ByteSource } from './formatters/stream.js';
import { sourceText } from './formatters/stream.js';
import type { LintMessage, LintResult } from './types.js';

/** Default `--cache-location`, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/apology-lint/';
/** The file name used when the location is a folder. */
export const CACHE_FILE = 'lint-cache.json';
/** How a changed file is told from an unchanged one (`--cache-strategy`). */
export type CacheStrategy = 'metadata' | 'content';
export const CACHE_STRATEGIES: readonly CacheStrategy[] = ['metadata', 'content'];
const FORMAT = 2;

/**
 * One file's entry: its content hash, the index of its key in `keys`, its size and modification
 * time, the index of its result (without `filePath` and with `messages` empty) in `results`, and
 * its messages as groups of five numbers: the index of the message (positions zeroed) in
 * `messages`, then line, column, endLine and endColumn.
 */
type Entry = [hash: string, key: number, size: number, mtime: number, result: number, messages: number[]];

/** The cache file. */
export interface CacheData {
  format: number;
  version: string;
  keys: string[];
  results: string[];
  messages: string[];
  entries: Record<string, Entry>;
}

const ASCII = /^[\x20-\x7e]*$/;

/** The positions a cached message keeps per file; everything else is shared text. */
const POSITIONS = ['line', 'column', 'endLine', 'endColumn'] as const;

/** The cache file for a `--cache-location` (a folder when it ends with a slash or is one). */
export function cacheFile(location: string, cwd: string): string {
  const abs = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(abs) && statSync(abs).isDirectory());
  return isDir ? path.join(abs, CACHE_FILE) : abs;
}

const require = createRequire(import.meta.url);
type Crypto = typeof import('node:crypto') & { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64') => string };
let cryptoModule: Crypto | undefined;
/** node:crypto, loaded when a run first hashes: loading it was about 7 ms of every start, with or without `--cache`. */
const crypto = (): Crypto => (cryptoModule ??= require('node:crypto') as Crypto);

/** Hash of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  // One-shot hashing (Node 20.12+) skips the Hash object; the digest is the same.
  const { hash, createHash } = crypto();
  return hash ? hash('sha1', bytes, 'base64') : createHash('sha1').update(bytes).digest('base64');
}

/** A file's size and modification time, as `fs.statSync` gives them. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** A JSON value copied, so results served from the cache share no objects. */
function copy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copy) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = copy((value as Record<string, unknown>)[k]);
  return out as T;
}

/** A stored text parsed once: a message or result template. */
interface Template {
  value: Record<string, unknown>;
  keys: string[];
  /** Per key: its index in POSITIONS, or -1 for a plain value, -2 for an object to copy. */
  plan: Int8Array;
}

const isIndex = (n: unknown, length: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < length;

/**
 * A template's JSON text cut at its slots (a message's positions, a result's messages), as UTF-8:
 * the text is `pieces[0]`, the value of slot `slots[0]`, `pieces[1]`, and so on.
 */
interface JsonPieces {
  pieces: Buffer[];
  slots: number[];
}

/** Cut a template's JSON text (as `JSON.stringify` writes it) at the keys `slotOf` numbers. */
function cut(t: Template, slotOf: (key: string) => number, open: string): JsonPieces {
  const pieces: string[] = [];
  const slots: number[] = [];
  let text = '';
  t.keys.forEach((k, j) => {
    text += `${j ? ',' : open}${JSON.stringify(k)}:`;
    const slot = slotOf(k);
    if (slot < 0) text += JSON.stringify(t.value[k]);
    else {
      pieces.push(text);
      slots.push(slot);
      text = '';
    }
  });
  pieces.push(t.keys.length ? `${text}}` : open === '{' ? '{}' : '}');
  return { pieces: pieces.map((piece) => Buffer.from(piece)), slots };
}

/** Texts stored once and referred to by index; each parsed once, on first use, as a template. */
class TextTable {
  private index: Map<string, number> | null = null;
  private readonly parsed: (Template | null | undefined)[] = [];
  private readonly cuts: (JsonPieces | null | undefined)[] = [];

  /** `accept` tells a stored object of the expected shape from one edited or damaged by hand. */
  constructor(
    readonly texts: string[] = [],
    private readonly accept: (value: Record<string, unknown>) => boolean = () => true,
  ) {}

  has(i: unknown): i is number {
    return isIndex(i, this.texts.length);
  }

  /** The index of a text, added when new. */
  intern(text: string): number {
    this.index ??= new Map(this.texts.map((t, i) => [t, i]));
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.texts.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** The object a text stands for, with its keys in order; null when it is not a JSON object. */
  template(i: unknown): Template | null {
    if (!this.has(i)) return null;
    let t = this.parsed[i];
    if (t === undefined) {
      try {
        const value = JSON.parse(this.texts[i]!) as unknown;
        if (value && typeof value === 'object' && !Array.isArray(value) && this.accept(value as Record<string, unknown>)) {
          const keys = Object.keys(value);
          const plan = Int8Array.from(keys, (k) => {
            const p = POSITIONS.indexOf(k as (typeof POSITIONS)[number]);
            const v = (value as Record<string, unknown>)[k];
            return p >= 0 ? p : v !== null && typeof v === 'object' ? -2 : -1;
          });
          t = { value: value as Record<string, unknown>, keys, plan };
        } else t = null;
      } catch {
        t = null;
      }
      this.parsed[i] = t;
    }
    return t;
  }

  /** A template's JSON text cut at its slots (see `cut`); null when it is not a JSON object. */
  jsonPieces(i: unknown, slotOf: (key: string) => number, open: string): JsonPieces | null {
    if (!this.has(i)) return null;
    let pieces = this.cuts[i];
    if (pieces === undefined) {
      const t = this.template(i);
      pieces = this.cuts[i] = t && cut(t, slotOf, open);
    }
    return pieces;
  }
}

const positionSlot = (key: string): number => POSITIONS.indexOf(key as (typeof POSITIONS)[number]);
/** A stored result's shape (its messages are stored apart, so its list is empty). */
const resultShape = (r: Record<string, unknown>): boolean =>
  Array.isArray(r.messages) && typeof r.errorCount === 'number' && typeof r.warningCount === 'number' && typeof r.fatalErrorCount === 'number';
/** A stored message's shape (its positions are stored apart). */
const messageShape = (m: Record<string, unknown>): boolean =>
  (m.ruleId === null || typeof m.ruleId === 'string') && (m.severity === 1 || m.severity === 2) && typeof m.message === 'string';
const messagesSlot = (key: string): number => (key === 'messages' ? 0 : -1);

/** Cached results carry their JSON, made on demand (see `cachedJsonBytes`). */
const CACHED_JSON = Symbol('apology-lint.cachedJson');
type JsonOf = () => ByteSource | undefined;

/**
 * The JSON of a result served from the cache, exactly as `JSON.stringify` would write it, as
 * UTF-8 bytes made from the stored texts without serializing the result again: pieces encoded
 * once per stored text are copied straight into the output's buffer, so a report of thousands of
 * cached results is never joined into strings and encoded again. Undefined for other results.
 * It stands for the result as the cache returned it: a copy has none, and a caller that changes
 * the result must not use it (the CLI asks only for results it prints unchanged).
 */
export function cachedJsonBytes(result: LintResult): ByteSource | undefined {
  return (result as { [CACHED_JSON]?: JsonOf })[CACHED_JSON]?.();
}

/** `cachedJsonBytes` as text. */
export function cachedJson(result: LintResult): string | undefined {
  const bytes = cachedJsonBytes(result);
  return bytes && sourceText(bytes);
}

/** Encodes file paths into a target that is not a Buffer. */
const utf8 = new TextEncoder();

/** Whether a position is written digit by digit (a whole number from 0 to 2^31 - 1). */
const isSmall = (n: number): boolean => Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;

/** How many bytes `JSON.stringify` writes for a position (all ASCII). */
function numberLength(n: number): number {
  if (!isSmall(n)) return (Number.isFinite(n) ? String(n) : 'null').length;
  let d = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) d++;
  return d;
}

/** Write a position as `JSON.stringify` does, in the `length` bytes (see `numberLength`) from `at`. */
function writeNumber(out: Uint8Array, at: number, n: number, length: number): void {
  if (isSmall(n)) {
    for (let i = at + length - 1, x = n; i >= at; i--, x = Math.floor(x / 10)) out[i] = 48 + (x % 10);
    return;
  }
  const text = Number.isFinite(n) ? String(n) : 'null';
  for (let i = 0; i < length; i++) out[at + i] = text.charCodeAt(i);
}

/** A lint cache loaded from disk. */
export class LintCache {
  private entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  /** Config keys, results (messages left out) and messages (positions zeroed), each stored once. */
  private keyTable = new TextTable();
  private resultTable = new TextTable();
  private messageTable = new TextTable();
  private readonly keys = new WeakMap<ResolvedConfig, string>();
  /** Files looked up in this run (the others are checked for existence when the cache is saved). */
  private readonly seen = new Set<string>();
  private changed = false;
  /**
   * What the cache location held: nothing (missing, empty or blank), an apology-lint cache (of
   * any version), or some other file, which is neither read nor replaced.
   */
  readonly found: 'nothing' | 'cache' | 'other' = 'nothing';
  /** Hits and misses of this run (for tests and the benchmark). */
  hits = 0;
  misses = 0;

  constructor(
    readonly file: string,
    private readonly version: string,
    private readonly options: object = {},
    readonly strategy: CacheStrategy = 'metadata',
  ) {
    let data: CacheData | null = null;
    let text: string | null = null;
    try {
      // Only a regular file holds a cache: a device or pipe (`--cache-location /dev/null`) is
      // never read, only written (see `save`).
      if (statSync(file).isFile()) text = jsonText(readFileSync(file));
    } catch {
      // Missing or unreadable: a new cache (a write it cannot make is a warning).
    }
    if (text?.trim()) {
      try {
        data = JSON.parse(text) as CacheData;
      } catch {
        data = null;
      }
      // Some other file named as the cache location (a reply, package.json) is never replaced.
      this.found = data !== null && typeof data === 'object' && typeof data.format === 'number' && typeof data.version === 'string' ? 'cache' : 'other';
    }
    const strings = (list: unknown): list is string[] => Array.isArray(list) && list.every((s) => typeof s === 'string');
    if (
      data &&
      data.format === FORMAT &&
      data.version === version &&
      strings(data.keys) &&
      strings(data.results) &&
      strings(data.messages) &&
      data.entries &&
      typeof data.entries === 'object' &&
      !Array.isArray(data.entries)
    ) {
      this.entries = Object.assign(Object.create(null) as Record<string, Entry>, data.entries);
      this.keyTable = new TextTable(data.keys);
      this.resultTable = new TextTable(data.results, resultShape);
      this.messageTable = new TextTable(data.messages, messageShape);
    } else if (existsSync(file)) this.changed = true;
  }

  /** The part of an entry's key that comes from the config and options. */
  key(config: ResolvedConfig): string {
    let key = this.keys.get(config);
    if (key === undefined) {
      key = crypto()
        .createHash('sha1')
        .update(JSON.stringify([this.version, config.rules, config.settings, config.ignorePatterns, this.options]))
        .digest('base64');
      this.keys.set(config, key);
    }
    return key;
  }

  /**
   * The cached result for a file whose size and modification time are unchanged (without reading
   * it), or undefined when its bytes must be read and passed to `get`.
   */
  getByStamp(filePath: string, stamp: FileStamp, key: string): LintResult | undefined {
    this.seen.add(filePath);
    if (this.strategy !== 'metadata') return undefined;
    const entry = this.entries[filePath];
    if (!this.valid(entry) || entry[2] !== stamp.size || entry[3] !== stamp.mtimeMs || this.keyTable.texts[entry[1]] !== key) return undefined;
    return this.result(filePath, entry);
  }

  /** The cached result for a file when its content hash and key are unchanged. */
  get(filePath: string, hash: string, key: string, stamp?: FileStamp): LintResult | undefined {
    this.seen.add(filePath);
    const entry = this.entries[filePath];
    if (!this.valid(entry) || entry[0] !== hash || this.keyTable.texts[entry[1]] !== key) {
      this.misses++;
      return undefined;
    }
    const result = this.result(filePath, entry);
    if (result && stamp && (entry[2] !== stamp.size || entry[3] !== stamp.mtimeMs)) {
      // Same bytes, new time stamp (a checkout, a touch): remember it, so the next run skips the read.
      entry[2] = stamp.size;
      entry[3] = stamp.mtimeMs;
      this.changed = true;
    }
    if (!result) this.misses++;
    return result;
  }

  /** Remember a file's result. */
  set(filePath: string, hash: string, key: string, result: LintResult, stamp?: FileStamp): void {
    this.seen.add(filePath);
    const messages: number[] = [];
    for (const message of result.messages) {
      const zeroed: Record<string, unknown> = { ...message };
      const at: number[] = [];
      for (const p of POSITIONS) {
        at.push(typeof message[p] === 'number' ? (message[p] as number) : 0);
        if (p in zeroed) zeroed[p] = 0;
      }
      messages.push(this.messageTable.intern(JSON.stringify(zeroed)), ...at);
    }
    const rest: Record<string, unknown> = { ...result, messages: [] };
    delete rest.filePath;
    this.entries[filePath] = [
      hash,
      this.keyTable.intern(key),
      stamp?.size ?? -1,
      stamp?.mtimeMs ?? -1,
      this.resultTable.intern(JSON.stringify(rest)),
      messages,
    ];
    this.changed = true;
  }

  /**
   * Write the cache if it changed, atomically (a device or pipe such as /dev/null in place).
   * Entries of files that no longer exist (deleted or renamed replies) are dropped then.
   */
  async save(): Promise<void> {
    if (!this.changed || this.found === 'other') return;
    // Only texts some entry still uses are written, each made ASCII once (they are JSON); then
    // the whole file needs escaping only when a file's path is not ASCII (escaping 4 MB of JSON
    // took longer than writing it).
    const keys = new TextTable();
    const results = new TextTable();
    const messages = new TextTable();
    const moved = (from: TextTable, to: TextTable): ((i: number) => number) => {
      const memo: number[] = [];
      return (i) => (memo[i] ??= to.intern(asciiJson(from.texts[i]!)));
    };
    const key = moved(this.keyTable, keys);
    const result = moved(this.resultTable, results);
    const message = moved(this.messageTable, messages);
    const entries: Record<string, Entry> = {};
    let asciiPaths = true;
    for (const [file, entry] of Object.entries(this.entries)) {
      if (!this.valid(entry) || (!this.seen.has(file) && !existsSync(file))) continue;
      const packed = entry[5].slice();
      for (let i = 0; i < packed.length; i += 5) packed[i] = message(packed[i]!);
      entries[file] = [entry[0], key(entry[1]), entry[2], entry[3], result(entry[4]), packed];
      asciiPaths &&= ASCII.test(file);
    }
    const data: CacheData = { format: FORMAT, version: this.version, keys: keys.texts, results: results.texts, messages: messages.texts, entries };
    await mkdir(path.dirname(this.file), { recursive: true });
    const json = JSON.stringify(data);
    // Not flushed to disk first: a cache lost to a power cut is only rebuilt.
    await writeFileAtomic(this.file, asciiPaths && ASCII.test(this.version) ? json : asciiJson(json), { flush: false });
    this.changed = false;
  }

  /** Whether an entry read from disk has the shape `Entry` (a corrupt one is a miss). */
  private valid(entry: unknown): entry is Entry {
    if (!Array.isArray(entry) || entry.length !== 6) return false;
    const [hash, key, size, mtime, result, messages] = entry as unknown[];
    if (typeof hash !== 'string' || !this.keyTable.has(key) || typeof size !== 'number' || typeof mtime !== 'number') return false;
    return this.resultTable.has(result) && Array.isArray(messages) && messages.length % 5 === 0;
  }

  /** The result an entry stands for, rebuilt; undefined when it does not parse. */
  private result(filePath: string, entry: Entry): LintResult | undefined {
    const base = this.resultTable.template(entry[4]);
    if (!base) return undefined;
    const packed = entry[5];
    const messages: LintMessage[] = [];
    for (let i = 0; i < packed.length; i += 5) {
      const t = this.messageTable.template(packed[i]);
      if (!t) return undefined;
      for (let p = 1; p <= 4; p++) if (typeof packed[i + p] !== 'number') return undefined;
      // A spread copies the stored message's keys, in order, in one step; then its positions are
      // filled in and its nested values copied.
      const { keys, plan, value } = t;
      const message: Record<string, unknown> = { ...value };
      for (let j = 0; j < keys.length; j++) {
        const p = plan[j]!;
        if (p >= 0) message[keys[j]!] = packed[i + 1 + p];
        else if (p === -2) message[keys[j]!] = copy(value[keys[j]!]);
      }
      messages.push(message as unknown as LintMessage);
    }
    const result: Record<string, unknown> = { filePath, ...base.value };
    for (let j = 0; j < base.keys.length; j++) {
      const k = base.keys[j]!;
      if (k === 'messages') result[k] = messages;
      else if (base.plan[j] === -2) result[k] = copy(base.value[k]);
    }
    const json: JsonOf = () => this.jsonBytes(filePath, entry);
    Object.defineProperty(result, CACHED_JSON, { value: json });
    this.hits++;
    return result as unknown as LintResult;
  }

  /**
   * The JSON of the result `result` rebuilds for this entry (undefined when it cannot say): its
   * length is added up first; the pieces and positions are copied in when it is written.
   */
  private jsonBytes(filePath: string, entry: Entry): ByteSource | undefined {
    const base = this.resultTable.jsonPieces(entry[4], messagesSlot, ',');
    if (!base || base.slots.length !== 1) return undefined;
    const [open, close] = base.pieces as [Buffer, Buffer];
    const head = `{"filePath":${JSON.stringify(filePath)}`;
    const headLength = Buffer.byteLength(head);
    const packed = entry[5];
    const parts: JsonPieces[] = [];
    const lengths: number[] = [];
    let byteLength = headLength + open.length + 1 + 1 + close.length;
    for (let i = 0; i < packed.length; i += 5) {
      const m = this.messageTable.jsonPieces(packed[i], positionSlot, '{');
      if (!m) return undefined;
      parts.push(m);
      if (i) byteLength++;
      for (const piece of m.pieces) byteLength += piece.length;
      for (let k = 0; k < m.slots.length; k++) {
        const length = numberLength(packed[i + 1 + m.slots[k]!]!);
        lengths.push(length);
        byteLength += length;
      }
    }
    const writeTo = (out: Uint8Array, from: number): void => {
      // Standard output's chunks are Buffers, which encode in place.
      let at = from + (Buffer.isBuffer(out) ? out.write(head, from) : utf8.encodeInto(head, out.subarray(from)).written);
      out.set(open, at);
      at += open.length;
      out[at++] = 0x5b; // [
      let d = 0;
      for (let n = 0; n < parts.length; n++) {
        if (n) out[at++] = 0x2c; // ,
        const m = parts[n]!;
        const pieces = m.pieces;
        out.set(pieces[0]!, at);
        at += pieces[0]!.length;
        for (let k = 0; k < m.slots.length; k++) {
          const length = lengths[d++]!;
          writeNumber(out, at, packed[n * 5 + 1 + m.slots[k]!]!, length);
          at += length;
          out.set(pieces[k + 1]!, at);
          at += pieces[k + 1]!.length;
        }
      }
      out[at++] = 0x5d; // ]
      out.set(close, at);
    };
    return { byteLength, writeTo };
  }
}
