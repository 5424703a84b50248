/**
 * Which files to lint: paths, directories and globs from the command line, minus
 * `.apologyignore`, `--ignore-pattern` and the folders never worth reading.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import { ConfigError } from './config.js';
import { InputError } from './inputs/index.js';
import { reason } from './read.js';

/** Options for expanding the command line's paths. */
export interface FileOptions {
  cwd: string;
  extensions: readonly string[];
  /** `--ignore-path` (default `.apologyignore` in cwd). */
  ignorePath?: string;
  ignorePatterns?: string[];
  /** `--no-ignore` turns off ignore files and patterns. */
  useIgnore?: boolean;
  errorOnUnmatchedPattern?: boolean;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

/** Whether a path has a folder that is never linted (`node_modules`, `.git`). */
const inSkippedFolder = (rel: string): boolean => {
  const parts = rel.split(/[\\/]/);
  return parts.includes('node_modules') || parts.includes('.git');
};

/**
 * Build the ignore matcher (paths relative to cwd). `rules` counts the ignore files and patterns
 * in force: without any, only `node_modules` and `.git` are ignored.
 */
export function ignoreMatcher(options: FileOptions): ((rel: string) => boolean) & { rules: number } {
  const ig = ignore();
  let rules = 0;
  if (options.useIgnore !== false) {
    const file = options.ignorePath ? path.resolve(options.cwd, options.ignorePath) : path.join(options.cwd, '.apologyignore');
    if (options.ignorePath && !existsSync(file)) throw new ConfigError(`${file}: cannot read ignore file: no such file`);
    if (existsSync(file)) {
      // A device or pipe (`--ignore-path /dev/zero`) would be read to its end, if it has one.
      if (!statSync(file).isFile()) throw new ConfigError(`${file}: cannot read ignore file: not a regular file`);
      try {
        ig.add(readFileSync(file, 'utf8'));
        rules++;
      } catch (error) {
        throw new ConfigError(`${file}: cannot read ignore file: ${reason(error)}`);
      }
    }
    ig.add(options.ignorePatterns ?? []);
    rules += options.ignorePatterns?.length ?? 0;
  }
  const matcher = (rel: string): boolean => {
    if (inSkippedFolder(rel)) return true;
    if (rel.startsWith('..') || path.isAbsolute(rel) || rel === '') return false;
    // Without ignore rules there is nothing to ask the matcher (it costs more than the check).
    return rules > 0 && ig.ignores(rel);
  };
  return Object.assign(matcher, { rules });
}

/** A matcher for config `ignorePatterns` (gitignore syntax, paths relative to the config file). */
export function patternMatcher(patterns: string[]): (rel: string) => boolean {
  const ig = ignore().add(patterns);
  return (rel: string) => rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && ig.ignores(rel);
}

/** `path.relative(base, file)`, without its work when `file` is an absolute path inside `base`. */
function relativeTo(base: string, file: string): string {
  const prefix = base.endsWith(path.sep) ? base : base + path.sep;
  const plain = file.startsWith(prefix) && !/[\\/](?:\.\.?)?(?:[\\/]|$)/.test(file.slice(prefix.length - 1));
  return plain ? file.slice(prefix.length) : path.relative(base, file);
}

/**
 * The files in a directory and its subfolders whose names end in one of `extensions` (in any case), as
 * absolute paths with `/`. They are the files the recursive glob of those extensions found
 * before (no dot files or folders, symbolic links skipped, `node_modules` left out), read by
 * fdir, the crawler under tinyglobby, without matching a glob against every path (that took most
 * of the time on a folder of 10,000 replies).
 */
async function filesUnder(dir: string, extensions: readonly string[]): Promise<string[]> {
  const { fdir } = await import('fdir');
  // Extensions match in any case (`Reply.MD`), as the reader for a file is chosen.
  const lower = extensions.map((e) => e.toLowerCase());
  return (
    new fdir({
      pathSeparator: '/',
      includeBasePath: true,
      resolvePaths: true,
      excludeSymlinks: true,
      exclude: (name) => name.startsWith('.') || name === 'node_modules',
      filters: [
        (file) => {
          const base = file.slice(file.lastIndexOf('/') + 1);
          const name = base.toLowerCase();
          return !base.startsWith('.') && lower.some((e) => name.endsWith(e));
        },
      ],
    })
      // A folder that cannot be read is an error, not a silent gap in the run.
      .withErrors()
      .crawl(dir)
      .withPromise()
  );
}

/** Expand paths, directories and globs into a sorted, de-duplicated list of files. */
export async function expandPatterns(patterns: string[], options: FileOptions): Promise<string[]> {
  const isIgnored = ignoreMatcher(options);
  const found = new Set<string>();
  for (const pattern of patterns) {
    const abs = path.resolve(options.cwd, pattern);
    let stat;
    try {
      stat = statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES') throw new InputError(`${pattern}: permission denied`);
      if (code === 'ELOOP') throw new InputError(`${pattern}: too many symbolic links (a link loop)`);
      stat = null;
    }
    let matches: string[];
    // The glob library is loaded only when a glob is given.
    const { glob, isDynamicPattern } = stat ? ({} as typeof import('tinyglobby')) : await import('tinyglobby');
    if (stat?.isDirectory()) {
      try {
        matches = await filesUnder(abs, options.extensions);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        // "d/locked: cannot read directory: permission denied", naming the folder that failed.
        const where = e.path ? relativeTo(options.cwd, e.path) || '.' : pattern;
        const why = e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message.split('\n')[0];
        throw new InputError(`${where}: cannot read directory: ${why}`);
      }
    } else if (stat) {
      matches = [abs];
    } else if (isDynamicPattern(pattern)) {
      matches = await glob(pattern, { cwd: options.cwd, absolute: true, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
    } else {
      throw new InputError(`${pattern}: no such file or directory`);
    }
    // The crawl leaves out node_modules and .git below the folder: without ignore rules, its files
    // are all kept unless the folder itself is in one.
    const crawled = stat?.isDirectory() === true && isIgnored.rules === 0;
    const kept = crawled ? (inSkippedFolder(relativeTo(options.cwd, abs)) ? [] : matches) : matches.filter((f) => !isIgnored(relativeTo(options.cwd, f)));
    if (kept.length === 0 && options.errorOnUnmatchedPattern !== false) {
      throw new InputError(`${pattern}: no files matched${matches.length ? ' (all matching files are ignored)' : ''}`);
    }
    for (const f of kept) found.add(f);
  }
  return [...found].sort();
}
