/**
 * Profiles: where each help desk's export keeps the reply text, its title and its tags.
 *
 * A profile recognises one reply object (a Zendesk macro, a Freshdesk canned response…) by its
 * fields; the file is searched from the top for such objects (a bare list, `{"macros": […]}`,
 * `{"data": […]}`, `{"_results": […]}` and the like), so list responses, single-object
 * responses and hand-kept collections all work. The generic profile follows paths from the
 * config instead (see paths.ts).
 */
import type { Location } from './paths.js';
import { evaluatePath, formatLocation, parsePath, wildcardCount } from './paths.js';
import type { LNode, LObject, LString } from './tree.js';

/** One string that is (part of) a reply, and whether it is HTML (`auto`: if it looks like it). */
export interface Segment {
  node: LString;
  html: boolean | 'auto';
}

/** A reply a profile found. */
export interface FoundReply {
  /** Where it is: `macros[3]`. */
  pointer: string;
  title: string | null;
  tags: string[];
  segments: Segment[];
}

/** A help desk export format. */
export interface Profile {
  name: string;
  /** How output and docs name it. */
  label: string;
  /** Is this object one reply of this format? */
  match(item: LObject): boolean;
  /**
   * A stricter test for auto-detection, where formats with the same fields (Intercom and Front
   * both have `name` and `body`) must be told apart; `match` when absent.
   */
  detect?(item: LObject): boolean;
  /** The replies in a matching object (usually one). */
  extract(item: LObject, location: Location): FoundReply[];
}

/** A config `inputs` entry. */
export interface InputEntry {
  files: string | string[];
  profile?: string;
  text?: string | string[];
  title?: string;
  tags?: string;
  html?: boolean | 'auto';
}

const get = (o: LObject, key: string): LNode | undefined => o.entries.get(key);
const str = (o: LObject, key: string): LString | undefined => {
  const v = o.entries.get(key);
  return v?.kind === 'string' ? v : undefined;
};
const text = (o: LObject, key: string): string | null => str(o, key)?.value ?? null;
const objects = (node: LNode | undefined): LObject[] => (node?.kind === 'array' ? node.items.filter((i): i is LObject => i.kind === 'object') : []);
const obj = (node: LNode | undefined): LObject | undefined => (node?.kind === 'object' ? node : undefined);
const filled = (s: LString | undefined): s is LString => s !== undefined && s.value.trim() !== '';

/** Tags written as `"a b"`, `"a, b"`, `["a", "b"]` or `[{ "name": "a" }]`. */
export function tagsOf(node: LNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'string') return node.value.split(/[\s,]+/).filter(Boolean);
  if (node.kind === 'array') {
    return node.items.flatMap((i) => (i.kind === 'string' ? [i.value] : i.kind === 'object' ? [text(i, 'name') ?? ''].filter(Boolean) : []));
  }
  return [];
}

/** Zendesk comment actions: `{ "field": "comment_value", "value": "…" | ["channel:all", "…"] }`. */
function zendeskComment(action: LObject): Segment | null {
  const field = text(action, 'field');
  if (field !== 'comment_value' && field !== 'comment_value_html') return null;
  const value = get(action, 'value');
  let node: LString | undefined;
  if (value?.kind === 'string') node = value;
  else if (value?.kind === 'array') {
    const last = value.items[value.items.length - 1];
    if (last?.kind === 'string') node = last;
  }
  return filled(node) ? { node, html: field === 'comment_value_html' ? 'auto' : false } : null;
}

const zendesk: Profile = {
  name: 'zendesk',
  label: 'Zendesk macros',
  match: (item) => objects(get(item, 'actions')).some((a) => /^comment_value(?:_html)?$/.test(text(a, 'field') ?? '')),
  extract(item, location) {
    const actions = objects(get(item, 'actions'));
    const comments = actions.map(zendeskComment).filter((s): s is Segment => s !== null);
    const html = comments.filter((s) => s.html !== false);
    const tags = actions.filter((a) => /^(?:current_tags|set_tags)$/.test(text(a, 'field') ?? '')).flatMap((a) => tagsOf(get(a, 'value')));
    const segments = html.length ? html : comments;
    return segments.length ? [{ pointer: formatLocation(location), title: text(item, 'title') ?? text(item, 'raw_title'), tags, segments }] : [];
  },
};

