/**
 * Structured macro files (`.json`, `.yaml`, `.yml`): every reply in the file is linted as its
 * own reply, with its title and tags as metadata for the apology gate, and findings mapped
 * through the string's offset map (and the HTML map, for HTML bodies) to the file's own line
 * and column.
 *
 * Which strings are replies: `--input-profile`, else the first config `inputs` entry whose
 * `files` match, else the first profile whose reply shape the file has. A file that matches
 * nothing is skipped with a note (shown by `--verbose`), never linted as prose.
 */
import type { InputAdapter, Reply } from './index.js';
import { EMPTY_NOTE, InputError, isStackOverflow, JSON_EXTENSIONS, NO_PROFILE_NOTE, YAML_EXTENSIONS } from './index.js';
import { htmlToText, looksLikeHtml } from './html.js';
import type { OffsetMap } from './offsets.js';
import { composeMaps, toSourceFn } from './offsets.js';
import type { FoundReply, InputEntry, Profile } from './profiles.js';
import { PROFILES, findByPaths, findReplies } from './profiles.js';
import type { LNode } from './tree.js';
import { SyntaxProblem, parseJson, parseYaml } from './tree.js';

const SEPARATOR = '\n\n';

/** Build the reply the engine lints from the strings a profile found. */
export function toReply(found: FoundReply): Reply {
  const parts = found.segments.map((segment) => {
    const value = segment.node.value;
    const fileMap = segment.node.map();
    const html = segment.html === 'auto' ? looksLikeHtml(value) : segment.html;
    if (!html) return { text: value, map: fileMap, skip: [] as { start: number; end: number }[] };
    const h = htmlToText(value);
    return { text: h.text, map: composeMaps(h.map, fileMap), skip: h.skip };
  });
  const text = parts.map((p) => p.text).join(SEPARATOR);
  const map: OffsetMap = new Int32Array(text.length + 1);
  const skip: { start: number; end: number }[] = [];
  let pos = 0;
  parts.forEach((part, n) => {
    map.set(part.map.subarray(0, part.text.length), pos);
    for (const s of part.skip) skip.push({ start: s.start + pos, end: s.end + pos });
    pos += part.text.length;
    const end = part.map[part.text.length]!;
    if (n < parts.length - 1) for (let k = 0; k < SEPARATOR.length; k++) map[pos++] = end;
    else map[pos] = end;
  });
  const meta: Reply['meta'] = {};
  if (found.title) meta.title = found.title;
  if (found.tags.length) meta.tags = found.tags;
  return { text, markdown: false, meta, title: found.title, pointer: found.pointer, toSource: toSourceFn(map), skip };
}

/** Pick how to read this file and collect its replies. */
export function structuredReplies(roots: LNode[], settings: Record<string, unknown>, notes: string[]): FoundReply[] {
  const forced = typeof settings.inputProfile === 'string' && settings.inputProfile !== 'auto' ? settings.inputProfile : null;
  const entry = Array.isArray(settings.inputs) ? (settings.inputs[0] as InputEntry | undefined) : undefined;
  const byName = (name: string): Profile | undefined => PROFILES.find((p) => p.name === name);
  const each = (find: (root: LNode) => FoundReply[]): FoundReply[] =>
    roots.flatMap((root, i) => {
      const found = find(root);
      if (roots.length > 1) for (const f of found) f.pointer = `[document ${i + 1}] ${f.pointer}`;
      return found;
    });
  const report = (found: FoundReply[], how: string): FoundReply[] => {
    notes.push(found.length ? `${how}: ${found.length} ${found.length === 1 ? 'reply' : 'replies'}` : `${how}: no replies found; nothing linted`);
    return found;
  };

  if (forced) {
    const profile = byName(forced);
    if (!profile) throw new InputError(`--input-profile "${forced}" is not one of ${PROFILES.map((p) => p.name).join(', ')}`);
    return report(
      each((root) => findReplies(root, profile)),
      `${profile.label} (--input-profile)`,
    );
  }
  if (entry?.profile) {
    const profile = byName(entry.profile);
    if (profile)
      return report(
        each((root) => findReplies(root, profile)),
        `${profile.label} (config inputs)`,
      );
  }
  if (entry?.text !== undefined) {
    return report(
      each((root) => findByPaths(root, entry)),
      'config inputs paths',
    );
  }
  for (const profile of PROFILES) {
    const found = each((root) => findReplies(root, profile, true));
    if (found.length) return report(found, profile.label);
  }
  notes.push(NO_PROFILE_NOTE);
  return [];
}

function structuredAdapter(name: string, extensions: readonly string[], parse: (text: string) => LNode[], hashDirectives: boolean): InputAdapter {
  return {
    name,
    extensions,
    hashDirectives,
    extract(source, filePath, settings, notes = []) {
      // An empty file is an empty export, as an empty reply is clean: not invalid JSON.
      if (!source.trim()) {
        notes.push(EMPTY_NOTE);
        return [];
      }
      let roots: LNode[];
      try {
        roots = parse(source);
      } catch (error) {
        if (error instanceof SyntaxProblem) throw new InputError(`${filePath}:${error.line}:${error.column}: ${error.message}`);
        if (isStackOverflow(error)) throw new InputError(`${filePath}: invalid ${name.toUpperCase()}: nested too deeply to read`);
        throw error;
      }
      try {
        return structuredReplies(roots, settings, notes).map(toReply);
      } catch (error) {
        // An HTML body nested thousands deep.
        if (isStackOverflow(error)) throw new InputError(`${filePath}: a reply's HTML is nested too deeply to read`);
        throw error;
      }
    },
  };
}

/** `.json` macro exports. */
export const jsonAdapter = structuredAdapter('json', JSON_EXTENSIONS, (text) => [parseJson(text)], false);

/** `.yaml` / `.yml` macro files; `# apology-lint-…` comments are directives. */
export const yamlAdapter = structuredAdapter('yaml', YAML_EXTENSIONS, parseYaml, true);
