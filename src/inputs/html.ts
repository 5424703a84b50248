/**
 * HTML replies: `.html`/`.htm` files and HTML bodies inside macro exports.
 *
 * rehype-parse builds the tree (with source positions); this module then walks it and writes the
 * text a reader sees, block by block: each block element (`p`, `div`, `li`, `td`, headings…)
 * becomes its own paragraph, `<br>` a line break, runs of whitespace one space. Tags,
 * attributes, comments, `<script>`, `<style>`, `<template>`, `<pre>`, hidden elements and quoted
 * text (`<blockquote>`, mail clients' quote containers) contribute nothing. Inline code is kept
 * in place but marked as not prose. Every character of that text carries its offset in the HTML
 * (through character references such as `&rsquo;`), so the engine lints plain paragraphs — with
 * the same pre-processing (placeholders, sign-offs, quoted mail) as any text reply, one
 * retext parse per paragraph — and findings point into the original HTML.
 *
 * hast-util-to-nlcst (the core of rehype-retext) is not used: its word positions drift after
 * every character reference (`We&rsquo;re sorry` puts "sorry" three characters early), and its
 * paragraphs would skip the pre-processing every other reply gets.
 */
import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { InputAdapter } from './index.js';
import { HTML_EXTENSIONS, InputError, isStackOverflow } from './index.js';
import type { OffsetMap } from './offsets.js';
import { alignOffsets, toSourceFn } from './offsets.js';

/** The readable text of an HTML string, with its offset map into that string. */
export interface HtmlText {
  text: string;
  map: OffsetMap;
  /** Ranges of `text` that are not prose (inline code). */
  skip: { start: number; end: number }[];
  /** The document's `<title>`, when there is one. */
  title: string | null;
}

/** Elements whose content is never the author's prose. */
const EXCLUDED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'title',
  'blockquote',
  'pre',
  'textarea',
  'select',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'map',
  'datalist',
]);

/** Inline elements whose text is code or input, not prose: kept in place, not linted. */
const LITERAL = new Set(['code', 'kbd', 'samp', 'var', 'tt']);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Containers mail clients and help desks wrap quoted history in. */
const QUOTE_CLASSES = new Set(['gmail_quote', 'gmail_extra', 'yahoo_quoted', 'zendesk_quote', 'protonmail_quote', 'moz-cite-prefix', 'quote']);

/**
 * Elements that stand for a placeholder (Intercom writes `<attribute key="user.name"/>`): they
 * read as one masked word so the sentence around them keeps its shape.
 */
const PLACEHOLDER_ELEMENTS = new Set(['attribute']);

const fragmentParser = unified().use(rehypeParse, { fragment: true });
const documentParser = unified().use(rehypeParse, { fragment: false });

/** Does a string look like HTML (a tag or a character reference)? */
export function looksLikeHtml(value: string): boolean {
  return /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.test(value);
}

function hidden(node: Element): boolean {
  const p = node.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (p.ariaHidden === 'true') return true;
  if (typeof p.style === 'string' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(p.style)) return true;
  const classes = Array.isArray(p.className) ? p.className.map(String) : [];
  return classes.some((c) => QUOTE_CLASSES.has(c));
}

/** The text of the first `<title>` under `node`. */
function findTitle(node: Element): string | null {
  if (node.tagName === 'title') {
    const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
    return text.replace(/\s+/g, ' ').trim() || null;
  }
  for (const child of node.children) {
    const found = child.type === 'element' ? findTitle(child) : null;
    if (found) return found;
  }
  return null;
}

