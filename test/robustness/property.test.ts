// Property-based tests: for any text (and any Markdown from a small grammar) linting never
// throws, every range lies inside the input with its end after its start, and the output is
// deterministic whatever order files are linted in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { ResolvedConfig } from '../../src/config.js';
import { lintSource } from '../../src/lint.js';
import { splitLines } from '../../src/preprocess.js';
import type { LintResult } from '../../src/types.js';

const ALL: ResolvedConfig = {
  rules: Object.fromEntries(Object.keys(rules).map((id) => [id, { severity: 1 as const, options: {} }])),
  settings: {},
  ignorePatterns: [],
  configFile: null,
};

function checkRanges(text: string, result: LintResult): void {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = splitLines(source);
  for (const m of result.messages) {
    expect(m.line).toBeGreaterThanOrEqual(1);
    expect(m.column).toBeGreaterThanOrEqual(1);
    expect(m.endLine).toBeLessThanOrEqual(lines.length);
    const start = lines[m.line - 1]!;
    const end = lines[m.endLine - 1]!;
    expect(m.column - 1).toBeLessThanOrEqual(start.end - start.start);
    expect(m.endColumn - 1).toBeLessThanOrEqual(end.end - end.start);
    expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column)).toBe(true);
  }
}

const PHRASES = [
  'Sorry for any inconvenience.',
  "I'm sorry if you feel that way.",
  'The warehouse sent the wrong size.',
  'They lost it.',
  "I'm sorry, but that's our policy.",
  'Mistakes were made.',
  'Unfortunately, the courier failed to deliver.',
  "I'm so sorry we charged you twice. That's our mistake, and I've refunded you.",
  'Thanks for your patience!',
  '{{ticket.requester.first_name}}',
  '[Customer Name]',
  '{% if refund %}',
  '{% else %}',
  '{% endif %}',
  'https://example.com/sorry-for-any-inconvenience',
  '😀',
  '你好',
  'e\u0301',
];

const inline = fc.oneof(
  fc.constantFrom(...PHRASES),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('*', '_', '`', '**', '[', ']', '(', ')', '<', '>', '<!--', '-->', '\\', '&amp;', '|'),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  paragraph,
  paragraph.map((p) => `# ${p}`),
  paragraph.map((p) => `> ${p}`),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
  fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((i, n) => `${n + 1}. ${i}`).join('\n')),
  paragraph.map((p) => '```\n' + p + '\n```'),
  paragraph.map((p) => `<!-- apology-lint-disable-next-line -->\n${p}`),
  paragraph.map((p) => `[${p}](https://example.com/${encodeURIComponent(p).slice(0, 20)})`),
  paragraph.map((p) => `---\ntitle: ${JSON.stringify(p)}\n---`),
);
const markdown = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([blocks, eol, bom]) => (bom ? '\ufeff' : '') + blocks.join('\n\n').replace(/\n/g, eol));

describe('properties', () => {
  it('any Unicode text: never throws, ranges inside the input, deterministic', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('r.txt', 'r.md'), (text, name) => {
        const a = lintSource(text, name, ALL);
        checkRanges(text, a);
        expect(lintSource(text, name, ALL)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('any Markdown from a small grammar: never throws, ranges inside the input', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        checkRanges(text, lintSource(text, 'r.md', ALL));
        checkRanges(text, lintSource(text, 'r.txt', ALL));
      }),
      { numRuns: 300 },
    );
  });

  it('results do not depend on the order files are linted in', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(markdown, fc.constantFrom('a.md', 'b.txt')), { minLength: 2, maxLength: 5 }), fc.integer(), (files, seed) => {
        const first = files.map(([t, n]) => lintSource(t, n, ALL));
        const order = files.map((_, i) => i).sort((x, y) => ((x * 7919 + seed) % 13) - ((y * 7919 + seed) % 13));
        for (const i of order) expect(lintSource(files[i]![0], files[i]![1], ALL)).toEqual(first[i]);
      }),
      { numRuns: 60 },
    );
  });
});
