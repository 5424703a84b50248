/**
 * A small phrase-pattern language over the word tokens of one nlcst sentence.
 *
 * nlcst-search matches fixed word sequences with single-word wildcards; the catalog's patterns
 * need alternation, optional words, bounded gaps and sentence anchors, so rules write them in
 * this notation and keep them as data:
 *
 *   word          a word (normalised like the text: case, ’, -ise, contractions)
 *   word*         a word starting with `word` (prefix)
 *   word~         `word` with an inflection: -s, -es, -ed, -d, -ing (and a doubled consonant)
 *   (a|b c)       alternatives; `(...)?` makes a group optional; `word?` an optional word
 *   <NAME>        a named sub-pattern (lexicon class) passed to `compile`
 *   _             any one word        *   one to three words     ...  zero to three words
 *   @ph           a template placeholder      #n   a number
 *   , ; : ! . \?  punctuation (also `-` for any dash); `%` the percent sign, `¤` a currency sign
 *   ^  $          start / end of the sentence (leading and trailing punctuation aside)
 */
import { readFileSync } from 'node:fs';
import { asciiJson, jsonText } from './ascii.js';
import type { Token } from './tokens.js';
import { hasDigit, normalizeWord } from './tokens.js';

type Node =
  | { t: 'word'; norm: string }
  | { t: 'prefix'; norm: string }
  | { t: 'inflect'; norm: string }
  | { t: 'any' }
  | { t: 'gap'; min: number; max: number }
  | { t: 'punct'; values: readonly string[] }
  | { t: 'ph' }
  | { t: 'num' }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'opt'; item: Node };

/** A compiled phrase pattern. */
export interface Pattern {
  source: string;
  node: Node;
  /** Normalised words one of which must be the first matched token, or null when unknown. */
  first: Set<string> | null;
  /**
   * Groups of index keys (see `tokenKeys`): any match needs a token with a key of every group
   * somewhere in the sentence, so a sentence that lacks one is not tried. Null when there are none.
   */
  required: readonly (readonly string[])[] | null;
  /** `required` as group ids (see `groupId`), for the sentence's bit set of present groups. */
  requiredIds: readonly number[] | null;
  /** The compiled matcher, built on the first match attempt (most patterns of a run never get one). */
  state: State | null;
}

/** A match of a pattern in a sentence: token indices, end exclusive. */
export interface Match {
  pattern: Pattern;
  from: number;
  to: number;
}

const DASHES = ['-', '\u2013', '\u2014', '--'];
const PUNCT: Record<string, readonly string[]> = {
  ',': [','],
  ';': [';'],
  ':': [':'],
  '!': ['!'],
  '.': ['.', '\u2026', '...'],
  '\\?': ['?'],
  '-': DASHES,
  '%': ['%'],
  '¤': ['£', '$', '€', '¥', '₹'],
};

/** Compiled `<NAME>` classes per class table: a class is compiled once, however many patterns use it. */
const classCache = new WeakMap<Record<string, readonly string[]>, Map<string, Node>>();

const LEXEME = /\(|\)\??|\||<[A-Z_0-9]+>\??|[^\s()|]+/g;

/** Compile a pattern; `classes` resolves `<NAME>` references (themselves pattern lists). */
export function compile(source: string, classes: Record<string, readonly string[]> = {}): Pattern {
  const node = parse(source, classes);
  const required = requiredKeys(node);
  return { source, node, first: firstSet(node), required, requiredIds: required && required.map(groupId), state: null };
}

