/**
 * Linting many files: expand the paths, read with bounded concurrency, resolve each file's
 * config, lint, and hand results on in a stable order.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import type { CacheStrategy, FileStamp } from './cache.js';
import { contentHash, LintCache } from './cache.js';
import type { ConfigOptions, ResolvedConfig } from './config.js';
import { ConfigResolver } from './config.js';
import type { FileOptions } from './files.js';
import { expandPatterns, patternMatcher } from './files.js';
import { DEFAULT_EXTENSIONS, InputError, isStackOverflow } from './inputs/index.js';
import type { LintOptions } from './lint.js';
import type { Concurrency } from './concurrency.js';
import { lintThreads } from './concurrency.js';
import type { LintPool } from './pool.js';
import { BinaryFileError, decode, DEFAULT_MAX_FILE_SIZE, readBytes, isSameFile, statIfAny } from './read.js';
import type { LintResult } from './types.js';
import { docsUrl } from './report.js';

/** Options of `lintFiles`. */
export interface LintFilesOptions extends ConfigOptions {
  cwd?: string;
  ignorePath?: string;
  ignorePatterns?: string[];
  useIgnore?: boolean;
  errorOnUnmatchedPattern?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /** Obey no inline directive; warn where each one is (see `LintOptions`). */
  noInlineConfig?: boolean;
  maxFileSize?: number;
  /** Called for files skipped with a warning (binary files). */
  onWarning?: (message: string) => void;
  /** Treat unreadable-as-text files as errors instead of skipping them. */
  strictInput?: boolean;
  /**
   * Called for a file that cannot be read or decoded; linting goes on with the other files.
   * Without it, the first such file throws.
   */
  onFileError?: (message: string) => void;
  /** Lint threads: `auto` (default: one per core from 4,000 files), `off`, or a number of threads, the main thread included. */
  concurrency?: Concurrency;
  /** Lint only shard `index` (1-based) of `count`: a stable slice of the matched files. */
  shard?: { index: number; count: number };
  /** Reuse results of unchanged files from this cache file (see `cacheFile`). */
  cacheFile?: string;
  /** `metadata` (default): an unchanged size and modification time is a hit without reading the file; `content`: always compare content hashes. */
  cacheStrategy?: CacheStrategy;
  /** Extensions directories expand to (default: Markdown and text). Files named or globbed are always read. */
  extensions?: readonly string[];
  /** Put each file's text in `result.source` (for formatters that show it). */
  includeSource?: boolean;
}

/** Files read ahead of the one being reported, on the main thread. */
const WINDOW = 16;
/** With `--cache`, files linted on the main thread before a pool is started for the rest. */
const LINT_BEFORE_POOL = 100;
/** Sources longer than this (in UTF-16 code units) are linted on the main thread, not a worker. */
const POOL_MAX_SOURCE = 1024 * 1024;
/** Files in flight per lint thread when linting on a pool. */
const WINDOW_PER_WORKER = 32;
/** Files started (read) together when the window has this much room (see `lintFilesIter`). */
const READ_BATCH = 16;

/** Parse `--shard i/n`; null when it is not valid. */
export function parseShard(value: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/**
 * The shard a file belongs to: a hash of its path relative to the working directory, so a file
 * stays in its shard when others are added or removed, and every machine agrees.
 */
export function shardOf(relPath: string, count: number): number {
  const rel = relPath.split(path.sep).join('/');
  let h = 0x811c9dc5;
  for (let i = 0; i < rel.length; i++) {
    h ^= rel.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 0) % count) + 1;
}

/** Lint files, directories and globs. Results come in sorted path order. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const out: LintResult[] = [];
  for await (const r of lintFilesIter(patterns, options)) out.push(r);
  return out;
}

/**
 * Whether `file` is one of `files`, by path or, links followed, as the same file. Only an empty
 * file needs the second look: the cache leaves any other file that is not a cache alone.
 */
function lintsFile(files: readonly string[], file: string): boolean {
  if (files.includes(file)) return true;
  const info = statIfAny(file);
  if (!info?.isFile() || info.size > 0) return false;
  return files.some((f) => isSameFile(f, info));
}

