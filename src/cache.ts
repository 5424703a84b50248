/**
 * `--cache`: results of unchanged files are reused. An entry is keyed by the file's path and
 * holds the hash of its bytes and a key of everything else that decides its result (the
 * resolved config, the package version, the lint options); any difference is a miss. The cache
 * is one JSON file, read once and written atomically (temporary file, then rename) at the end
 * of a run. A missing, unreadable or corrupt cache is treated as empty, never as an error.
 */
import crypto, { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from './config.js';
import type { LintResult } from './types.js';

/** Default `--cache-location`, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/apology-lint/';
/** The file name used when the location is a folder. */
export const CACHE_FILE = 'lint-cache.json';
const FORMAT = 1;

type Entry = [hash: string, key: string, result: Omit<LintResult, 'filePath'>];

interface CacheFile {
  format: number;
  version: string;
  entries: Record<string, Entry>;
}

/** The cache file for a `--cache-location` (a folder when it ends with a slash or is one). */
export function cacheFile(location: string, cwd: string): string {
  const abs = path.resolve(cwd, location);
  const isDir = /[\\/]$/.test(location) || (existsSync(abs) && statSync(abs).isDirectory());
  return isDir ? path.join(abs, CACHE_FILE) : abs;
}

/** Hash of a file's bytes. */
export function contentHash(bytes: Uint8Array): string {
  // One-shot hashing (Node 20.12+) skips the Hash object; the digest is the same.
  return oneShot ? oneShot('sha1', bytes, 'base64') : createHash('sha1').update(bytes).digest('base64');
}

const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array, encoding: 'base64') => string }).hash;

/** A lint cache loaded from disk. */
export class LintCache {
  private entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  private readonly keys = new WeakMap<ResolvedConfig, string>();
  private changed = false;
  /** Hits and misses of this run (for tests and the benchmark). */
  hits = 0;
  misses = 0;

  constructor(
    readonly file: string,
    private readonly version: string,
    private readonly options: Record<string, unknown> = {},
  ) {
    let data: CacheFile | null = null;
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    } catch {
      data = null;
    }
    if (data && data.format === FORMAT && data.version === version && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
      this.entries = Object.assign(Object.create(null) as Record<string, Entry>, data.entries);
    } else if (existsSync(file)) this.changed = true;
  }

  /** The part of an entry's key that comes from the config and options. */
  key(config: ResolvedConfig): string {
    let key = this.keys.get(config);
    if (key === undefined) {
      key = createHash('sha1')
        .update(JSON.stringify([this.version, config.rules, config.settings, config.ignorePatterns, this.options]))
        .digest('base64');
      this.keys.set(config, key);
    }
    return key;
  }

  /** The cached result for a file, when its bytes and key are unchanged. */
  get(filePath: string, hash: string, key: string): LintResult | undefined {
    const entry = this.entries[filePath];
    if (!Array.isArray(entry) || entry[0] !== hash || entry[1] !== key || typeof entry[2] !== 'object' || entry[2] === null) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    return { filePath, ...entry[2] } as LintResult;
  }

  /** Remember a file's result. */
  set(filePath: string, hash: string, key: string, result: LintResult): void {
    const rest: Partial<LintResult> = { ...result };
    delete rest.filePath;
    this.entries[filePath] = [hash, key, rest as Entry[2]];
    this.changed = true;
  }

  /** Write the cache if it changed: a temporary file in the same folder, then a rename. */
  async save(): Promise<void> {
    if (!this.changed) return;
    const data: CacheFile = { format: FORMAT, version: this.version, entries: this.entries };
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      await writeFile(tmp, JSON.stringify(data));
      await rename(tmp, this.file);
    } catch (error) {
      await unlink(tmp).catch(() => undefined);
      throw error;
    }
    this.changed = false;
  }
}
