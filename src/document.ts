/**
 * The shared index of one reply: its sentences as normalised token lists, built once before the
 * rules run, so that no rule walks the tree again or re-normalises words.
 */
import type { Paragraph, Sentence as NlcstSentence } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import type { Preprocessed, Range } from './preprocess.js';
import { overlapsAny } from './preprocess.js';
import type { OffsetMap } from './parse.js';
import type { Expressions } from './components.js';
import type { MatchIndex } from './phrase.js';
import type { Token } from './tokens.js';
import { normalizeWord, readContractedHad } from './tokens.js';
import { location } from 'vfile-location';

/** One sentence of the reply. */
export interface Sentence {
  /** Position in the reply, counting from 0. */
  index: number;
  /** Paragraph number, counting from 0. */
  paragraph: number;
  tokens: Token[];
  start: number;
  end: number;
  /** The sentence as the author wrote it (placeholders unmasked). */
  text: string;
}

/** Everything rules know about the reply besides the tree. */
export interface ReplyDoc {
  /** The reply text as written (after any decoding from a structured file). */
  text: string;
  pre: Preprocessed;
  sentences: Sentence[];
  /**
   * Where each phrase set has matches among `sentences`, for a long reply (see `MatchIndex`):
   * rules walk only those sentences. Absent for most replies.
   */
  matches?: MatchIndex;
  /**
   * The component analysis's reading of the reply, kept for the full analysis after the gate's
   * (see `analyze` in src/components.ts).
   */
  expressions?: Expressions;
  /** Front matter and other metadata a reply carries (title, tags, channel, apology override). */
  meta: ReplyMeta;
  /** Line and column (1-based) of an offset in the reply. */
  point(offset: number): { line: number; column: number; offset: number };
}

/** Metadata about the reply from front matter, structured files and the CLI. */
export interface ReplyMeta {
  title?: string;
  tags?: string[];
  channel?: string;
  /** `true`/`false` from front matter, a directive or `--context`. */
  apology?: boolean;
}

/** The sentences of one paragraph, read from its nlcst nodes; numbered when the index is built. */
export type ParagraphSentences = { tokens: Token[]; start: number; end: number }[];

/**
 * Read one parsed paragraph: its sentences as tokens with reply offsets (`map` moves offsets of
 * the parsed piece to offsets of the reply). The nlcst nodes are not kept.
 */
export function readParagraph(paragraph: Paragraph, map: OffsetMap, text: string, pre: Preprocessed): ParagraphSentences {
  const out: ParagraphSentences = [];
  let held: { tokens: Token[]; start: number; end: number } | null = null;
  const flush = (): void => {
    if (!held) return;
    for (const part of splitSentences(held.tokens, text, held.start, held.end)) {
      if (part.tokens.some((t) => t.kind === 'word' || t.kind === 'placeholder')) out.push(part);
    }
    held = null;
  };
  for (const s of paragraph.children) {
    if (s.type !== 'SentenceNode') continue;
    const startAt = s.position?.start.offset;
    const endAt = s.position?.end.offset;
    const sStart = startAt === undefined ? 0 : map(startAt);
    const sEnd = endAt === undefined ? sStart : map(endAt);
    const tokens = tokenize(s, pre.placeholders, map);
    if (held && continuesAfterAbbreviation(held.tokens, tokens, text)) {
      held = { tokens: held.tokens.concat(tokens), start: held.start, end: sEnd };
      continue;
    }
    flush();
    held = { tokens, start: sStart, end: sEnd };
  }
  flush();
  return out;
}

/** Abbreviations written before a number or reference ("ref. MV-77", "no. 5521", "approx. 20"). */
const BEFORE_NUMBER = new Set('ref refs no nos num approx acct tel ext vol pp fig apt inv ca'.split(' '));

/**
 * The parser ends a sentence at "ref." or "no." before a capital letter or a number ("Claim
 * ref. MV-77 was closed"): the next sentence goes on when the one before ends with such an
 * abbreviation, its full stop right after it, and the next starts on the same line with a word
 * that has a digit.
 */
function continuesAfterAbbreviation(before: readonly Token[], after: readonly Token[], text: string): boolean {
  const stop = before[before.length - 1];
  const word = before[before.length - 2];
  const next = after[0];
  if (!stop || !word || !next || stop.norm !== '.' || word.kind !== 'word' || word.end !== stop.start) return false;
  if (!BEFORE_NUMBER.has(word.norm) || next.kind !== 'word' || !/\d/.test(next.norm)) return false;
  return !lineBreakIn(text, stop.end, next.start);
}