/** Extract the readable text of `html`; a full document when `document` is true. */
export function htmlToText(html: string, options: { document?: boolean } = {}): HtmlText {
  const tree = (options.document ? documentParser : fragmentParser).parse(html) as Root;
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const skip: { start: number; end: number }[] = [];
  let title: string | null = null;
  // Source offset just after the last prose character written: line and paragraph breaks sit
  // there, so a finding that ends a block ends at its last character.
  let lastEnd = 0;

  const last = (): string | undefined => chars[chars.length - 1];
  const push = (c: string, start: number, end: number): void => {
    chars.push(c);
    starts.push(start);
    ends.push(end);
    if (c !== ' ' && c !== '\n') lastEnd = end;
  };
  const pop = (): void => {
    chars.pop();
    starts.pop();
    ends.pop();
  };
  const trimSpace = (): void => {
    while (last() === ' ') pop();
  };
  const breakLines = (count: number): void => {
    trimSpace();
    if (chars.length === 0) return;
    let have = 0;
    while (have < chars.length && chars[chars.length - 1 - have] === '\n') have++;
    for (; have < count; have++) push('\n', lastEnd, lastEnd);
  };

  const text = (value: string, start: number | undefined, end: number | undefined): void => {
    const map = start !== undefined && end !== undefined ? alignOffsets(value, html, start, end, 'html') : null;
    for (let k = 0; k < value.length; k++) {
      const c = value[k]!;
      const at = map ? map[k]! : lastEnd;
      const next = map ? Math.max(map[k + 1]!, at + 1) : lastEnd;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
        const prev = last();
        if (prev !== undefined && prev !== ' ' && prev !== '\n') push(' ', at, next);
      } else push(c, at, next);
    }
  };

  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      text(node.value, node.position?.start.offset, node.position?.end.offset);
      return;
    }
    if (node.type === 'root') {
      for (const child of node.children) walk(child);
      return;
    }
    if (node.type !== 'element') return;
    const name = node.tagName.toLowerCase();
    if (name === 'head' || name === 'title') title ??= findTitle(node);
    if (EXCLUDED.has(name) || hidden(node)) {
      breakLines(2);
      return;
    }
    if (name === 'br') {
      // `<div><br></div>` is an empty line between paragraphs, not a third line break.
      trimSpace();
      if (chars.length && !(last() === '\n' && chars[chars.length - 2] === '\n')) push('\n', lastEnd, lastEnd);
      return;
    }
    if (PLACEHOLDER_ELEMENTS.has(name)) {
      const at = node.position?.start.offset ?? lastEnd;
      const prev = last();
      if (prev !== undefined && prev !== ' ' && prev !== '\n') push(' ', at, at);
      for (const c of '{{placeholder}}') push(c, at, node.position?.end.offset ?? at);
    }
    const block = BLOCK.has(name);
    if (block) breakLines(2);
    const from = chars.length;
    for (const child of node.children) walk(child);
    if (LITERAL.has(name) && chars.length > from) skip.push({ start: from, end: chars.length });
    if (block) breakLines(2);
  };
  walk(tree);
  trimSpace();
  while (last() === '\n') pop();
  const map = new Int32Array(chars.length + 1);
  for (let k = 0; k < chars.length; k++) map[k] = starts[k]!;
  map[chars.length] = chars.length ? ends[chars.length - 1]! : 0;
  return { text: chars.join(''), map, skip, title };
}

/** Does the file start (after blanks and comments) with a doctype, `<html>` or `<head>`? */
function isDocument(source: string): boolean {
  let i = 0;
  for (;;) {
    while (i < source.length && ' \t\r\n\f'.includes(source[i]!)) i++;
    if (!source.startsWith('<!--', i)) break;
    const end = source.indexOf('-->', i + 4);
    if (end < 0) return false;
    i = end + 3;
  }
  return /^<(?:!doctype|html|head)\b/i.test(source.slice(i, i + 10));
}

/** `.html` and `.htm` files: one reply, its text as a reader sees it. */
export const htmlAdapter: InputAdapter = {
  name: 'html',
  extensions: HTML_EXTENSIONS,
  directory: false,
  extract(source, filePath) {
    let html: HtmlText;
    try {
      html = htmlToText(source, { document: isDocument(source) });
    } catch (error) {
      if (isStackOverflow(error)) throw new InputError(`${filePath}: invalid HTML: nested too deeply to read`);
      throw error;
    }
    return [
      {
        text: html.text,
        markdown: false,
        meta: html.title ? { title: html.title } : {},
        title: html.title,
        pointer: null,
        toSource: toSourceFn(html.map),
        skip: html.skip,
      },
    ];
  },
};
