/**
 * Read a (pre-processed) reply as English paragraphs, parsing block by block.
 *
 * retext-english's cost grows with the square of a tree's length, so no input is ever parsed as
 * one tree: plain text is split into paragraphs, Markdown into top-level blocks at safe blank
 * lines, and a block over 32 KB into pieces at line breaks (the Markdown parser's own cost grows
 * faster than the length of a paragraph). Each piece is parsed on its own and every
 * paragraph is handed to the caller with a map from the piece's offsets to offsets of the reply.
 * The caller keeps what it needs of each paragraph (the sentence index keeps tokens), so the
 * nlcst nodes of a long reply are never all held at once.
 *
 * Markdown goes through remark-parse and mdast-util-to-nlcst (the core of remark-retext), which
 * drops code, inline code, HTML, link targets, front matter and block quotes. Text with no
 * Markdown syntax takes the plain path: same positions, same findings, a third of the cost.
 */
import type { Paragraph, Root } from 'nlcst';
import { toNlcst } from 'mdast-util-to-nlcst';
import type { Root as MdastRoot, RootContent as MdastContent } from 'mdast';
import { ParseEnglish } from 'parse-english';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { alignOffsets } from './inputs/offsets.js';
import { lastAtOrBefore } from './sorted.js';

/** Parses one piece of prose; retext-english's parser. */
export type ProseParser = (value: string) => Root;

/** Maps an offset in a parsed piece to the offset in the reply. */
export type OffsetMap = (offset: number) => number;

/** Takes one parsed paragraph (positions relative to its piece) and keeps what it needs of it. */
export type ParagraphReader<T> = (paragraph: Paragraph, map: OffsetMap) => T;

/** What the Markdown path found besides prose. */
export interface ParsedReply<T> {
  /** What the reader kept of each paragraph, in text order. */
  paragraphs: T[];
  /** The YAML front matter source, when there is one. */
  frontmatter: string | null;
  /** Which path was taken, for tests and the benchmark. */
  path: 'text' | 'markdown';
}

const MARKDOWN_IGNORE = ['blockquote', 'code', 'html', 'yaml', 'toml', 'definition', 'thematicBreak'];
const CHUNK = 32 * 1024;
/**
 * The most of one Markdown block the Markdown parser is given (larger blocks are cut, see
 * `splitLarge`); a parsed block still larger than this (fenced code aside) is read as plain text.
 */
const MAX_BLOCK = 32 * 1024;

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * Does the text use Markdown syntax that changes what is prose? Plain paragraphs of sentences
 * answer no and skip the Markdown parser.
 */