/** Build the index from the reply's paragraphs (from `readParagraph`, in text order). */
export function buildDoc(paragraphs: readonly ParagraphSentences[], text: string, pre: Preprocessed, meta: ReplyMeta): ReplyDoc {
  const place = location(text);
  const point = (offset: number): { line: number; column: number; offset: number } => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const p = place.toPoint(clamped);
    return p ? { line: p.line, column: p.column, offset: clamped } : { line: 1, column: 1, offset: 0 };
  };
  const sentences: Sentence[] = [];
  paragraphs.forEach((parts, paragraph) => {
    for (const { tokens, start, end } of parts) {
      sentences.push({ index: sentences.length, paragraph, tokens, start, end, text: text.slice(start, end) });
    }
  });
  return { text, pre, sentences, meta, point };
}

/** The characters that mark a list item ("•", "◦", "-", "*", "+", "–" …); numbered items are "1." or "2)". */
export const ITEM_MARKS = '\u2022\u25e6\u25aa\u2023\u00b7*+\u2013-';
const ITEM_MARK = new RegExp(`^[${ITEM_MARKS}]$`);

/** Is there a line break in `text` from `from` to `to`? */
function lineBreakIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Whether the line that ends at `end` is a heading set in bold ("**What we've changed**") or
 * ending in a colon ("What happened:"): in Markdown it runs into the next line's paragraph, and
 * the parser reads both as one sentence.
 */
function headingLineAt(text: string, end: number): boolean {
  const from = text.lastIndexOf('\n', end - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd).trim();
  return HEADING_LINE.test(line);
}

const HEADING_LINE = /^(?:(?:\*\*|__)\S.*(?:\*\*|__)|[^\s:][^:\n]{0,40}:)$/;

/** Is token `i` a list item's marker followed by a space? */
function itemMarkAt(tokens: readonly Token[], i: number, text: string): boolean {
  const t = tokens[i]!;
  const spaced = (at: number): boolean => /^[ \t]/.test(text.slice(at, at + 1));
  if (t.kind !== 'word') return ITEM_MARK.test(t.norm) && spaced(t.end);
  if (/^\d{1,3}\.$/.test(t.norm)) return spaced(t.end);
  const next = tokens[i + 1];
  return /^\d{1,3}$/.test(t.norm) && next !== undefined && next.start === t.end && (next.norm === ')' || next.norm === '.') && spaced(next.end);
}

/** Abbreviations that keep their full stop inside a sentence ("etc. and", "approx. two days"). */
const ABBREVIATIONS = new Set(
  'etc vs approx appt apt dept est incl excl inc ltd co corp st mr mrs ms dr prof jr sr mt ave rd no nos tel ext min max hr hrs mins sec ref fig vol pp cf al misc govt intl jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'.split(
    ' ',
  ),
);

