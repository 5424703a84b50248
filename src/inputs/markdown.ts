import { createRequire } from 'node:module';
import type { ReplyMeta } from '../document.js';
import type { InputAdapter } from './index.js';
import { InputError } from './index.js';

// The YAML parser is loaded on the first front matter, not at startup (most replies have none).
const require = createRequire(import.meta.url);
let parseYaml: ((source: string) => unknown) | undefined;

/** Front matter between `---` lines, with any line ending (CRLF, LF, or a lone CR). */
const FRONTMATTER = /^---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/;

/** Read reply metadata from front matter: `apology`, `channel`, `title`, `tags`. */
export function metaFromFrontmatter(yaml: string, filePath: string): ReplyMeta {
  let data: unknown;
  try {
    parseYaml ??= (require('yaml') as typeof import('yaml')).parse;
    data = parseYaml(yaml);
  } catch (error) {
    throw new InputError(`${filePath}: invalid front matter: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object') return {};
  const d = data as Record<string, unknown>;
  const meta: ReplyMeta = {};
  if (typeof d.apology === 'boolean') meta.apology = d.apology;
  if (typeof d.channel === 'string') meta.channel = d.channel;
  if (typeof d.title === 'string') meta.title = d.title;
  if (Array.isArray(d.tags)) meta.tags = d.tags.map(String);
  return meta;
}

/** Markdown replies, with YAML front matter. */
export const markdownAdapter: InputAdapter = {
  name: 'markdown',
  extensions: ['.md', '.markdown', '.mdown', '.mkd'],
  directory: true,
  extract(source, filePath) {
    const fm = FRONTMATTER.exec(source);
    const meta = fm ? metaFromFrontmatter(fm[1] ?? '', filePath) : {};
    const skip = fm ? [{ start: 0, end: fm[0].length }] : [];
    return [{ text: source, markdown: true, meta, title: meta.title ?? null, pointer: null, skip }];
  },
};