const gorgias: Profile = {
  name: 'gorgias',
  label: 'Gorgias macros',
  match: (item) => objects(get(item, 'actions')).some((a) => filled(argument(a, 'body_html')) || filled(argument(a, 'body_text'))),
  extract(item, location) {
    const actions = objects(get(item, 'actions'));
    const segments: Segment[] = [];
    for (const a of actions) {
      const html = argument(a, 'body_html');
      const plain = argument(a, 'body_text');
      if (filled(html)) segments.push({ node: html, html: 'auto' });
      else if (filled(plain)) segments.push({ node: plain, html: false });
    }
    const tags = [
      ...tagsOf(get(item, 'tags')),
      ...actions.filter((a) => text(a, 'name') === 'addTags').flatMap((a) => tagsOf(get(obj(get(a, 'arguments')) ?? a, 'tags'))),
    ];
    return segments.length ? [{ pointer: formatLocation(location), title: text(item, 'name'), tags, segments }] : [];
  },
};

function argument(action: LObject, key: string): LString | undefined {
  const args = obj(get(action, 'arguments'));
  return args ? str(args, key) : undefined;
}

const freshdesk: Profile = {
  name: 'freshdesk',
  label: 'Freshdesk canned responses',
  match: (item) => str(item, 'title') !== undefined && (filled(str(item, 'content_html')) || filled(str(item, 'content'))),
  extract(item, location) {
    const html = str(item, 'content_html');
    const segment: Segment = filled(html) ? { node: html, html: 'auto' } : { node: str(item, 'content')!, html: false };
    return [{ pointer: formatLocation(location), title: text(item, 'title'), tags: tagsOf(get(item, 'tags')), segments: [segment] }];
  },
};

const helpscout: Profile = {
  name: 'helpscout',
  label: 'Help Scout saved replies',
  match: (item) => str(item, 'name') !== undefined && (filled(str(item, 'text')) || filled(str(item, 'chatText'))) && !get(item, 'body'),
  extract(item, location) {
    const title = text(item, 'name');
    const out: FoundReply[] = [];
    const email = str(item, 'text');
    const chat = str(item, 'chatText');
    if (filled(email)) out.push({ pointer: formatLocation(location), title, tags: [], segments: [{ node: email, html: 'auto' }] });
    // The chat version is a second reply with its own wording.
    if (filled(chat)) out.push({ pointer: formatLocation([...location, 'chatText']), title, tags: [], segments: [{ node: chat, html: false }] });
    return out;
  },
};

/** `name` + `body` (HTML) or `body_text`: Intercom macros and Front message templates. */
function nameBody(name: string, label: string, detect: (item: LObject) => boolean): Profile {
  const match = (item: LObject): boolean => str(item, 'name') !== undefined && (filled(str(item, 'body')) || filled(str(item, 'body_text')));
  return {
    name,
    label,
    match,
    detect: (item) => match(item) && detect(item),
    extract(item, location) {
      const body = str(item, 'body');
      const segment: Segment = filled(body) ? { node: body, html: 'auto' } : { node: str(item, 'body_text')!, html: false };
      return [{ pointer: formatLocation(location), title: text(item, 'name'), tags: tagsOf(get(item, 'tags')), segments: [segment] }];
    },
  };
}

const intercom = nameBody(
  'intercom',
  'Intercom macros',
  (item) => /^(?:macro|saved_reply)$/.test(text(item, 'type') ?? '') || get(item, 'body_text') !== undefined,
);
const front = nameBody('front', 'Front message templates', () => true);

/** Profiles in the order auto-detection tries them (most specific first). */
export const PROFILES: readonly Profile[] = [zendesk, gorgias, freshdesk, helpscout, intercom, front];

/** Names accepted by `--input-profile` and `inputs[].profile`. */
export const PROFILE_NAMES: readonly string[] = PROFILES.map((p) => p.name);

/** How deep under the top level reply objects are looked for (`{ "groups": [{ "macros": [ … ] }] }` is 4). */
const MAX_DEPTH = 4;

