/**
 * Linting many files: expand the paths, read with bounded concurrency, resolve each file's
 * config, lint, and hand results on in a stable order.
 */
import path from 'node:path';
import { rules } from '../rules/index.js';
import type { ConfigOptions } from './config.js';
import { ConfigResolver } from './config.js';
import type { FileOptions } from './files.js';
import { expandPatterns, patternMatcher } from './files.js';
import { DEFAULT_EXTENSIONS, InputError } from './inputs/index.js';
import { lintSource } from './lint.js';
import { BinaryFileError, DEFAULT_MAX_FILE_SIZE, readReply } from './read.js';
import type { LintResult } from './types.js';

/** Options of `lintFiles`. */
export interface LintFilesOptions extends ConfigOptions {
  cwd?: string;
  ignorePath?: string;
  ignorePatterns?: string[];
  useIgnore?: boolean;
  errorOnUnmatchedPattern?: boolean;
  reportUnusedDisableDirectives?: boolean;
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
  /** Put each file's text in `result.source` (for formatters that show it). */
  includeSource?: boolean;
}

const CONCURRENCY = 16;

/** Lint files, directories and globs. Results come in sorted path order. */
export async function lintFiles(patterns: string[], options: LintFilesOptions = {}): Promise<LintResult[]> {
  const out: LintResult[] = [];
  for await (const r of lintFilesIter(patterns, options)) out.push(r);
  return out;
}

/** Like `lintFiles`, yielding each result as soon as it and all before it are done. */
export async function* lintFilesIter(patterns: string[], options: LintFilesOptions = {}): AsyncGenerator<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const fileOptions: FileOptions = {
    cwd,
    extensions: DEFAULT_EXTENSIONS,
    ignorePath: options.ignorePath,
    ignorePatterns: options.ignorePatterns,
    useIgnore: options.useIgnore,
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
  };
  const files = await expandPatterns(patterns.length ? patterns : ['.'], fileOptions);
  const resolver = new ConfigResolver({ ...options, cwd });
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const configIgnores = new Map<string, (rel: string) => boolean>();
  const lintOne = async (file: string): Promise<LintResult | null> => {
    const config = await resolver.forFile(file);
    if (config.ignorePatterns.length && options.useIgnore !== false) {
      const base = config.configFile ? path.dirname(config.configFile) : cwd;
      const key = `${base}\0${config.ignorePatterns.join('\0')}`;
      let ignored = configIgnores.get(key);
      if (!ignored) {
        ignored = patternMatcher(config.ignorePatterns);
        configIgnores.set(key, ignored);
      }
      if (ignored(path.relative(base, file))) return null;
    }
    let source: string;
    try {
      source = await readReply(file, maxSize);
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
    return lintSource(source, file, config, options);
  };
  // A sliding window keeps reads concurrent and output in order.
  // Each promise gets a no-op rejection handler so a failure ahead of the one being awaited is
  // reported in order instead of crashing the process as an unhandled rejection.
  const start = (file: string): Promise<LintResult | null> => {
    const p = lintOne(file);
    p.catch(() => undefined);
    return p;
  };
  const pending: Promise<LintResult | null>[] = [];
  let next = 0;
  while (next < files.length && pending.length < CONCURRENCY) pending.push(start(files[next++]!));
  while (pending.length) {
    const result = await pending.shift()!;
    if (next < files.length) pending.push(start(files[next++]!));
    if (result) yield result;
  }
}

/** Rule metadata for formatters. */
export function rulesMeta(): Record<string, { description: string; url: string }> {
  return Object.fromEntries(
    Object.entries(rules).map(([id, r]) => [
      id,
      { description: r.meta.description, url: `https://github.com/apology-lint/apology-lint/blob/main/rules/${id}.md` },
    ]),
  );
}