/** A file's size and modification time, or undefined when it cannot be read (the read reports why). */
function fileStamp(file: string): FileStamp | undefined {
  try {
    const info = statSync(file, { throwIfNoEntry: false });
    return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** A package.json's version when it is this package's. */
function versionIn(rel: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL(rel, import.meta.url)), 'utf8')) as { name?: string; version?: string };
    return pkg.name === 'apology-lint' && typeof pkg.version === 'string' ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

let version: string | undefined;
/** This package's version (`--version`, and part of every cache key): from dist/src/ or dist/cli/, or from src/ in a checkout. */
export function packageVersion(): string {
  version ??= versionIn('../../package.json') ?? versionIn('../package.json') ?? '0.0.0';
  return version;
}

/** Like `lintFiles`, yielding each result as soon as it and all before it are done. */
export async function* lintFilesIter(patterns: string[], options: LintFilesOptions = {}): AsyncGenerator<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const fileOptions: FileOptions = {
    cwd,
    extensions: options.extensions?.length ? options.extensions : DEFAULT_EXTENSIONS,
    ignorePath: options.ignorePath,
    ignorePatterns: options.ignorePatterns,
    useIgnore: options.useIgnore,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
  };
  let files = await expandPatterns(patterns.length ? patterns : ['.'], fileOptions);
  const shard = options.shard;
  if (shard && shard.count > 1) files = files.filter((f) => shardOf(path.relative(cwd, f), shard.count) === shard.index);
  const resolver = new ConfigResolver({ ...options, cwd });
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const lintOptions: LintOptions = {
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    noInlineConfig: options.noInlineConfig,
    includeSource: options.includeSource,
  };
  const cache = options.cacheFile ? new LintCache(options.cacheFile, packageVersion(), lintOptions, options.cacheStrategy) : null;
  if (cache && lintsFile(files, cache.file)) {
    // The cache itself, in a folder linted with `--ext json`, is not a reply.
    if (cache.found !== 'cache') throw new InputError(`--cache-location ${cache.file}: refusing to overwrite a file being linted`);
    files = files.filter((f) => f !== cache.file);
  }
  if (cache?.found === 'other')
    options.onWarning?.(`${cache.file}: not an apology-lint cache, so it is neither read nor replaced (delete it, or choose another --cache-location)`);
  const threads = lintThreads(options.concurrency ?? 'auto', files.length);
  // The pool starts on the first file that needs linting: a run served from the cache starts none.
  let pool: Promise<LintPool> | null = null;
  let linted = 0;
  // One ignore matcher per config, not per file.
  const configIgnores = new Map<string, (rel: string) => boolean>();
  const ignored = (config: ResolvedConfig, file: string): boolean => {
    const base = config.configFile ? path.dirname(config.configFile) : cwd;
    const key = `${base}\0${config.ignorePatterns.join('\0')}`;
    let matcher = configIgnores.get(key);
    if (!matcher) {
      matcher = patternMatcher(config.ignorePatterns);
      configIgnores.set(key, matcher);
    }
    return matcher(path.relative(base, file));
  };
  let engine: Promise<typeof import('./lint.js')> | undefined;
  const lint = async (source: string, file: string, config: ResolvedConfig): Promise<LintResult> => {
    // With a cache, the first few changed files are linted here: starting workers for the one
    // file a pre-commit hook changed would cost more than linting it.
    // A very large file lints here too: a worker's heap is capped (see src/pool.ts).
    if (threads > 1 && ++linted > (cache ? LINT_BEFORE_POOL : 0) && source.length <= POOL_MAX_SOURCE) {
      pool ??= import('./pool.js').then((m) => new m.LintPool(threads));
      try {
        return await (await pool).lint(source, file, config, lintOptions);
      } catch (error) {
        // A config a worker cannot receive (a JavaScript config holding functions) lints here.
        if ((error as Error)?.name !== 'DataCloneError') throw error;
      }
    }
    // The engine is loaded on the first file that is linted here (not at all when every file
    // comes from the cache or goes to workers).
    engine ??= import('./lint.js');
    return (await engine).lintSourceAsync(source, file, config, lintOptions);
  };
  const lintOne = async (file: string, taken?: FileStamp): Promise<LintResult | null> => {
    const config = await resolver.forFile(file);
    if (config.ignorePatterns.length && options.useIgnore !== false && ignored(config, file)) return null;
    let bytes: Buffer;
    let source: string;
    let hash = '';
    let stamp: FileStamp | undefined;
    try {
      if (cache) {
        // The time stamp is taken before the read: a file changed in between is hashed again next run.
        stamp = taken;
        // A file over --max-file-size is read (and refused) even when an earlier run cached it.
        const hit = stamp && stamp.size <= maxSize && cache.getByStamp(file, stamp, cache.key(config));
        if (hit) return hit;
      }
      bytes = await readBytes(file, maxSize);
      if (cache) {
        hash = contentHash(bytes);
        const hit = cache.get(file, hash, cache.key(config), stamp);
        if (hit) return hit;
      }
      source = decode(bytes, file);
    } catch (error) {
      if (error instanceof BinaryFileError && !options.strictInput) {
        options.onWarning?.(error.message);
        return null;
      }
      if (error instanceof InputError && options.onFileError) {
        options.onFileError(error.message);
        return null;
      }
      throw error;
    }
    let result: LintResult;
    try {
      result = await lint(source, file, config);
    } catch (error) {
      // A macro export that is not valid JSON or YAML: one line with its position, like an
      // unreadable file; the other files are still linted.
      if (error instanceof InputError && options.onFileError) {
        options.onFileError(error.message);
        return null;
      }
      // Whatever nesting no reader guards against: one line for this file, the rest still linted.
      if (options.onFileError && isStackOverflow(error)) {
        options.onFileError(`${file}: nested too deeply to read`);
        return null;
      }
      throw error;
    }
    if (cache) cache.set(file, hash, cache.key(config), result, stamp);
    return result;
  };
  // A sliding window keeps reads (and workers) busy and output in order.
  // Each promise gets a no-op rejection handler so a failure ahead of the one being awaited is
  // reported in order instead of crashing the process as an unhandled rejection.
  const start = (file: string, stamp: FileStamp | undefined): Promise<LintResult | null> => {
    const p = lintOne(file, stamp);
    p.catch(() => undefined);
    return p;
  };
  const window = threads > 1 ? WINDOW + threads * WINDOW_PER_WORKER : WINDOW;
  const pending: Promise<LintResult | null>[] = [];
  let next = 0;
  // Files are started a batch at a time, and with a cache each batch's time stamps are taken
  // back to back first: a file read or stat right after another takes about half as long as one
  // between two replies' linting (the system calls run warm). 1,000 replies read in 36 to 49 ms
  // instead of about 80; a warm run over 10,000 cached replies spends about 100 ms in its stats
  // instead of 170 or more (in CPU profiles; about 20 ms less wall time).
  const fill = (): void => {
    const from = next;
    next = Math.min(files.length, next + window - pending.length);
    const stamps = cache ? files.slice(from, next).map(fileStamp) : [];
    for (let i = from; i < next; i++) pending.push(start(files[i]!, stamps[i - from]));
  };
  try {
    fill();
    while (pending.length) {
      const result = await pending.shift()!;
      if (pending.length <= window - READ_BATCH) fill();
      if (result) yield result;
    }
    if (cache) {
      try {
        await cache.save();
      } catch (error) {
        options.onWarning?.(`${cache.file}: cannot write the cache: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    }
  } finally {
    await (await (pool as Promise<LintPool> | null))?.close();
  }
}

/** Rule metadata for formatters. */
export function rulesMeta(): Record<string, { description: string; url: string }> {
  return Object.fromEntries(Object.entries(rules).map(([id, r]) => [id, { description: r.meta.description, url: docsUrl(id) }]));
}
