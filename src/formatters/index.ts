/**
 * Formatters take result objects and return text; they know nothing of the engine. Built-ins are
 * loaded on demand; any other name is a path to a module whose default export is a formatter
 * (eslint's custom formatter convention).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../config.js';
import { reason } from '../read.js';
import { awaitUserCode } from '../stall.js';
import type { LintResult } from '../types.js';

/** What a formatter knows besides the results. */
export interface FormatterContext {
  cwd: string;
  /** Rule metadata by id, for formatters that describe rules. */
  rulesMeta: Record<string, { description: string; url: string }>;
  /** `--explain`: print the apology gate's decision, score and reasons for every file. */
  explain?: boolean;
}

/** A formatter. One that sets `needsSource` gets each result's text in `result.source`. */
export interface Formatter {
  (results: LintResult[], context: FormatterContext): string;
  needsSource?: boolean;
}

/** A formatter loaded from a module path: it may return a promise of the text, as eslint's may. */
export interface FormatterModule {
  (results: LintResult[], context: FormatterContext): string | Promise<string>;
  needsSource?: boolean;
}

const BUILT_IN = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  compact: async () => (await import('./compact.js')).compact,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
  junit: async () => (await import('./junit.js')).junit,
  checkstyle: async () => (await import('./checkstyle.js')).checkstyle,
  html: async () => (await import('./html.js')).html,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
} satisfies Record<string, () => Promise<Formatter>>;

/** A built-in formatter's name. */
export type FormatterName = keyof typeof BUILT_IN;

/** Names of the built-in formatters. */
export const formatterNames = Object.keys(BUILT_IN) as FormatterName[];

/** Load a formatter by name or module path. */
export async function loadFormatter(name: FormatterName, cwd: string): Promise<Formatter>;
export async function loadFormatter(name: string, cwd: string): Promise<Formatter | FormatterModule>;
export async function loadFormatter(name: string, cwd: string): Promise<Formatter | FormatterModule> {
  const builtIn = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name as FormatterName] : undefined;
  if (builtIn) return builtIn();
  const file = path.resolve(cwd, name);
  if (!existsSync(file)) throw new ConfigError(`--format: unknown formatter "${name}" (built-in: ${formatterNames.join(', ')}; or a path to a module)`);
  // A device (`-f /dev/zero`) would be read by the module loader without end.
  if (!statSync(file).isFile()) throw new ConfigError(`${file}: cannot load formatter: not a regular file`);
  try {
    const mod = (await awaitUserCode(`${file}: the formatter module never finished loading`, import(pathToFileURL(file).href))) as {
      default?: unknown;
    };
    if (typeof mod.default !== 'function') throw new Error('its default export is not a function');
    const format = mod.default as (results: LintResult[], context: FormatterContext) => unknown;
    // The module is the user's code: what it throws, or gives instead of text, is reported as its
    // failure, on one line, not as an internal error of the linter. It may be async, as eslint's
    // formatters may.
    const failed = (error: unknown): never => {
      throw new ConfigError(`${file}: the formatter failed: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`);
    };
    const text = (out: unknown): string => {
      if (typeof out === 'string') return out;
      throw new ConfigError(`${file}: the formatter returned ${out === null ? 'null' : out === undefined ? 'nothing' : `a ${typeof out}`}, not text`);
    };
    const wrapped: FormatterModule = (results, context) => {
      let out: unknown;
      try {
        out = format(results, context);
      } catch (error) {
        failed(error);
      }
      return out instanceof Promise ? awaitUserCode(`${file}: the formatter never finished`, out).then(text, failed) : text(out);
    };
    const needsSource = (format as FormatterModule).needsSource;
    if (needsSource !== undefined) wrapped.needsSource = needsSource;
    return wrapped;
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    // The module itself could not be read: said in words, as for replies.
    const why = (error as NodeJS.ErrnoException).path === file ? reason(error) : (error as Error).message.split('\n')[0];
    throw new ConfigError(`${file}: cannot load formatter: ${why}`);
  }
}

/** A result's path as shown to people: relative inside `cwd`, absolute outside it. */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const rel = path.relative(cwd, filePath);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : filePath;
}