export function hasMarkdownSyntax(text: string): boolean {
  return /[*_`<>[\]|\\~]|&#?\w{1,32};|^[ \t]|^#|^[-+=](?:[ \t]|$)|^\d{1,9}[.)](?:[ \t]|$)|^-{2,}|^={2,}/m.test(text);
}

/**
 * Parse a reply, handing each paragraph to `read`. `markdown` selects the Markdown path when the
 * text has Markdown syntax; `'always'` takes it regardless (tests use it to show both paths agree).
 */
export function parseReply<T>(masked: string, markdown: boolean | 'always', parse: ProseParser, read: ParagraphReader<T>): ParsedReply<T> {
  if (markdown === 'always' || (markdown && hasMarkdownSyntax(masked))) {
    return parseMarkdown(masked, markdown === 'always', parse, read);
  }
  const out: T[] = [];
  for (const block of paragraphs(masked)) {
    const root = parse(masked.slice(block.start, block.end));
    const map = (o: number): number => o + block.start;
    for (const p of root.children) {
      if (p.type === 'ParagraphNode') out.push(read(p, map));
    }
  }
  return { paragraphs: out, frontmatter: null, path: 'text' };
}

/** Runs of non-blank lines; a very long run is cut at sentence ends so no piece is huge. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // `\r(?!\n)`: the CR of a CRLF is not a line of its own, or every line break would end a paragraph.
  const re = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)\s*/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    if (!/\S/.test(text.slice(s, Math.min(e, s + 4096))) && !text.slice(s, e).trim()) return;
    if (e - s <= MAX_PIECE) out.push({ start: s, end: e });
    else for (const piece of sentencePieces(text, s, e)) out.push(piece);
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

/** Longest piece parsed as one tree; longer paragraphs are cut at sentence ends (or spaces). */
const MAX_PIECE = 8 * 1024;

function sentencePieces(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  while (end - s > MAX_PIECE) {
    const window = text.slice(s + MAX_PIECE / 2, s + MAX_PIECE);
    let cut = -1;
    const sentence = /[.!?\u2026]["')\]\u201d\u2019]*\s+/g;
    for (let m = sentence.exec(window); m; m = sentence.exec(window)) cut = m.index + m[0].length;
    if (cut < 0) cut = window.lastIndexOf(' ') + 1;
    const at = cut > 0 ? s + MAX_PIECE / 2 + cut : s + MAX_PIECE;
    out.push({ start: s, end: at });
    s = at;
  }
  if (s < end) out.push({ start: s, end });
  return out;
}

/** A piece of text to parse on its own, and whether it needs the Markdown parser. */
interface Block {
  start: number;
  end: number;
  markdown: boolean;
  /** The text to parse on the plain path when it differs from the block (emphasis blanked). */
  text?: string;
}

/**
 * `**bold**` and `*italic*` that Markdown reads as emphasis whatever surrounds them: opened after
 * a space or `(`, closed before a space or punctuation, non-space inside, no `*` within.
 */
const SIMPLE_EMPHASIS = /(?<![^\s(])(\*\*?)(?=[^\s*])[^*\r\n]*?[^\s*]\1(?![^\s.,:;!?)])/g;
/** `[a note]` not followed by `(`, `[` or `:`, with no syntax inside: literal text in Markdown. */
const BRACKET_NOTE = /\[[^[\]\r\n*_`<>\\&~|]*\](?![([:])/g;
/** A link reference definition, which can turn a bracketed note into a link. */
const DEFINITION = /^ {0,3}\[[^\]\r\n\u2028\u2029]+\]:/m;

/**
 * The plain-text reading of a Markdown block whose only syntax is simple emphasis and bracketed
 * notes: the block with its emphasis markers blanked (same length, so positions hold), which
 * parses to the same prose as the Markdown parser makes of it. Null for any other Markdown.
 */
export function plainEquivalent(block: string, definitions: boolean): string | null {
  const text = block.replace(
    SIMPLE_EMPHASIS,
    (m: string, mark: string) => `${' '.repeat(mark.length)}${m.slice(mark.length, -mark.length)}${' '.repeat(mark.length)}`,
  );
  let probe = block.replace(SIMPLE_EMPHASIS, (m: string, mark: string) => m.slice(mark.length, -mark.length));
  if (!definitions) probe = probe.replace(BRACKET_NOTE, 'x');
  return hasMarkdownSyntax(probe) ? null : text;
}

/**
 * Parse Markdown. Blocks without Markdown syntax take the plain path (a third of the cost);
 * the others are parsed by remark together, as one document in which each plain block is
 * replaced by a one-word stub paragraph, so they see the same context (a paragraph still ends a
 * list) and link references still resolve. Large documents are parsed in chunks of blocks, so
 * the cost stays linear.
 */
function parseMarkdown<T>(masked: string, always: boolean, parse: ProseParser, read: ParagraphReader<T>): ParsedReply<T> {
  // What was read of each paragraph, with where the paragraph starts in the reply (for the order).
  const found: { at: number; value: T }[] = [];
  const take = (p: Paragraph, map: OffsetMap): void => {
    const start = p.position?.start.offset;
    found.push({ at: start === undefined ? 0 : map(start), value: read(p, map) });
  };
  let frontmatter: string | null = null;
  const definitions = DEFINITION.test(masked);
  const frontmatterFirst = masked.startsWith('---');
  const pieces = markdownBlocks(masked).flatMap((b) =>
    b.end - b.start > MAX_BLOCK && !(b.start === 0 && frontmatterFirst) ? splitLarge(masked, b.start, b.end) : [b],
  );
  const blocks: Block[] = pieces.map((b) => {
    // A line too long to read as Markdown: read as plain text (see splitLarge).
    if ('huge' in b) return { start: b.start, end: b.end, markdown: false };
    const slice = masked.slice(b.start, b.end);
    if (always || (b.start === 0 && frontmatterFirst)) return { ...b, markdown: true };
    if (!hasMarkdownSyntax(slice)) return { ...b, markdown: false };
    // Emphasis and bracketed notes alone do not need the Markdown parser (most of them do not).
    const text = plainEquivalent(slice, definitions);
    return text === null ? { ...b, markdown: true } : { ...b, markdown: false, text };
  });
  // The Markdown document being built: its text and where each of its pieces came from.
  let doc = '';
  let segments: { at: number; from: number; length: number }[] = [];
  let stubs: number[] = [];
  /** Whether the document ends with a stub. */
  let endsWithStub = false;
  const flush = (): void => {
    if (!segments.length) return;
    const file = new VFile(doc);
    const mdast = markdownParser.parse(file) as MdastRoot;
    const segs = segments;
    const map = (offset: number): number => {
      const seg = segs[lastAtOrBefore(segs, offset, (x) => x.at)]!;
      return seg.from + Math.min(Math.max(offset - seg.at, 0), seg.length);
    };
    const stubbed = new Set(stubs);
    for (const block of mdast.children) {
      const at = block.position?.start.offset ?? 0;
      if (stubbed.has(at)) continue;
      if (block.type === 'yaml' && map(at) === 0) frontmatter = block.value;
      if (MARKDOWN_IGNORE.includes(block.type)) continue;
      const to = block.position?.end.offset ?? at;
      // A block too large (a wall of text with stray Markdown) or nested too deeply ("- - - - …"
      // thousands of times) is read as plain text in pieces: one tree of it would be slow, and
      // mdast-util-to-nlcst, which recurses once per level, overflows the stack.
      if (to - at > MAX_BLOCK || deeperThan(block, MAX_DEPTH)) {
        const from = map(at);
        for (const piece of paragraphs(masked.slice(from, map(to)))) {
          const base = from + piece.start;
          const shift = (o: number): number => o + base;
          for (const p of parse(masked.slice(base, from + piece.end)).children) {
            if (p.type === 'ParagraphNode') take(p, shift);
          }
        }
        continue;
      }
      const root = blockToNlcst(block as MdastContent, doc, at);
      const fromBlock = (o: number): number => map(o + at);
      for (const p of root.children) if (p.type === 'ParagraphNode') take(p, fromBlock);
    }
    doc = '';
    segments = [];
    stubs = [];
    endsWithStub = false;
  };
  for (const b of blocks) {
    if (b.markdown) {
      if (doc) doc += '\n\n';
      segments.push({ at: doc.length, from: b.start, length: b.end - b.start });
      doc += masked.slice(b.start, b.end);
      endsWithStub = false;
      if (doc.length >= CHUNK) flush();
      continue;
    }
    // A plain block: parsed as text, and a stub in the Markdown document (when there is one).
    // One stub stands for a run of plain blocks: one paragraph or several, the Markdown blocks
    // around them parse the same (thousands of stubs made a long reply's Markdown slow).
    if (segments.length && !endsWithStub) {
      doc += '\n\n';
      stubs.push(doc.length);
      doc += 'x';
      endsWithStub = true;
    }
    const text = b.text ?? masked.slice(b.start, b.end);
    for (const piece of paragraphs(text)) {
      const base = b.start + piece.start;
      const map = (o: number): number => o + base;
      for (const p of parse(text.slice(piece.start, piece.end)).children) {
        if (p.type === 'ParagraphNode') take(p, map);
      }
    }
  }
  flush();
  found.sort((a, b) => a.at - b.at);
  return { paragraphs: found.map((f) => f.value), frontmatter, path: 'markdown' };
}

/** Nesting a Markdown block may have before it is read as plain text (see `deeperThan`). */
const MAX_DEPTH = 200;

/** Whether a tree nests more than `limit` levels, found without recursion. */
function deeperThan(node: Positioned, limit: number): boolean {
  let level: readonly Positioned[] = [node];
  for (let depth = 0; level.length; depth++) {
    if (depth > limit) return true;
    const next: Positioned[] = [];
    for (const n of level) if (n.children) for (const c of n.children) next.push(c);
    level = next;
  }
  return false;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

/** One English parser for every block: it keeps no state between calls. */
const english = new ParseEnglish();

/** retext-english's parser without its per-call set-up (see `proseParser` in src/engine.ts). */
export const parseEnglish: ProseParser = (value) => english.parse(value);

type Positioned = { position?: MdastContent['position']; children?: Positioned[] };

/**
 * The nlcst of one Markdown block, with offsets counted from the block's start (`at` in `doc`).
 * mdast-util-to-nlcst indexes the lines of the file it is given up to the block on every call, so
 * it is given the document from the block on: each block then costs its own length, not the
 * length of the document before it.
 */
function blockToNlcst(block: MdastContent, doc: string, at: number): Root {
  const shift = (node: Positioned): void => {
    const p = node.position;
    if (p) {
      node.position = {
        start: { ...p.start, offset: p.start.offset === undefined ? undefined : p.start.offset - at },
        end: { ...p.end, offset: p.end.offset === undefined ? undefined : p.end.offset - at },
      };
    }
    for (const child of node.children ?? []) shift(child);
  };
  shift(block as Positioned);
  const text = doc.slice(at);
  const fixes = textFixes(block as Positioned, text);
  const root = toNlcst(block, new VFile(text), english, { ignore: MARKDOWN_IGNORE });
  if (fixes.length) remapOffsets(root as Positioned, fixes);
  return root;
}

/** A Markdown text node whose value is not its source: where it starts, and its offset map. */
interface TextFix {
  start: number;
  length: number;
  map: Int32Array;
}

/**
 * The text nodes of a block whose value differs from their source: character references
 * ("Tom &amp; Jerry"), backslash escapes ("\*"), and the indentation of a list item's or a
 * paragraph's continuation lines. mdast-util-to-nlcst places each word of a text node by adding
 * value lengths to the node's start, so after any of these every later word of the node would
 * point too far left (and, after enough continuation lines, at an earlier line).
 */
function textFixes(block: Positioned, text: string): TextFix[] {
  const out: TextFix[] = [];
  const walk = (node: Positioned & { type?: string; value?: unknown }): void => {
    if (node.type === 'text' && typeof node.value === 'string') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined && text.slice(start, end) !== node.value) {
        out.push({ start, length: node.value.length, map: alignOffsets(node.value, text, start, end, 'markdown') });
      }
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(block);
  return out;
}

/** Put every nlcst offset that lies in a fixed text node where its character is in the source. */
function remapOffsets(root: Positioned, fixes: readonly TextFix[]): void {
  const fix = (offset: number | undefined): number | undefined => {
    if (offset === undefined) return offset;
    const f = fixes[lastAtOrBefore(fixes, offset, (x) => x.start)]!;
    return offset >= f.start && offset <= f.start + f.length ? f.map[offset - f.start]! : offset;
  };
  const walk = (node: Positioned): void => {
    const p = node.position;
    // New points: nlcst nodes share point objects with their parents, so none is changed in place.
    if (p) node.position = { start: { ...p.start, offset: fix(p.start.offset) }, end: { ...p.end, offset: fix(p.end.offset) } };
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
}

/**
 * Split Markdown into blocks at blank lines that cannot be inside a construct: not in fenced
 * code, an HTML comment or raw HTML element, or front matter, and never before an indented line
 * (which may continue a list item or be code). Each block parses the same on its own as in
 * place, except for link references, which `parseMarkdown` keeps together.
 */
export function markdownBlocks(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = 0;
  const verbatim: Verbatim = { fence: null, raw: null };
  let prevBlank = false;
  let frontmatter = text.startsWith('---');
  let end = 0;
  for (let m = line.exec(text); m && m[0].length > 0; m = line.exec(text)) {
    const l = withoutBreak(m[0]);
    const blank = l.trim() === '';
    if (frontmatter) {
      if (m.index > 0 && /^(---|\.\.\.)\s*$/.test(l)) frontmatter = false;
    } else {
      if (!inVerbatim(verbatim) && prevBlank && !blank && !/^[ \t]/.test(l) && end > start) {
        out.push({ start, end });
        start = m.index;
      }
      readVerbatim(verbatim, l);
    }
    if (!blank) end = m.index + l.length;
    prevBlank = blank;
  }
  if (end > start || !out.length) out.push({ start, end: Math.max(end, start) });
  return out;
}

/** CommonMark raw HTML block kinds 1-5: how each opens and what closes it. */
const RAW_HTML_KINDS: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];

/** The end of a raw HTML block (CommonMark kinds 1-5) that starts on this line and does not end on it. */
function rawHtmlEnd(l: string): RegExp | null {
  for (const [open, close] of RAW_HTML_KINDS) {
    const m = open.exec(l);
    if (m && !close.test(l.slice(m[0].length))) return close;
  }
  return null;
}

/** A line without its line break. */
function withoutBreak(l: string): string {
  if (l.endsWith('\n')) l = l.slice(0, -1);
  if (l.endsWith('\r')) l = l.slice(0, -1);
  return l;
}

/** Whether the lines read so far left a fenced code block or a raw HTML block open. */
interface Verbatim {
  fence: string | null;
  raw: RegExp | null;
}

function inVerbatim(state: Verbatim): boolean {
  return state.fence !== null || state.raw !== null;
}

/** Read one line into the state: a fence or raw HTML block it opens or closes. */
function readVerbatim(state: Verbatim, l: string): void {
  if (state.fence) {
    if (l.trimStart().startsWith(state.fence)) state.fence = null;
  } else if (state.raw) {
    if (state.raw.test(l)) state.raw = null;
  } else {
    const f = FENCE.exec(l);
    if (f) state.fence = f[1]!;
    else state.raw = rawHtmlEnd(l);
  }
}

/** A piece of a large Markdown block; a `huge` one is a single line, read as plain text. */
type Piece = { start: number; end: number } | { start: number; end: number; huge: true };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A line that can open an HTML block of CommonMark kinds 6 and 7, which runs to a blank line. */
const HTML_BLOCK = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;

/** Does the line open an HTML block of any kind (a comment or `<div>`, say), even one it closes? */
function opensHtml(l: string): boolean {
  return HTML_BLOCK.test(l) || RAW_HTML_KINDS.some(([open]) => open.test(l));
}
/** A line that ends a sentence (then a new piece can start after it). */
const SENTENCE_LINE = /[.!?:]["')\]\u201d\u2019]*[ \t]*$/;

/**
 * A Markdown block longer than MAX_BLOCK, cut at line breaks into pieces of at most MAX_BLOCK
 * (after a line that ends a sentence where there is one in the second half), never inside fenced
 * code or raw HTML. The Markdown parser's time and memory grow faster than the length of one
 * paragraph on some text (2 MB of emphasis or links in one paragraph: over a minute and 1 GB),
 * so it is never given more than MAX_BLOCK of one. A single line longer than MAX_BLOCK is its own
 * piece, marked `huge`, and is read as plain text. HTML blocks that run to a blank line are not
 * cut either (a line that opens one, `<div>` say, may also open a paragraph of inline HTML, which
 * is then left whole). Lazy continuation lines of a block quote or list item cut off from it read
 * as a paragraph of their own.
 */
export function splitLarge(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  const verbatim: Verbatim = { fence: null, raw: null };
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  line.lastIndex = start;
  // The piece being built starts at `from`; `prevEnd` is the end of the line before this one;
  // `cut` is the start of a line after a sentence end (outside code), `cutEnd` the end before it.
  let from = start;
  let prevEnd = start;
  let cut = -1;
  let cutEnd = -1;
  // Inside an HTML block that runs to the next blank line: its lines are not prose either.
  let html = false;
  for (let m = line.exec(text); m && m[0].length > 0 && m.index < end; m = line.exec(text)) {
    const l = withoutBreak(m[0]);
    const lineStart = m.index;
    const lineEnd = Math.min(lineStart + l.length, end);
    const next = lineStart + m[0].length;
    if (l.trim() === '') html = false;
    if (!inVerbatim(verbatim) && !html) {
      if (lineEnd - lineStart > MAX_BLOCK && !FENCE.test(l) && !opensHtml(l)) {
        if (lineStart > from) out.push({ start: from, end: prevEnd });
        let s = lineStart;
        let e = lineEnd;
        while (s < e && isSpaceOrTab(text.charCodeAt(s))) s++;
        while (e > s && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
        out.push({ start: s, end: e, huge: true });
        from = prevEnd = next;
        cut = -1;
        continue;
      }
      if (lineStart > from && lineEnd - from > MAX_BLOCK) {
        const sentence = cut > from + MAX_BLOCK / 2;
        out.push({ start: from, end: sentence ? cutEnd : prevEnd });
        from = sentence ? cut : lineStart;
        // A piece that starts on an indented line (a nested list item, a continuation line) would
        // open with an indented code block, which is not prose: it starts at the line's text.
        while (from < end && isSpaceOrTab(text.charCodeAt(from))) from++;
        cut = -1;
      }
    }
    readVerbatim(verbatim, l);
    if (!inVerbatim(verbatim) && !html && HTML_BLOCK.test(l)) html = true;
    if (!inVerbatim(verbatim) && !html && SENTENCE_LINE.test(l)) {
      cut = next;
      cutEnd = lineEnd;
    }
    prevEnd = lineEnd;
  }
  if (from < end && prevEnd > from) out.push({ start: from, end: prevEnd });
  return out;
}