/** The replies `profile` finds in a file's top-level value; `detecting` applies its stricter test. */
export function findReplies(root: LNode, profile: Profile, detecting = false): FoundReply[] {
  const out: FoundReply[] = [];
  const test = detecting && profile.detect ? profile.detect : profile.match;
  const visit = (node: LNode, location: Location): void => {
    if (node.kind === 'object') {
      if (test(node)) {
        out.push(...profile.extract(node, location));
        return;
      }
      if (location.length >= MAX_DEPTH) return;
      for (const [key, value] of node.entries) if (value.kind === 'object' || value.kind === 'array') visit(value, [...location, key]);
    } else if (node.kind === 'array' && location.length < MAX_DEPTH) {
      node.items.forEach((item, i) => visit(item, [...location, i]));
    }
  };
  visit(root, []);
  return out;
}

/** The replies a config `inputs` entry with `text` paths finds. */
export function findByPaths(root: LNode, entry: InputEntry): FoundReply[] {
  const out: FoundReply[] = [];
  const title = entry.title ? parsePath(entry.title) : null;
  const tags = entry.tags ? parsePath(entry.tags) : null;
  const html = entry.html ?? 'auto';
  for (const path of Array.isArray(entry.text) ? entry.text : [entry.text ?? '']) {
    for (const m of evaluatePath(root, parsePath(path))) {
      if (m.node.kind !== 'string' || !filled(m.node)) continue;
      const t = title ? evaluatePath(root, title, m.bindings).find((x) => x.node.kind === 'string') : undefined;
      const tagNode = tags ? evaluatePath(root, tags, m.bindings)[0] : undefined;
      out.push({
        pointer: formatLocation(m.location),
        title: t?.node.kind === 'string' ? t.node.value : null,
        tags: tagsOf(tagNode?.node),
        segments: [{ node: m.node, html }],
      });
    }
  }
  return out;
}

const ENTRY_KEYS = ['files', 'profile', 'text', 'title', 'tags', 'html'];

/** Check a config `inputs` value; returns what is wrong (one line), or null. */
export function checkInputs(value: unknown): string | null {
  if (!Array.isArray(value)) return 'inputs must be a list of { files, profile } or { files, text, title } entries';
  for (let i = 0; i < value.length; i++) {
    const at = `inputs[${i}]`;
    const e = value[i] as Record<string, unknown>;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return `${at} must be an object`;
    for (const key of Object.keys(e)) if (!ENTRY_KEYS.includes(key)) return `${at}: unknown key "${key}" (keys: ${ENTRY_KEYS.join(', ')})`;
    const files = e.files;
    if (!(typeof files === 'string' || (Array.isArray(files) && files.length > 0 && files.every((f) => typeof f === 'string')))) {
      return `${at}.files must be a glob or a list of globs`;
    }
    if (e.profile !== undefined && (typeof e.profile !== 'string' || !PROFILE_NAMES.includes(e.profile))) {
      return `${at}.profile ${JSON.stringify(e.profile)} is not one of ${PROFILE_NAMES.join(', ')}`;
    }
    if ((e.profile === undefined) === (e.text === undefined)) return `${at} needs either "profile" or "text" (paths to the reply text), not both`;
    if (e.profile !== undefined && (e.title !== undefined || e.tags !== undefined || e.html !== undefined)) {
      return `${at}: "title", "tags" and "html" go with "text", not with "profile"`;
    }
    if (e.html !== undefined && e.html !== true && e.html !== false && e.html !== 'auto') return `${at}.html must be true, false or "auto"`;
    const texts = e.text === undefined ? [] : Array.isArray(e.text) ? e.text : [e.text];
    if (e.text !== undefined && (texts.length === 0 || !texts.every((t) => typeof t === 'string'))) return `${at}.text must be a path or a list of paths`;
    const textWildcards = Math.max(0, ...texts.map((t) => wildcardCountOf(t as string)));
    for (const [key, paths] of [
      ['text', texts],
      ['title', e.title === undefined ? [] : [e.title]],
      ['tags', e.tags === undefined ? [] : [e.tags]],
    ] as const) {
      for (const p of paths) {
        if (typeof p !== 'string') return `${at}.${key} must be a path such as "$.replies[*].${key === 'text' ? 'body' : key}"`;
        try {
          const steps = parsePath(p);
          if (key !== 'text' && wildcardCount(steps) > textWildcards) return `${at}.${key} "${p}" has more [*] than the text path`;
        } catch (error) {
          return `${at}.${key} ${(error as Error).message}`;
        }
      }
    }
  }
  return null;
}

function wildcardCountOf(path: string): number {
  try {
    return wildcardCount(parsePath(path));
  } catch {
    return 0;
  }
}
