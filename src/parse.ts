/**
 * Turn a (pre-processed) reply into one nlcst tree, parsing block by block.
 *
 * retext-english's cost grows with the square of a tree's length, so no input is ever parsed as
 * one tree: plain text is split into paragraphs, Markdown into top-level blocks (and very large
 * Markdown into chunks at safe blank lines first). Each piece is parsed on its own and its
 * positions are moved to the piece's place in the reply, so every node points at the original
 * offset, line and column.
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
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { location } from 'vfile-location';

/** Parses one piece of prose; retext-english's parser. */
export type ProseParser = (value: string) => Root;

/** What the Markdown path found besides prose. */
export interface ParsedReply {
  tree: Root;
  /** The YAML front matter source, when there is one. */
  frontmatter: string | null;
  /** Which path was taken, for tests and the benchmark. */
  path: 'text' | 'markdown';
}

const MARKDOWN_IGNORE = ['blockquote', 'code', 'html', 'yaml', 'toml', 'definition', 'thematicBreak'];
const CHUNK = 32 * 1024;
/** Markdown blocks larger than this are read as plain text (see parseReply). */
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
 * Parse a reply. `markdown` selects the Markdown path when the text has Markdown syntax;
 * `'always'` takes it regardless (tests use it to show both paths agree).
 */
export function parseReply(masked: string, markdown: boolean | 'always', parse: ProseParser): ParsedReply {
  const place = location(masked);
  const tree: Root = { type: 'RootNode', children: [] };
  if (markdown === 'always' || (markdown && hasMarkdownSyntax(masked))) {
    let frontmatter: string | null = null;
    for (const chunk of markdownChunks(masked)) {
      const value = masked.slice(chunk.start, chunk.end);
      const file = new VFile(value);
      const mdast = markdownParser.parse(file) as MdastRoot;
      for (const block of mdast.children) {
        if (block.type === 'yaml' && chunk.start === 0) frontmatter = block.value;
        if (MARKDOWN_IGNORE.includes(block.type)) continue;
        const from = block.position?.start.offset ?? 0;
        const to = block.position?.end.offset ?? 0;
        if (to - from > MAX_BLOCK) {
          // A block this large (a wall of text with stray Markdown) is read as plain text in
          // pieces: one tree of it would be slow, and mdast-util-to-nlcst overflows the stack.
          for (const piece of paragraphs(masked.slice(chunk.start + from, chunk.start + to))) {
            const base = chunk.start + from + piece.start;
            for (const p of parse(masked.slice(base, chunk.start + from + piece.end)).children) {
              if (p.type === 'ParagraphNode') tree.children.push(relocate(p, base, place));
            }
          }
          continue;
        }
        const root = toNlcst(block as MdastContent, file, ParseEnglish, { ignore: MARKDOWN_IGNORE });
        for (const p of root.children) {
          if (p.type === 'ParagraphNode') tree.children.push(relocate(p, chunk.start, place));
        }
      }
    }
    return { tree, frontmatter, path: 'markdown' };
  }
  for (const block of paragraphs(masked)) {
    const root = parse(masked.slice(block.start, block.end));
    for (const p of root.children) {
      if (p.type === 'ParagraphNode') tree.children.push(relocate(p, block.start, place));
    }
  }
  return { tree, frontmatter: null, path: 'text' };
}

/** Runs of non-blank lines; a very long run is cut at sentence ends so no piece is huge. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    if (!/\S/.test(text.slice(s, Math.min(e, s + 4096))) && !text.slice(s, e).trim()) return;
    if (e - s <= MAX_PIECE) out.push({ start: s, end: e });
    else out.push(...sentencePieces(text, s, e));
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

/**
 * Split large Markdown at blank lines that cannot be inside a construct (fenced code, HTML
 * comments, indented continuations), so each chunk parses on its own. Small texts are one chunk.
 */
export function markdownChunks(text: string): { start: number; end: number }[] {
  if (text.length <= CHUNK) return [{ start: 0, end: text.length }];
  const out: { start: number; end: number }[] = [];
  const line = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let start = 0;
  let fence: string | null = null;
  let comment = false;
  let prevBlank = false;
  let frontmatter = text.startsWith('---');
  for (let m = line.exec(text); m && m[0].length > 0; m = line.exec(text)) {
    let l = m[0];
    if (l.endsWith('\n')) l = l.slice(0, -1);
    if (l.endsWith('\r')) l = l.slice(0, -1);
    const blank = l.trim() === '';
    if (frontmatter) {
      if (m.index > 0 && /^(---|\.\.\.)\s*$/.test(l)) frontmatter = false;
    } else if (fence) {
      if (l.trimStart().startsWith(fence)) fence = null;
    } else if (comment) {
      if (l.includes('-->')) comment = false;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(l);
      if (f) fence = f[1]!;
      else if (l.includes('<!--') && !l.includes('-->')) comment = true;
      else if (prevBlank && !blank && !/^[ \t]/.test(l) && m.index - start >= CHUNK) {
        out.push({ start, end: m.index });
        start = m.index;
      }
    }
    prevBlank = blank;
  }
  out.push({ start, end: text.length });
  return out;
}

type Located = Node & { children?: Located[] };

/** Rewrite every position under `node` from piece offsets to reply offsets. */
function relocate(node: Paragraph, base: number, place: ReturnType<typeof location>): Paragraph {
  const walk = (n: Located): void => {
    const pos = n.position;
    if (pos && pos.start.offset !== undefined && pos.end.offset !== undefined) {
      const start = place.toPoint(pos.start.offset + base);
      const end = place.toPoint(pos.end.offset + base);
      if (start && end) n.position = { start, end };
    }
    if (n.children) for (const c of n.children) walk(c);
  };
  walk(node as Located);
  return node;
}
