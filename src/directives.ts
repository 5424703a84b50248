/**
 * Inline directives, eslint-style: `<!-- apology-lint-disable a, b -->`, `<!-- apology-lint-enable -->`,
 * `<!-- apology-lint-disable-next-line a -->`, `<!-- apology-lint-disable-line -->`, and the same
 * words on a line of their own after `#` in text files. `<!-- apology-lint apology|info|ignore-file -->`
 * sets the reply's context.
 */
import { lastAtOrBefore } from './sorted.js';
import { splitLines } from './preprocess.js';
import type { LintMessage } from './types.js';

/** One disable/enable directive. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty means all rules. */
  rules: string[];
  line: number;
  column: number;
  used: Set<string>;
}

/** Directives found in a file. */
export interface Directives {
  list: Directive[];
  /** `apology` / `info` from `<!-- apology-lint apology -->`, or `ignore-file`. */
  context: 'apology' | 'info' | 'ignore-file' | null;
  /** Where each context directive is, with its word. */
  contexts: { word: string; line: number; column: number }[];
}

const COMMENT_HEAD = /^\s*apology-lint(?:-(disable-next-line|disable-line|disable|enable))?\b/;
const LINE = /^\s*#\s*apology-lint(?:-(disable-next-line|disable-line|disable|enable))?\b(.*)$/;

function parseRules(body: string): string[] {
  const list = body.split(/\s--\s/)[0] ?? '';
  return list
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Find directives; `text` enables the `# …` line form. */
export function findDirectives(source: string, text: boolean): Directives {
  const lines = splitLines(source);
  const lineOf = (offset: number): { line: number; column: number } => {
    const lo = lastAtOrBefore(lines, offset, (l) => l.start);
    return { line: lo + 1, column: offset - lines[lo]!.start + 1 };
  };
  const list: Directive[] = [];
  let context: Directives['context'] = null;
  const contexts: Directives['contexts'] = [];
  const add = (kind: string | undefined, body: string, offset: number): void => {
    const where = lineOf(offset);
    if (!kind) {
      const word = body.trim().split(/\s+/)[0] ?? '';
      if (word === 'apology' || word === 'complaint') context = 'apology';
      else if (word === 'info') context = 'info';
      else if (word === 'ignore-file') context = 'ignore-file';
      else return;
      contexts.push({ word, ...where });
      return;
    }
    list.push({ kind: kind as Directive['kind'], rules: parseRules(body), ...where, used: new Set() });
  };
  if (source.includes('apology-lint')) {
    // HTML comments found with indexOf: a lazy regex over `<!-- … -->` is quadratic on hostile input.
    for (let open = source.indexOf('<!--'); open >= 0;) {
      const close = source.indexOf('-->', open + 4);
      if (close < 0) break;
      const body = source.slice(open + 4, close);
      const m = COMMENT_HEAD.exec(body);
      if (m) add(m[1], body.slice(m[0].length), open);
      open = source.indexOf('<!--', close + 3);
    }
    if (text) {
      for (const l of lines) {
        const m = LINE.exec(l.text);
        if (m) add(m[1], m[2] ?? '', l.start);
      }
    }
  }
  return { list, context, contexts };
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/** Drop messages that directives disable; records which directives were used. */
export function applyDirectives(messages: LintMessage[], directives: Directives): LintMessage[] {
  if (!directives.list.length) return messages;
  const blocks = directives.list.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.line - b.line || a.column - b.column);
  // Line directives by the line they act on, in the order they were written.
  const byLine = new Map<number, Directive[]>();
  for (const d of directives.list) {
    const line = d.kind === 'disable-next-line' ? d.line + 1 : d.kind === 'disable-line' ? d.line : null;
    if (line === null) continue;
    const on = byLine.get(line);
    if (on) on.push(d);
    else byLine.set(line, [d]);
  }
  // The disable/enable directives that cover each rule, in text order (built on first use).
  const blocksFor = new Map<string, Directive[]>();
  const coveringBlocks = (id: string): Directive[] => {
    let list = blocksFor.get(id);
    if (!list) blocksFor.set(id, (list = blocks.filter((d) => covers(d, id))));
    return list;
  };
  return messages.filter((m) => {
    const id = m.ruleId ?? '';
    for (const d of byLine.get(m.line) ?? []) {
      if (covers(d, id)) {
        d.used.add(id);
        return false;
      }
    }
    // The last covering disable/enable at or before the message decides.
    const list = coveringBlocks(id);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const d = list[mid]!;
      if (d.line > m.line || (d.line === m.line && d.column > m.column)) hi = mid;
      else lo = mid + 1;
    }
    const last = lo > 0 ? list[lo - 1]! : null;
    if (last && last.kind === 'disable') {
      last.used.add(id);
      return false;
    }
    return true;
  });
}

/** Warnings for directives that disabled nothing or name unknown rules. */
export function unusedDirectiveWarnings(directives: Directives, known: (id: string) => boolean): LintMessage[] {
  const out: LintMessage[] = [];
  for (const d of directives.list) {
    if (d.kind === 'enable') continue;
    const unknown = d.rules.filter((r) => !known(r));
    for (const r of unknown) {
      out.push(directiveWarning(d, `Unknown rule "${r}" in apology-lint-${d.kind} directive`));
    }
    if (d.used.size === 0 && unknown.length < Math.max(1, d.rules.length)) {
      const what = d.rules.length ? ` (no problems were reported from ${d.rules.map((r) => `'${r}'`).join(', ')})` : '';
      out.push(directiveWarning(d, `Unused apology-lint-${d.kind} directive${what}`));
    }
  }
  return out;
}

/**
 * With inline directives off (`--no-inline-config`), one warning where each directive is: it is
 * not obeyed, and the reader of the report should know why a finding it disabled is reported.
 */
export function ignoredDirectiveWarnings(directives: Directives): LintMessage[] {
  const found = [
    ...directives.list.map((d) => ({ name: `apology-lint-${d.kind}`, line: d.line, column: d.column })),
    ...directives.contexts.map((c) => ({ name: `apology-lint ${c.word}`, line: c.line, column: c.column })),
  ];
  return found.map((d) => directiveWarning(d, `"${d.name}" has no effect: inline directives are off (--no-inline-config)`));
}

function directiveWarning(d: { line: number; column: number }, message: string): LintMessage {
  return { ruleId: null, severity: 1, message, line: d.line, column: d.column, endLine: d.line, endColumn: d.column };
}
