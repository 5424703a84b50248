/**
 * Input adapters turn a file's text into the replies it holds. A Markdown or text file is one
 * reply; a structured macro export holds many. Each reply says how its offsets map back to the
 * file, so findings point at the file's own line and column.
 */
import path from 'node:path';
import type { ReplyMeta } from '../document.js';
import { markdownAdapter } from './markdown.js';
import { textAdapter } from './text.js';

/** One reply found in a file. */
export interface Reply {
  /** The reply text the engine lints. */
  text: string;
  /** Parse as Markdown. */
  markdown: boolean;
  meta: ReplyMeta;
  /** Title for output (structured files), or null. */
  title: string | null;
  /** Where in the file the reply sits (`macros[3]`), or null for whole-file replies. */
  pointer: string | null;
  /** Map an offset in `text` to an offset in the file; identity when absent. */
  toSource?: (offset: number) => number;
  /** Ranges of `text` that are not prose. */
  skip?: { start: number; end: number }[];
}

/** An input format. */
export interface InputAdapter {
  name: string;
  /** File extensions (lower case, with dot) this adapter reads. */
  extensions: readonly string[];
  /**
   * Whether directories expand to these extensions. Structured and HTML files are linted when
   * named or globbed (or listed with `--ext`), so a folder of configs is never read as replies.
   * Default false.
   */
  directory?: boolean;
  /** Whether `# apology-lint-…` comment lines are directives (text and YAML files). */
  hashDirectives?: boolean;
  /**
   * Extract the replies; throws an `InputError` for a file it cannot read. `notes` collects what
   * `--verbose` shows (the profile found, or why a file was skipped).
   */
  extract(source: string, filePath: string, settings: Record<string, unknown>, notes?: string[]): Reply[];
}

/** A file that cannot be linted; its message is the reason. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Whether `error` is the stack overflowing: the parsers of JSON, YAML and HTML recurse, so input
 * nested thousands deep overflows it. Readers report it as input too deeply nested to read.
 * Told by its message: one from a worker thread arrives as a plain Error, not a RangeError.
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof Error && /call stack/i.test(error.message);
}

/** Adapters ready to use: Markdown and text always; the others once loaded. */
const adapters: InputAdapter[] = [markdownAdapter, textAdapter];

/** Extensions that directories expand to (Markdown and text; see `InputAdapter.directory`). */
export const DEFAULT_EXTENSIONS = adapters.filter((a) => a.directory).flatMap((a) => a.extensions);

/** The note an empty structured file gets (under --verbose). */
export const EMPTY_NOTE = 'empty file: nothing linted';

/** The note a structured file gets when no help desk profile matches it (it is then skipped). */
export const NO_PROFILE_NOTE =
  'skipped: no help desk profile (Zendesk, Freshdesk, Help Scout, Intercom, Front, Gorgias) matches its shape and no config "inputs" entry applies';

/**
 * Formats whose parsers are large (HTML: parse5; help-desk exports: jsonc-parser and yaml) are
 * loaded by the first file that needs them, so a run over Markdown and text replies, and every
 * command-line start, skips them.
 */
/** Extensions of the formats loaded on demand; their adapters declare these same lists. */
export const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm'];
export const JSON_EXTENSIONS: readonly string[] = ['.json'];
export const YAML_EXTENSIONS: readonly string[] = ['.yaml', '.yml'];

const LAZY: { extensions: readonly string[]; load: () => Promise<InputAdapter[]>; loading?: Promise<void> }[] = [
  { extensions: HTML_EXTENSIONS, load: async () => [(await import('./html.js')).htmlAdapter] },
  {
    extensions: [...JSON_EXTENSIONS, ...YAML_EXTENSIONS],
    load: async () => {
      const m = await import('./structured.js');
      return [m.jsonAdapter, m.yamlAdapter];
    },
  },
];

/** Extensions whose reader loads on demand (a test checks they are exactly those the readers declare). */
export const LAZY_EXTENSIONS: readonly string[] = LAZY.flatMap((g) => g.extensions);

function loadGroup(group: (typeof LAZY)[number]): Promise<void> {
  group.loading ??= group.load().then((loaded) => {
    adapters.push(...loaded);
  });
  return group.loading;
}

/** Load the adapter a path needs, when it is one of the formats loaded on demand. */
export async function prepareInput(filePath: string): Promise<void> {
  const ext = path.extname(filePath).toLowerCase();
  const group = LAZY.find((g) => g.extensions.includes(ext));
  if (group) await loadGroup(group);
}

/** Load every input format (the package's entry point does, so `lintSource` reads them all). */
export async function loadInputAdapters(): Promise<void> {
  await Promise.all(LAZY.map(loadGroup));
}

/** The adapter for a path; unknown extensions are read as text. */
export function adapterFor(filePath: string): InputAdapter {
  const ext = path.extname(filePath).toLowerCase();
  const adapter = adapters.find((a) => a.extensions.includes(ext));
  if (adapter) return adapter;
  if (LAZY.some((g) => g.extensions.includes(ext))) throw new Error(`${filePath}: the ${ext} reader is not loaded (call prepareInput first)`);
  return textAdapter;
}