/** A word the parser gave the full stop of a sentence that goes on in lower case (not an abbreviation). */
function endsWithFullStop(norm: string): boolean {
  if (norm.length < 3 || norm.charCodeAt(norm.length - 1) !== 46) return false;
  const word = norm.slice(0, -1);
  return word === 'in' || (/^[a-z][a-z'-]*[a-z]$/.test(word) && !ABBREVIATIONS.has(word));
}

/**
 * Where the English parser leaves sentences joined, split them. It reads "in." as an abbreviation
 * (inches), so "Thanks for writing in. Sorry if …" stays one sentence: split after "in." when the
 * next word starts with a capital letter, and likewise after a number that took the full stop
 * ("up to £90. Every cleaner …").
 * A list written as lines ("Fixes:\n• Refunded those three bags\n• …") is split before each
 * item, so an item without a full stop does not run into the next one; so is a line after a
 * heading line (see `headingLineAt`).
 */
function splitSentences(tokens: Token[], text: string, start: number, end: number): { tokens: Token[]; start: number; end: number }[] {
  const parts: { tokens: Token[]; start: number; end: number }[] = [];
  let current: Token[] = [];
  let from = start;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    if (
      prev &&
      current.length &&
      t.start > prev.end &&
      lineBreakIn(text, prev.end, t.start) &&
      (itemMarkAt(tokens, i, text) || headingLineAt(text, prev.end))
    ) {
      parts.push({ tokens: current, start: from, end: prev.end });
      current = [];
      from = t.start;
    }
    // "… up to £90. Every cleaner now …": a number with the full stop read as part of it ends the
    // sentence before a capital letter, unless it starts the sentence (a list's "1.").
    if (t.kind === 'word' && current.length && t.norm.charCodeAt(t.norm.length - 1) === 46 && /^\d[\d,]*\.$/.test(t.norm)) {
      const after = tokens[i + 1];
      if (after && after.kind !== 'punct' && /^[A-Z]/.test(text.slice(after.start, after.end))) {
        current.push({ ...t, norm: t.norm.slice(0, -1), end: t.end - 1 }, { norm: '.', kind: 'punct', start: t.end - 1, end: t.end, literal: false });
        parts.push({ tokens: current, start: from, end: t.end });
        current = [];
        from = after.start;
        continue;
      }
    }
    if (t.kind !== 'word' || !endsWithFullStop(t.norm)) {
      current.push(t);
      continue;
    }
    current.push({ ...t, norm: t.norm.slice(0, -1), end: t.end - 1 }, { norm: '.', kind: 'punct', start: t.end - 1, end: t.end, literal: false });
    const next = tokens[i + 1];
    // "in." may be inches ("12 in. wide"): it ends a sentence only before a capital letter. Any
    // other word with the full stop ends it before any word: "Sorry for any inconvenience. we'll
    // fix it." (the parser joins a sentence that goes on in lower case to the one before).
    if (next && next.kind !== 'punct' && (t.norm !== 'in.' || /^[A-Z]/.test(text.slice(next.start, next.end)))) {
      parts.push({ tokens: current, start: from, end: t.end });
      current = [];
      from = next.start;
    }
  }
  parts.push({ tokens: current, start: from, end });
  return parts;
}

function tokenize(sentence: NlcstSentence, placeholders: Range[], map: OffsetMap): Token[] {
  const out: Token[] = [];
  const children = sentence.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'WhiteSpaceNode') continue;
    const startAt = node.position?.start.offset;
    const endAt = node.position?.end.offset;
    if (startAt === undefined || endAt === undefined) continue;
    const start = map(startAt);
    const end = map(endAt);
    switch (node.type) {
      case 'WordNode': {
        if (overlapsAny(placeholders, start, end)) {
          out.push({ norm: '@ph', kind: 'placeholder', start, end, literal: false });
          continue;
        }
        // `quoted` first: it is the cheaper test and the stricter one.
        const literal = quoted(sentence, i) && isLiteral(sentence, i);
        for (const norm of normalizeWord(textOf(node))) out.push({ norm, kind: 'word', start, end, literal });
        continue;
      }
      case 'PunctuationNode':
      case 'SymbolNode':
        out.push({ norm: textOf(node), kind: node.type === 'SymbolNode' ? 'symbol' : 'punct', start, end, literal: false });
        continue;
      case 'SourceNode':
        out.push({ norm: '@src', kind: 'source', start, end, literal: true });
        continue;
      default:
        continue;
    }
  }
  readContractedHad(out);
  return out;
}

/** A node's text; most words are one text node, which needs no joining. */
function textOf(node: NlcstSentence['children'][number]): string {
  if ('value' in node) return node.value;
  const only = node.children.length === 1 ? node.children[0]! : null;
  return only && 'value' in only ? only.value : toString(node);
}

const QUOTES = new Set(['"', "'", '\u2018', '\u2019', '\u201a', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2039', '\u203a', '`']);

/**
 * nlcst-is-literal also counts words between commas, dashes or brackets ("I'm sorry, however, …")
 * as literal; only a word wrapped in quotation marks is a mention rather than a use.
 */
function quoted(sentence: NlcstSentence, index: number): boolean {
  const side = (step: number): boolean => {
    for (let j = index + step; j >= 0 && j < sentence.children.length; j += step) {
      const node = sentence.children[j]!;
      if (node.type === 'WhiteSpaceNode') continue;
      return (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && QUOTES.has(textOf(node));
    }
    return false;
  };
  return side(-1) || side(1);
}

/**
 * A fact about a whole reply, computed on first use and remembered for that reply. Rules that
 * ask about the whole reply for each match use it, so a reply with many matches is still read
 * once (a rule's cost stays linear in the reply's length).
 */
export function perReply<T>(compute: (doc: ReplyDoc) => T): (doc: ReplyDoc) => T {
  const known = new WeakMap<ReplyDoc, T>();
  return (doc) => {
    if (known.has(doc)) return known.get(doc) as T;
    const value = compute(doc);
    known.set(doc, value);
    return value;
  };
}

/** Each sentence's normalised words joined by spaces, by sentence index (made once per reply, for guards). */
export const sentenceWords = perReply((doc) => doc.sentences.map((s) => s.tokens.map((t) => t.norm).join(' ')));

/** The reply index a rule runs on; set by the engine before any rule. */
export function getDoc(file: VFile): ReplyDoc {
  const doc = (file.data as { apologyDoc?: ReplyDoc }).apologyDoc;
  if (!doc) throw new Error('apology-lint: reply index missing; rules must run inside the engine');
  return doc;
}