/** The tree of a pattern (a class's items need only this: nothing asks for their keys). */
function parse(source: string, classes: Record<string, readonly string[]>): Node {
  const lexemes = source.match(LEXEME) ?? [];
  let pos = 0;
  let cache = classCache.get(classes);
  if (!cache) classCache.set(classes, (cache = new Map()));

  function parseAlt(): Node {
    const options: Node[] = [parseSeq()];
    while (lexemes[pos] === '|') {
      pos++;
      options.push(parseSeq());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  function parseSeq(): Node {
    const items: Node[] = [];
    while (pos < lexemes.length && lexemes[pos] !== '|' && !lexemes[pos]!.startsWith(')')) {
      const lex = lexemes[pos++]!;
      if (lex === '(') {
        const inner = parseAlt();
        const close = lexemes[pos++];
        if (close !== ')' && close !== ')?') throw new Error(`unbalanced "(" in pattern: ${source}`);
        items.push(close === ')?' ? { t: 'opt', item: inner } : inner);
        continue;
      }
      items.push(atom(lex));
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  function atom(lex: string): Node {
    if (lex.startsWith('<')) {
      if (!/^<[A-Z_0-9]+>\??$/.test(lex)) throw new Error(`unexpected "${lex}" in pattern: ${source}`);
      const optional = lex.endsWith('?');
      const name = lex.slice(1, optional ? -2 : -1);
      let node = cache!.get(name);
      if (!node) {
        const list = classes[name];
        if (!list) throw new Error(`unknown class <${name}> in pattern: ${source}`);
        node = { t: 'alt', options: list.map((p) => parse(p, classes)) };
        cache!.set(name, node);
      }
      return optional ? { t: 'opt', item: node } : node;
    }
    if (lex === '\\?') return { t: 'punct', values: PUNCT['\\?']! };
    const optional = lex.length > 1 && lex.endsWith('?') && !lex.endsWith('\\?');
    const body = optional ? lex.slice(0, -1) : lex;
    const node = word(body);
    return optional ? { t: 'opt', item: node } : node;
  }

  function word(body: string): Node {
    if (body === '_') return { t: 'any' };
    if (body === '*') return { t: 'gap', min: 1, max: 3 };
    if (body === '...') return { t: 'gap', min: 0, max: 3 };
    if (body === '^') return { t: 'start' };
    if (body === '$') return { t: 'end' };
    if (body === '@ph') return { t: 'ph' };
    if (body === '#n') return { t: 'num' };
    if (Object.hasOwn(PUNCT, body)) return { t: 'punct', values: PUNCT[body]! };
    if (body.length > 1 && body.endsWith('*')) return { t: 'prefix', norm: body.slice(0, -1).toLowerCase() };
    if (body.length > 1 && body.endsWith('~')) return { t: 'inflect', norm: normalizeWord(body.slice(0, -1))[0]! };
    const parts = normalizeWord(body);
    return parts.length === 1 ? { t: 'word', norm: parts[0]! } : { t: 'seq', items: parts.map((norm) => ({ t: 'word', norm }) as Node) };
  }

  const node = parseAlt();
  if (pos < lexemes.length) throw new Error(`unexpected "${lexemes[pos]}" in pattern: ${source}`);
  return node;
}

/** The union of each item's keys; null when any item has none (it can start anywhere). */
function unionOf<T, K>(items: readonly T[], keysOf: (item: T) => ReadonlySet<K> | null): Set<K> | null {
  const acc = new Set<K>();
  for (const item of items) {
    const keys = keysOf(item);
    if (!keys) return null;
    for (const k of keys) acc.add(k);
  }
  return acc;
}

/** What every word `word~` accepts begins with: the word less a final e or y. */
function inflectBase(norm: string): string {
  return /[ey]$/.test(norm) ? norm.slice(0, -1) : norm;
}

/** Words that can start a match of `node`; null when any token can (or none is required). */
function firstSet(node: Node): Set<string> | null {
  return firstKeys(node, false);
}

/** Length of the word prefixes that index `word*` and `word~` patterns. */
const PREFIX_KEY = 3;

/**
 * Keys a token must have for `node` to start matching on it: an exact word `w`, or `w*` for a
 * word beginning with `w` (PREFIX_KEY letters). With `prefixes` false only exact words count.
 * Null when no finite set of keys covers every start.
 */
function firstKeys(node: Node, prefixes: boolean): Set<string> | null {
  switch (node.t) {
    case 'word':
      return new Set([node.norm]);
    case 'prefix':
    case 'inflect': {
      if (!prefixes) return null;
      // Every word `inflect` accepts starts with the pattern word, minus a final e or y.
      const stem = node.t === 'inflect' ? inflectBase(node.norm) : node.norm;
      return stem.length >= PREFIX_KEY ? new Set([`${stem.slice(0, PREFIX_KEY)}*`]) : null;
    }
    case 'start':
      return new Set();
    case 'seq': {
      const acc = new Set<string>();
      for (const item of node.items) {
        if (item.t === 'start') continue;
        if (item.t === 'opt') {
          const inner = firstKeys(item.item, prefixes);
          if (!inner) return null;
          for (const w of inner) acc.add(w);
          continue;
        }
        const f = firstKeys(item, prefixes);
        if (!f) return null;
        for (const w of f) acc.add(w);
        return acc;
      }
      return null;
    }
    case 'alt':
      return unionOf(node.options, (option) => firstKeys(option, prefixes));
    default:
      return null;
  }
}

const NUMBER = /^[#$£€]?\d[\d.,:/%-]*$/;

const INFLECTION = /^(?:[a-z]?(?:ed|ing|es)|s|d|ies|ied)$/;

function isWordLike(tok: Token): boolean {
  return tok.kind === 'word' || tok.kind === 'placeholder';
}

function firstWord(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length && !isWordLike(tokens[i]!)) i++;
  return i;
}

function lastWordEnd(tokens: readonly Token[]): number {
  let i = tokens.length;
  while (i > 0 && !isWordLike(tokens[i - 1]!)) i--;
  return i;
}

/**
 * A pattern compiled to a graph of matcher states: each state tests one token (or a position)
 * and points at the state that follows, so matching walks the graph without building anything.
 */
type State =
  | { t: 'accept' }
  | { t: 'word' | 'prefix'; norm: string; next: State }
  | { t: 'inflect'; norm: string; stem: string; stemY: string | null; next: State }
  | { t: 'any' | 'ph' | 'num' | 'start' | 'end'; next: State }
  | { t: 'punct'; values: readonly string[]; next: State }
  | { t: 'gap'; min: number; max: number; next: State }
  | { t: 'split'; options: State[]; byWord: Map<string, State[]> | null; byPair: Map<number, State[]> | null; rest: State[] };

const ACCEPT: State = { t: 'accept' };

/** The states matching `node` and then whatever `next` matches. */
function build(node: Node, next: State): State {
  switch (node.t) {
    case 'seq': {
      let state = next;
      for (let n = node.items.length - 1; n >= 0; n--) state = build(node.items[n]!, state);
      return state;
    }
    case 'alt':
      return split(node.options.map((o) => build(o, next)));
    case 'opt':
      return split([build(node.item, next), next]);
    case 'inflect':
      return {
        t: 'inflect',
        norm: node.norm,
        stem: node.norm.endsWith('e') ? node.norm.slice(0, -1) : node.norm,
        stemY: node.norm.endsWith('y') ? node.norm.slice(0, -1) : null,
        next,
      };
    case 'word':
    case 'prefix':
      return { t: node.t, norm: node.norm, next };
    case 'punct':
      return { t: 'punct', values: node.values, next };
    case 'gap':
      return { t: 'gap', min: node.min, max: node.max, next };
    default:
      return { t: node.t, next };
  }
}

/**
 * A choice between states. A long list of alternatives (a lexicon class) is indexed by the word
 * each starts with, so a token tries only the alternatives that can start with it.
 */
function split(options: State[]): State {
  if (options.length < SPLIT_INDEX) return { t: 'split', options, byWord: null, byPair: null, rest: options };
  const byWord = new Map<string, State[]>();
  const byPair = new Map<number, State[]>();
  const rest: State[] = [];
  const add = <K>(map: Map<K, State[]>, key: K, option: State): void => {
    const list = map.get(key);
    if (!list) map.set(key, [option]);
    else if (!list.includes(option)) list.push(option);
  };
  for (const option of options) {
    const words = startWords(option);
    if (words) {
      for (const w of words) add(byWord, w, option);
      continue;
    }
    const pairs = startPairs(option);
    if (pairs) for (const p of pairs) add(byPair, p, option);
    else rest.push(option);
  }
  return { t: 'split', options, byWord, byPair: byPair.size ? byPair : null, rest };
}

/** The first two letters of a word as one number (0 when there are fewer). */
function pairOf(word: string): number {
  return word.length < 2 ? 0 : (word.charCodeAt(0) << 16) | word.charCodeAt(1);
}

/**
 * The first two letters (see `pairOf`) every word a state's match can begin with shares, for
 * words, `word*` and `word~` (whose words all begin with the word less a final e or y); null
 * when the state can begin otherwise or with a shorter word.
 */
function startPairs(s: State): Set<number> | null {
  switch (s.t) {
    case 'word':
    case 'prefix':
      return s.norm.length >= 2 ? new Set([pairOf(s.norm)]) : null;
    case 'inflect': {
      const base = inflectBase(s.norm);
      return base.length >= 2 ? new Set([pairOf(base)]) : null;
    }
    case 'split':
      return unionOf(s.options, startPairs);
    default:
      return null;
  }
}

/** Alternatives in a choice before it is worth indexing them by their first word. */
const SPLIT_INDEX = 4;

/** The exact words a state's match must begin with, or null when it can begin otherwise. */
function startWords(s: State): Set<string> | null {
  if (s.t === 'word') return new Set([s.norm]);
  return s.t === 'split' ? unionOf(s.options, startWords) : null;
}

/** The furthest token index a match from state `s` at token `i` can end at, or -1. */
function longest(s: State, tokens: readonly Token[], i: number): number {
  const tok = tokens[i];
  switch (s.t) {
    // The most frequent states first.
    case 'word':
      return tok !== undefined && tok.kind === 'word' && tok.norm === s.norm ? longest(s.next, tokens, i + 1) : -1;
    case 'split': {
      let best = -1;
      if (s.byWord && tok !== undefined && tok.kind === 'word') {
        const options = s.byWord.get(tok.norm);
        if (options) for (const option of options) best = Math.max(best, longest(option, tokens, i));
        const near = s.byPair?.get(pairOf(tok.norm));
        if (near) for (const option of near) best = Math.max(best, longest(option, tokens, i));
      }
      for (const option of s.rest) best = Math.max(best, longest(option, tokens, i));
      return best;
    }
    case 'accept':
      return i;
    case 'prefix':
      return tok !== undefined && tok.kind === 'word' && tok.norm.startsWith(s.norm) ? longest(s.next, tokens, i + 1) : -1;
    case 'inflect': {
      if (tok === undefined || tok.kind !== 'word') return -1;
      const n = tok.norm;
      if (n === s.norm) return longest(s.next, tokens, i + 1);
      const base = n.startsWith(s.norm) ? s.norm : n.startsWith(s.stem) ? s.stem : s.stemY !== null && n.startsWith(s.stemY) ? s.stemY : null;
      return base !== null && INFLECTION.test(n.slice(base.length)) ? longest(s.next, tokens, i + 1) : -1;
    }
    case 'any':
      return tok !== undefined && isWordLike(tok) ? longest(s.next, tokens, i + 1) : -1;
    case 'ph':
      return tok !== undefined && tok.kind === 'placeholder' ? longest(s.next, tokens, i + 1) : -1;
    case 'num':
      return tok !== undefined && tok.kind === 'word' && NUMBER.test(tok.norm) ? longest(s.next, tokens, i + 1) : -1;
    case 'punct':
      return tok !== undefined && (tok.kind === 'punct' || tok.kind === 'symbol') && s.values.includes(tok.norm) ? longest(s.next, tokens, i + 1) : -1;
    case 'start':
      return i === firstWord(tokens) ? longest(s.next, tokens, i) : -1;
    case 'end':
      // Trailing punctuation is not part of the match.
      return i >= lastWordEnd(tokens) ? longest(s.next, tokens, i) : -1;
    case 'gap': {
      // Words only; punctuation inside a gap is allowed but not counted. A sentence end stops it.
      let best = -1;
      let words = 0;
      for (let j = i; ;) {
        if (words >= s.min) best = Math.max(best, longest(s.next, tokens, j));
        if (words === s.max || j >= tokens.length) break;
        const t = tokens[j]!;
        if (isWordLike(t)) words++;
        else if (t.kind === 'punct' && SENTENCE_END.test(t.norm)) break;
        j++;
      }
      return best;
    }
  }
}

const SENTENCE_END = /^[.!?]$/;

/** Longest match of `pattern` starting at token `i`, or -1. */
export function matchAt(pattern: Pattern, tokens: readonly Token[], i: number): number {
  const best = longest((pattern.state ??= build(pattern.node, ACCEPT)), tokens, i);
  return best > i ? best : -1;
}

/**
 * The longest match at token `i` among `patterns` (in try order: of equally long ones, the first);
 * with a sentence index, patterns that need a word the sentence lacks are not tried.
 */
function longestAt(patterns: readonly Pattern[], tokens: readonly Token[], i: number, entry: SentenceStarts | null): Match | null {
  let best: Match | null = null;
  for (const p of patterns) {
    if (entry && !alive(p, entry)) continue;
    const end = matchAt(p, tokens, i);
    if (end > i && (!best || end > best.to)) best = { pattern: p, from: i, to: end };
  }
  return best;
}

const NONE: readonly Pattern[] = [];
const NO_MATCHES: readonly Match[] = Object.freeze([]);

/** A token's index keys and the phrase sets that have a pattern starting with one of them. */
interface TokenIndex {
  keys: readonly string[];
  sets: readonly number[];
  /**
   * The required key groups one of whose keys the token has (see `groupId`), as bits: pairs of a
   * word's position in the sentence's bit set and the bits to set in it.
   */
  required: readonly number[];
  /** By set id, the set's patterns that can start here, in try order (made on first use). */
  lists: (readonly Pattern[] | undefined)[];
}

/**
 * Keys a token is indexed under: its word, the first letters of its word (`abc*`), `#n` for a
 * number, `@ph` for a placeholder, `p:,` for punctuation, and `^` for the sentence's first word.
 * Remembered per word, with the sets they lead to (forgotten whenever a set is added).
 */
function tokenIndex(tok: Token, first: boolean): TokenIndex {
  const memo = (first ? FIRST_KEYS : KEYS)[tok.kind];
  const id = tok.norm;
  let index = memo.get(id);
  if (!index) {
    const own = ownKeys(tok);
    const keys = first ? ['^', ...own.flatMap((k) => [k, `^${k}`])] : own;
    const sets = new Set<number>();
    for (const key of keys) for (const set of setsByKey.get(key) ?? []) sets.add(set);
    const bits = new Map<number, number>();
    for (const key of keys) for (const group of GROUPS_BY_KEY.get(key) ?? []) bits.set(group >> 5, (bits.get(group >> 5) ?? 0) | (1 << (group & 31)));
    index = { keys, sets: [...sets], required: [...bits].flat(), lists: [] };
    // Numbers (ticket and order numbers) are mostly one-offs: remembering them would crowd out
    // the words that recur.
    if (!hasDigit(id)) {
      if (memo.size >= 10_000) memo.clear();
      memo.set(id, index);
    }
  }
  return index;
}

function tokenKeys(tok: Token, first: boolean): readonly string[] {
  return tokenIndex(tok, first).keys;
}

const memoByKind = (): Record<Token['kind'], Map<string, TokenIndex>> => ({
  word: new Map(),
  punct: new Map(),
  symbol: new Map(),
  source: new Map(),
  placeholder: new Map(),
});
const KEYS = memoByKind();
const FIRST_KEYS = memoByKind();

function ownKeys(tok: Token): string[] {
  switch (tok.kind) {
    case 'word': {
      const keys = [tok.norm];
      if (tok.norm.length >= PREFIX_KEY) keys.push(`${tok.norm.slice(0, PREFIX_KEY)}*`);
      if (NUMBER.test(tok.norm)) keys.push('#n');
      return keys;
    }
    case 'placeholder':
      return ['@ph'];
    case 'punct':
    case 'symbol':
      return [`p:${tok.norm}`];
    default:
      return [];
  }
}

/** Does the sentence (by its keys) have a word of each group the pattern needs? */
function alive(p: Pattern, entry: SentenceStarts): boolean {
  const ids = p.requiredIds;
  if (!ids) return true;
  const { data, words } = entry;
  for (const id of ids) if (id >> 5 >= words || (data[id >> 5]! & (1 << (id & 31))) === 0) return false;
  return true;
}

/** Groups of keys some pattern requires, numbered, so a sentence records the ones it has as bits. */
const GROUP_IDS = new Map<string, number>();
/** The ids of the groups each key is in. */
const GROUPS_BY_KEY = new Map<string, number[]>();

function groupId(keys: readonly string[]): number {
  return namedGroupId(groupName(keys));
}

/** A group's name: its keys, sorted, joined by spaces (a key never has one). */
function groupName(keys: readonly string[]): string {
  return [...keys].sort().join(' ');
}

/** `groupId` of the group with this name. */
function namedGroupId(name: string): number {
  let id = GROUP_IDS.get(name);
  if (id === undefined) {
    GROUP_IDS.set(name, (id = GROUP_IDS.size));
    for (const key of name.split(' ')) {
      const ids = GROUPS_BY_KEY.get(key);
      if (ids) ids.push(id);
      else GROUPS_BY_KEY.set(key, [id]);
    }
  }
  return id;
}

/**
 * `indexKeys` of alternatives, remembered: a lexicon class is one node, shared by every pattern
 * that uses it, and its keys were worked out again for each of them (and each of its items).
 */
const altKeys = new WeakMap<Node, ReadonlySet<string> | null>();

/**
 * Keys one of which a token must carry (see `tokenKeys`) for `node` to start matching on it, or
 * null when no finite set of keys covers every start (a pattern opening with `_` or a gap). The
 * set may be shared with other callers.
 */
function indexKeys(node: Node): ReadonlySet<string> | null {
  switch (node.t) {
    case 'word':
      return new Set([node.norm]);
    case 'prefix':
    case 'inflect':
      return firstKeys(node, true);
    case 'num':
      return new Set(['#n']);
    case 'ph':
      return new Set(['@ph']);
    case 'punct':
      return new Set(node.values.map((v) => `p:${v}`));
    case 'start':
      return new Set(['^']);
    case 'seq': {
      const acc = new Set<string>();
      for (const [n, item] of node.items.entries()) {
        if (item.t === 'start') {
          // `^ word`: indexed as the first word being `word`, so it is tried only there.
          const rest = indexKeys({ t: 'seq', items: node.items.slice(n + 1) });
          const keys = rest && ![...rest].some((k) => k.startsWith('^')) ? [...rest].map((k) => `^${k}`) : ['^'];
          for (const k of keys) acc.add(k);
          return acc;
        }
        const inner = indexKeys(item.t === 'opt' ? item.item : item);
        if (!inner) return null;
        for (const w of inner) acc.add(w);
        if (item.t !== 'opt') return acc;
      }
      return null;
    }
    case 'alt': {
      let keys = altKeys.get(node);
      if (keys === undefined) altKeys.set(node, (keys = unionOf(node.options, indexKeys)));
      return keys;
    }
    default:
      return null;
  }
}

/** Any class name resolves here, so a pattern's syntax can be checked without its rule's classes. */
const ANY_CLASS: Record<string, readonly string[]> = new Proxy({}, { get: () => ['x'] });

/** Why a pattern does not compile (its syntax), or null when it does. */
export function patternError(source: string): string | null {
  try {
    compile(source, ANY_CLASS);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Words too common to rule many sentences out: a group with one of them is tested last. */
const COMMON = new Set(
  'the a an to of and or is are was were be been am i we you it that this for in on at with your our my me us have has had do does did not will would can could so but if as by from'.split(
    ' ',
  ),
);

/** Keys in a required group at most: a longer one (a whole word class) is in most sentences anyway. */
const REQUIRED_GROUP = 40;

/**
 * The word groups every match needs: the sequence items that are not optional and have at most
 * REQUIRED_GROUP index keys. The most telling come first: groups without common words before
 * those with, then the fewest keys, then the later of two equal ones. The item a match must start
 * at is left out: the start index covers it. Null when there is none.
 */
function requiredKeys(node: Node): readonly (readonly string[])[] | null {
  if (node.t !== 'seq') return null;
  const groups: string[][] = [];
  // Whether the item is the first a match can start at (no optional item before it).
  let startsHere = true;
  for (const item of node.items) {
    if (item.t === 'start') continue;
    if (item.t === 'opt') {
      startsHere = false;
      continue;
    }
    if (startsHere) {
      startsHere = false;
      continue;
    }
    const keys = indexKeys(item);
    if (!keys || keys.size > REQUIRED_GROUP || [...keys].some((k) => k.startsWith('^'))) continue;
    groups.push([...keys]);
  }
  if (!groups.length) return null;
  const common = (group: readonly string[]): number => (group.some((k) => COMMON.has(k)) ? 1 : 0);
  // Stable sort of the reversed list: of two equal groups the later one comes first.
  return groups.reverse().sort((a, b) => common(a) - common(b) || a.length - b.length);
}

/**
 * Every phrase set, by id, and the sets each key can start a match in. One pass over a
 * sentence's tokens then tells every set where it can start (`startsIn`), so a set that has
 * nothing to look at in a sentence costs one array read.
 */
const registry: PhraseSet[] = [];
/** Sets made but not compiled yet, in the order they were made. */
const pending: PhraseSet[] = [];

function compilePending(): void {
  // One at a time: a set that fails to compile leaves the rest pending.
  while (pending.length) pending.shift()!.compile();
}
const setsByKey = new Map<string, number[]>();

interface SentenceStarts {
  /** Registry size when computed: sets made later are answered by scanning every token. */
  size: number;
  /**
   * One array per sentence (this index is built for every sentence, and separate arrays were a
   * large share of its cost): first `words` words of bits, which required key groups (by id, see
   * `groupId`) the sentence's tokens have; then `size + 1` offsets; then token indices where
   * each set has a candidate pattern, ascending: set `id`'s are `data[offset(id)]` up to
   * `data[offset(id + 1)]`, where `offset(id)` is `data[words + id]`.
   */
  data: number[];
  words: number;
  /** Each token's index. */
  indexes: TokenIndex[];
  /** Each set's matches in the sentence once found, by set id. */
  found: (readonly Match[] | undefined)[];
  /**
   * Set once every set's matches are found (`findAll`): the sets with matches, as pairs of set id
   * and matches. The index itself is then let go (see `findAll`).
   */
  done?: readonly (number | readonly Match[])[];
}
/**
 * Each token array keeps its index under this key. A WeakMap did the same, but a long reply has
 * hundreds of thousands of sentences, and a lookup in a table that size misses the CPU cache on
 * nearly every one of the many calls per sentence.
 */
const STARTS = Symbol('apology-lint.sentenceStarts');
type Indexed = readonly Token[] & { [STARTS]?: SentenceStarts };
/** Scratch space for `startsIn`: each set's next free slot. */
let scratchFill = new Int32Array(64);

/** The matches of set `id` an entry already knows: found, or, once `done`, none when not listed. */
function knownMatches(entry: SentenceStarts, id: number): readonly Match[] | undefined {
  const done = entry.done;
  if (!done) return entry.found[id];
  for (let k = 0; k < done.length; k += 2) if (done[k] === id) return done[k + 1] as readonly Match[];
  return id < entry.size ? NO_MATCHES : undefined;
}

/** Entries of sentences with no matches at all share these. */
const NO_DONE: readonly (number | readonly Match[])[] = Object.freeze([]);
const NO_FOUND: (readonly Match[] | undefined)[] = [];
const NO_DATA: number[] = [];
const NO_INDEXES: TokenIndex[] = [];

/**
 * A sentence's index, made when first asked for, and again when sets were made since. Once
 * `findAll` has let its starts go, it answers every set it covers (see `knownMatches`).
 */
function startsIn(tokens: readonly Token[]): SentenceStarts {
  let entry = (tokens as Indexed)[STARTS];
  if (entry && entry.size === registry.length) return entry;
  const size = registry.length;
  const words = (GROUP_IDS.size + 31) >> 5;
  const first = firstWord(tokens);
  const indexes: TokenIndex[] = new Array(tokens.length);
  // Count the starts, then lay out bits, offsets and starts in one array, filled in token order.
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const index = (indexes[i] = tokenIndex(tokens[i]!, i === first));
    total += index.sets.length;
  }
  const base = words + size + 1;
  // A plain array of small integers: allocating a typed array costs several times more.
  const data = new Array<number>(base + total).fill(0);
  for (let i = 0; i < tokens.length; i++) {
    const index = indexes[i]!;
    const required = index.required;
    for (let k = 0; k < required.length; k += 2) data[required[k]!]! |= required[k + 1]!;
    for (const id of index.sets) data[words + id + 1]!++;
  }
  data[words] = base;
  for (let id = 0; id < size; id++) data[words + id + 1]! += data[words + id]!;
  if (scratchFill.length < size) scratchFill = new Int32Array(size * 2);
  const fill = scratchFill;
  for (let id = 0; id < size; id++) fill[id] = data[words + id]!;
  for (let i = 0; i < tokens.length; i++) for (const id of indexes[i]!.sets) data[fill[id]!++] = i;
  entry = { size, data, words, indexes, found: new Array<readonly Match[] | undefined>(size) };
  // Not enumerable, so the array still compares and copies as a plain list of tokens.
  // A frozen array cannot keep it: its index is then made again on each lookup.
  if (Object.isExtensible(tokens)) Object.defineProperty(tokens, STARTS, { value: entry, writable: true, configurable: true });
  return entry;
}

/**
 * Find every set's matches in one sentence now; the answer is the sets with matches, as pairs of
 * set id and matches (`SentenceStarts.done`). A very long reply's sentence indexes do not fit in
 * the CPU cache: answering each set while the sentence is at hand, rather than when each rule
 * walks the whole reply, reads every index once instead of once per rule.
 */
function findAll(tokens: readonly Token[]): readonly (number | readonly Match[])[] {
  if (pending.length) compilePending();
  const entry = startsIn(tokens);
  if (entry.done) return entry.done;
  const { data, words, found } = entry;
  const done: (number | readonly Match[])[] = [];
  for (let id = 0; id < entry.size; id++) {
    let matches = found[id];
    if (matches === undefined && (data[words + id]! < data[words + id + 1]! || registry[id]!.startsAnywhere)) matches = registry[id]!.search(tokens, entry);
    if (matches?.length) done.push(id, matches);
  }
  // Every set's answer is known now: keep only the sets that matched. A long reply then does not
  // hold each sentence's starts, token indexes and answers, most of its memory, until the end.
  // A set made later finds the entry out of date and makes a new one.
  entry.done = done.length ? done : NO_DONE;
  entry.data = NO_DATA;
  entry.indexes = NO_INDEXES;
  entry.found = NO_FOUND;
  return entry.done;
}

/**
 * Where each set has matches in a list of sentences, found sentence by sentence (`findAll`), so
 * a rule walks only the sentences where its set matched instead of every sentence of a long reply.
 */
export class MatchIndex {
  /** Registry size when built: sets made later are not covered. */
  private readonly size: number;
  /** For each set id, the positions of the sentences where it has matches, ascending. */
  private readonly bySet: number[][];

  constructor(sentences: readonly (readonly Token[])[]) {
    if (pending.length) compilePending();
    this.size = registry.length;
    this.bySet = Array.from({ length: this.size }, () => []);
    for (let n = 0; n < sentences.length; n++) {
      // Only the sets with matches: most of the sets match nothing in most sentences.
      const done = findAll(sentences[n]!);
      for (let k = 0; k < done.length; k += 2) this.bySet[done[k] as number]!.push(n);
    }
  }

  /** Positions of the sentences where set `id` has matches, or null when the index does not cover it. */
  positions(id: number): readonly number[] | null {
    return id >= 0 && id < this.size ? this.bySet[id]! : null;
  }
}

/**
 * A set of patterns indexed by how they can start (a word, the first letters of a `word*` or
 * `word~`, punctuation, a number, a placeholder, the sentence start), so scanning a sentence only
 * tries the patterns that can start at each token. Results are remembered per token array:
 * rules and the component analysis ask the same set about the same sentence more than once.
 */
export class PhraseSet {
  private compiled: Pattern[] | null = null;
  private id = -1;
  /** Candidate patterns per key, in the order `find` tries them. */
  private readonly byKey = new Map<string, Pattern[]>();
  private readonly anyFirst: Pattern[] = [];
  /** Try order: exact-first patterns in list order, then the rest in list order. */
  private readonly rank = new Map<Pattern, number>();
  private readonly merged = new Map<string, readonly Pattern[]>();
  private readFromSnapshot = false;

  /**
   * Patterns compile when any set is first asked to find something, all sets made so far at
   * once (so a run served from the cache, or `--print-config`, compiles none, and the index of
   * starting keys is complete before the first sentence is indexed).
   */
  constructor(
    private readonly sources: readonly string[],
    private readonly classes: Record<string, readonly string[]> = {},
  ) {
    pending.push(this);
  }

  /** Whether some pattern can start at any token (so the start index does not list its starts). */
  get startsAnywhere(): boolean {
    return this.anyFirst.length > 0;
  }

  /** Whether the patterns were read from the build's snapshot rather than compiled (see `phraseSnapshot`). */
  get fromSnapshot(): boolean {
    if (!this.compiled) compilePending();
    return this.readFromSnapshot;
  }

  /** The compiled patterns, in list order. */
  get patterns(): readonly Pattern[] {
    if (!this.compiled) compilePending();
    return this.compiled!;
  }

  /** Compile the patterns (or read them from the snapshot), index them by their start keys and register the set. */
  compile(): void {
    if (this.compiled) return;
    const saved = savedSet(this.sources, this.classes);
    this.readFromSnapshot = saved !== null;
    if (saved) {
      const patterns = (this.compiled = saved.patterns);
      patterns.forEach((p, n) => this.rank.set(p, saved.rank[n]!));
      for (const [key, list] of saved.byKey)
        this.byKey.set(
          key,
          list.map((n) => patterns[n]!),
        );
      for (const n of saved.anyFirst) this.anyFirst.push(patterns[n]!);
    } else {
      const patterns = (this.compiled = this.sources.map((s) => compile(s, this.classes)));
      const exact = patterns.filter((p) => p.first && p.first.size > 0);
      const rest = patterns.filter((p) => !(p.first && p.first.size > 0));
      [...exact, ...rest].forEach((p, i) => this.rank.set(p, i));
      for (const p of patterns) {
        const keys = indexKeys(p.node);
        if (keys && keys.size > 0) {
          for (const k of keys) {
            const list = this.byKey.get(k) ?? [];
            if (!list.includes(p)) list.push(p);
            this.byKey.set(k, list);
          }
        } else this.anyFirst.push(p);
      }
      for (const list of this.byKey.values()) list.sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
    }
    this.id = registry.length;
    registry.push(this);
    for (const k of this.byKey.keys()) {
      const ids = setsByKey.get(k);
      if (ids) ids.push(this.id);
      else setsByKey.set(k, [this.id]);
    }
    for (const memo of [...Object.values(KEYS), ...Object.values(FIRST_KEYS)]) memo.clear();
  }

  /** What `phraseSnapshot` saves of this set: its sources, its patterns' trees and required groups, and its index. */
  toSaved(save: (node: Node, classes: Record<string, readonly string[]>) => string, group: (keys: readonly string[]) => number): Omit<SetData, 'c'> {
    const patterns = this.patterns;
    const at = new Map(patterns.map((p, n) => [p, n]));
    return {
      sources: this.sources.join('\n'),
      n: patterns.map((p) => save(p.node, this.classes)),
      r: patterns.map((p) => p.required && p.required.map(group)),
      o: patterns.map((p) => this.rank.get(p)!),
      k: [...this.byKey].map(([key, list]) => [key, list.map((p) => at.get(p)!)]),
      a: this.anyFirst.map((p) => at.get(p)!),
    };
  }

  /** Patterns that can start at token `i`, with those that can start anywhere, in try order. */
  private candidates(tokens: readonly Token[], i: number, first: boolean): readonly Pattern[] {
    let one: Pattern[] | undefined;
    let several = false;
    const keys = tokenKeys(tokens[i]!, first);
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) continue;
      if (!one) one = list;
      else several = true;
    }
    if (!several && !one) return this.anyFirst;
    const id = `${tokens[i]!.kind}\u0000${tokens[i]!.norm}\u0000${first}`;
    let list = this.merged.get(id);
    if (list) return list;
    list = this.ranked(keys, true);
    if (!hasDigit(tokens[i]!.norm)) {
      if (this.merged.size >= 2_000) this.merged.clear();
      this.merged.set(id, list);
    }
    return list;
  }

  /** This set's patterns that can start at a token with this index, in try order. */
  private listAt(index: TokenIndex): readonly Pattern[] {
    let list = index.lists[this.id];
    if (!list) list = index.lists[this.id] = this.ranked(index.keys, false);
    return list;
  }

  /** This set's patterns under any of `keys` (and, with `withAny`, those that start anywhere), in try order. */
  private ranked(keys: readonly string[], withAny: boolean): readonly Pattern[] {
    const all = new Set<Pattern>(withAny ? this.anyFirst : NONE);
    for (const key of keys) for (const p of this.byKey.get(key) ?? NONE) all.add(p);
    return [...all].sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
  }

  /**
   * The sentences where this set can have matches: those `index` lists for it, or all of them
   * when there is no index or it does not cover this set.
   */
  candidatesIn<S extends { tokens: readonly Token[] }>(sentences: readonly S[], index: MatchIndex | undefined): readonly S[] {
    if (this.id < 0) compilePending();
    const positions = index?.positions(this.id);
    return positions ? positions.map((n) => sentences[n]!) : sentences;
  }

  /** Non-overlapping, leftmost-longest matches in one sentence's tokens. */
  find(tokens: readonly Token[]): readonly Match[] {
    if (this.id < 0) compilePending();
    const entry = startsIn(tokens);
    // An up-to-date entry that `findAll` completed knows the answer for every set.
    return knownMatches(entry, this.id) ?? this.search(tokens, entry);
  }

  /** `find` once the sentence's index is at hand and holds no answer for this set yet (`findAll` calls it directly). */
  search(tokens: readonly Token[], entry: SentenceStarts): readonly Match[] {
    const indexes = entry.indexes;
    // Patterns that can start anywhere make every token a candidate, unless the sentence lacks
    // a word each of them needs.
    let withAny = this.id >= entry.size;
    for (let n = 0; n < this.anyFirst.length && !withAny; n++) withAny = alive(this.anyFirst[n]!, entry);
    // Without patterns that start anywhere, only the tokens the index lists are tried.
    let from = 0;
    let until = tokens.length;
    const positions = withAny ? null : entry.data;
    if (positions) {
      from = positions[entry.words + this.id]!;
      until = positions[entry.words + this.id + 1]!;
      if (from === until) return NO_MATCHES;
    }
    const first = firstWord(tokens);
    const out: Match[] = [];
    let next = 0;
    for (let n = from; n < until; n++) {
      const i = positions ? positions[n]! : n;
      if (i < next) continue;
      const best = longestAt(withAny ? this.candidates(tokens, i, i === first) : this.listAt(indexes[i]!), tokens, i, entry);
      if (best) {
        out.push(best);
        next = best.to;
      }
    }
    const result = out.length ? out : NO_MATCHES;
    entry.found[this.id] = result;
    return result;
  }

  /** True when any pattern matches anywhere in the tokens. */
  test(tokens: readonly Token[]): boolean {
    return this.find(tokens).length > 0;
  }

  /**
   * The matches `find` gives, for a few tokens cut from a sentence and asked about once: each
   * token's candidate patterns are tried in turn, without the index `find` builds and keeps for a
   * sentence (building it cost more than the search on a slice of a few words).
   */
  scan(tokens: readonly Token[]): readonly Match[] {
    if (this.id < 0) compilePending();
    const first = firstWord(tokens);
    const out: Match[] = [];
    for (let i = 0; i < tokens.length;) {
      const best = longestAt(this.candidates(tokens, i, i === first), tokens, i, null);
      if (best) {
        out.push(best);
        i = best.to;
      } else i++;
    }
    return out.length ? out : NO_MATCHES;
  }
}

/**
 * The shared phrase set for a pattern list: rules and the component analysis that use the same
 * list get one set, so its matches in a sentence are found once.
 */
export function phraseSet(sources: readonly string[], classes: Record<string, readonly string[]> = NO_CLASSES): PhraseSet {
  let byList = shared.get(classes);
  if (!byList) shared.set(classes, (byList = new Map()));
  const key = sources.join('\n');
  let set = byList.get(key);
  if (!set) byList.set(key, (set = new PhraseSet(sources, classes)));
  return set;
}

const NO_CLASSES: Record<string, readonly string[]> = {};
const shared = new WeakMap<Record<string, readonly string[]>, Map<string, PhraseSet>>();

/*
 * Compiled patterns saved at build time. Every run compiled the same 1,500 or so patterns before its
 * first sentence, about a third of linting one file from the command line; `scripts/bundle.mjs`
 * saves them (`phraseSnapshot`) as `phrase-snapshot.json` beside the CLI bundle, and a set whose
 * sources and classes are the saved ones reads them from there: its index at once, each
 * pattern's tree only when the pattern is first tried (most patterns of a run never are). Any
 * other set (a rule's `allow` or `also` option, the library run from `dist/src/` or from source)
 * is compiled as before.
 */

/**
 * A saved tree, as JSON text: a word is its normalised string, a lexicon class the index of its
 * entry in `Snapshot.classes`, any other node `[tag, ...fields]` (see `reviveNode`).
 */
type NodeData = string | number | [string, ...(NodeData | string | number)[]];

/** A saved set. */
interface SetData {
  /** The set's sources, one per line. */
  sources: string;
  /** Each pattern's tree (`NodeData` as JSON text). */
  n: string[];
  /** Each pattern's required groups, as indices into `Snapshot.groups`. */
  r: (number[] | null)[];
  /** Each pattern's rank in try order. */
  o: number[];
  /** The start index: each key and the patterns (by position) that can start at it, in try order. */
  k: [string, number[]][];
  /** The patterns (by position) that can start anywhere. */
  a: number[];
  /** The lexicon classes (indices into `Snapshot.classes`) the trees refer to. */
  c: number[];
}

interface Snapshot {
  version: typeof SNAPSHOT_VERSION;
  /** Each lexicon class the saved patterns use: its name, its items (one per line), its tree (JSON text) and the classes that refers to. */
  classes: { name: string; items: string; node: string; c: number[] }[];
  /** Each required group of keys the saved patterns have, by name (see `groupName`; many patterns share one). */
  groups: string[];
  sets: SetData[];
}

const SNAPSHOT_VERSION = 2;
const SNAPSHOT_FILE = 'phrase-snapshot.json';

/** Every phrase set made so far, compiled and saved as JSON (for `scripts/bundle.mjs`); ASCII only (see src/ascii.ts). */
export function phraseSnapshot(): string {
  compilePending();
  const classes: Snapshot['classes'] = [];
  const classIds = new Map<Node, number>();
  // Each class table's trees by node, to tell a class's tree where a pattern uses it.
  const classNames = new Map<Record<string, readonly string[]>, Map<Node, string>>();
  const nameOf = (node: Node, table: Record<string, readonly string[]>): string | undefined => {
    let names = classNames.get(table);
    if (!names) classNames.set(table, (names = new Map([...(classCache.get(table) ?? [])].map(([name, tree]) => [tree, name]))));
    return names.get(node);
  };
  // `refs` gathers the classes a tree refers to.
  const data = (node: Node, table: Record<string, readonly string[]>, refs: Set<number>): NodeData => {
    let id = classIds.get(node);
    const name = id === undefined && node.t === 'alt' ? nameOf(node, table) : undefined;
    if (name !== undefined && node.t === 'alt') {
      const entry = { name, items: table[name]!.join('\n'), node: '', c: [] as number[] };
      classIds.set(node, (id = classes.push(entry) - 1));
      const own = new Set<number>();
      entry.node = JSON.stringify(['a', ...node.options.map((option) => data(option, table, own))]);
      entry.c = [...own];
    }
    if (id !== undefined) {
      refs.add(id);
      return id;
    }
    const inner = (child: Node): NodeData => data(child, table, refs);
    switch (node.t) {
      case 'word':
        return node.norm;
      case 'prefix':
        return ['p', node.norm];
      case 'inflect':
        return ['i', node.norm];
      case 'gap':
        return ['g', node.min, node.max];
      case 'punct':
        return ['u', ...node.values];
      case 'seq':
        return ['s', ...node.items.map(inner)];
      case 'alt':
        return ['a', ...node.options.map(inner)];
      case 'opt':
        return ['o', inner(node.item)];
      default:
        return [node.t];
    }
  };
  const groups: string[] = [];
  const groupIds = new Map<string, number>();
  const group = (keys: readonly string[]): number => {
    const name = groupName(keys);
    let id = groupIds.get(name);
    if (id === undefined) groupIds.set(name, (id = groups.push(name) - 1));
    return id;
  };
  const sets = registry.map((set) => {
    const refs = new Set<number>();
    return { ...set.toSaved((node, table) => JSON.stringify(data(node, table, refs)), group), c: [...refs] };
  });
  return asciiJson(JSON.stringify({ version: SNAPSHOT_VERSION, classes, groups, sets } satisfies Snapshot));
}

/** The snapshot, its sets by their sources, and the GROUP_IDS of its groups once known: read on the first compile; null when there is none. */
let snapshot: { data: Snapshot; sets: Map<string, SetData>; groupIds: number[] } | null | undefined;

/** Read saved patterns from `json` (null: none) instead of the file beside this module; for tests. */
export function usePhraseSnapshot(json: string | null): void {
  snapshot = json === null ? null : readSnapshot(json);
}

function readSnapshot(json: string): typeof snapshot {
  try {
    const data = JSON.parse(json) as Snapshot;
    if (data.version !== SNAPSHOT_VERSION) return null;
    return { data, sets: new Map(data.sets.map((set) => [set.sources, set])), groupIds: [] };
  } catch {
    return null;
  }
}

/** By class table, the saved classes (by index) found to have the table's items: their trees once made, else null. */
const checkedClasses = new WeakMap<Record<string, readonly string[]>, Map<number, Node | null>>();

/** A pattern read from the snapshot: its tree is made from the saved text when first asked for. */
class SavedPattern implements Pattern {
  state: State | null = null;
  private tree: Node | null = null;
  private firstWords: Set<string> | null | undefined;

  constructor(
    readonly source: string,
    private readonly text: string,
    private readonly table: Record<string, readonly string[]>,
    private readonly classes: Snapshot['classes'],
    readonly requiredIds: readonly number[] | null,
  ) {}

  get required(): readonly (readonly string[])[] | null {
    return requiredKeys(this.node);
  }

  get node(): Node {
    return (this.tree ??= reviveNode(JSON.parse(this.text) as NodeData, this.table, this.classes));
  }

  get first(): Set<string> | null {
    if (this.firstWords === undefined) this.firstWords = firstSet(this.node);
    return this.firstWords;
  }
}

/** A saved tree made into a `Node`; its classes are the table's (checked by `savedSet`), shared as compiling shares them. */
function reviveNode(node: NodeData, table: Record<string, readonly string[]>, classes: Snapshot['classes']): Node {
  if (typeof node === 'string') return { t: 'word', norm: node };
  if (typeof node === 'number') {
    const checked = checkedClasses.get(table)!;
    let classNode = checked.get(node);
    if (!classNode) {
      const { name, node: text } = classes[node]!;
      let cache = classCache.get(table);
      if (!cache) classCache.set(table, (cache = new Map()));
      classNode = cache.get(name) ?? reviveNode(JSON.parse(text) as NodeData, table, classes);
      cache.set(name, classNode);
      checked.set(node, classNode);
    }
    return classNode;
  }
  const [tag, ...fields] = node;
  switch (tag) {
    case 'p':
      return { t: 'prefix', norm: fields[0] as string };
    case 'i':
      return { t: 'inflect', norm: fields[0] as string };
    case 'g':
      return { t: 'gap', min: fields[0] as number, max: fields[1] as number };
    case 'u':
      return { t: 'punct', values: fields as string[] };
    case 's':
      return { t: 'seq', items: fields.map((f) => reviveNode(f, table, classes)) };
    case 'a':
      return { t: 'alt', options: fields.map((f) => reviveNode(f, table, classes)) };
    case 'o':
      return { t: 'opt', item: reviveNode(fields[0]!, table, classes) };
    default:
      return { t: tag as 'any' | 'ph' | 'num' | 'start' | 'end' };
  }
}

/**
 * The set's patterns and index as saved, or null when the snapshot has none for these sources or
 * a class they use has other items in `table` than the saved ones.
 */
function savedSet(
  sources: readonly string[],
  table: Record<string, readonly string[]>,
): { patterns: Pattern[]; rank: number[]; byKey: [string, number[]][]; anyFirst: number[] } | null {
  if (snapshot === undefined) {
    let json: string | null = null;
    try {
      json = jsonText(readFileSync(new URL(SNAPSHOT_FILE, import.meta.url)));
    } catch {
      // No saved patterns beside this module: compile them.
    }
    snapshot = json === null ? null : readSnapshot(json);
  }
  const saved = snapshot?.sets.get(sources.join('\n'));
  if (!snapshot || !saved || saved.n.length !== sources.length) return null;
  const { data, groupIds } = snapshot;
  let checked = checkedClasses.get(table);
  if (!checked) checkedClasses.set(table, (checked = new Map()));
  const known = checked;
  const same = (id: number): boolean => {
    if (known.has(id)) return true;
    const entry = data.classes[id];
    if (!entry || table[entry.name]?.join('\n') !== entry.items || !entry.c.every(same)) return false;
    known.set(id, null);
    return true;
  };
  if (!saved.c.every(same)) return null;
  const patterns = saved.n.map((text, n) => {
    const r = saved.r[n]!;
    return new SavedPattern(sources[n]!, text, table, data.classes, r && r.map((g) => (groupIds[g] ??= namedGroupId(data.groups[g]!))));
  });
  return { patterns, rank: saved.o, byKey: saved.k, anyFirst: saved.a };
}
