// Positions inside Markdown text whose parsed value is not its source: character references,
// backslash escapes and the indentation of continuation lines. Each finding must point at the
// words in the file, not at where they would be if the file held the parsed text.
import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';

const RULES = ['no-vague-apology', 'no-blame-shift'];

/** 1-based line and column of `needle` in `text` (its `nth` occurrence), and of its end. */
function span(text: string, needle: string, nth = 0): { line: number; column: number; endLine: number; endColumn: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not in test text`);
  const point = (offset: number): { line: number; column: number } => {
    const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  };
  const start = point(at);
  const end = point(at + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

const CASES: { name: string; text: string; phrase: string; rule?: string }[] = [
  { name: 'a named reference earlier on the line', text: 'Pens &amp; pencils. Sorry for any inconvenience.\n', phrase: 'Sorry for any inconvenience' },
  { name: 'a numeric reference earlier on the line', text: 'Order 12 &#8212; Sorry for any inconvenience.\n', phrase: 'Sorry for any inconvenience' },
  { name: 'a hexadecimal reference for an emoji', text: 'Party &#x1F389; Sorry for any inconvenience.\n', phrase: 'Sorry for any inconvenience' },
  { name: 'a reference inside the phrase', text: 'Thanks. Sorry&nbsp;for any inconvenience.\n', phrase: 'Sorry&nbsp;for any inconvenience' },
  { name: 'a backslash escape', text: 'Rated 5\\* overall. Sorry for any inconvenience.\n', phrase: 'Sorry for any inconvenience' },
  {
    name: 'references in an earlier line of the paragraph',
    text: 'Salt &amp; pepper &amp; oil.\nNext.\nSorry for any inconvenience.\n',
    phrase: 'Sorry for any inconvenience',
  },
  {
    name: 'continuation lines of a list item',
    text: '- Hello Ada.\n  One more line.\n  Another line.\n  And one more.\n  Sorry for any inconvenience.\n',
    phrase: 'Sorry for any inconvenience',
  },
  {
    name: 'an indented continuation line of a paragraph',
    text: 'Hello Ada,\n    thanks for writing. Sorry for any inconvenience.\n',
    phrase: 'Sorry for any inconvenience',
  },
  { name: 'a reference in a heading', text: '# Cups &amp; saucers: Sorry for any inconvenience\n', phrase: 'Sorry for any inconvenience' },
  { name: 'a reference in a table cell', text: '| a | b |\n| - | - |\n| x &amp; y | Sorry for any inconvenience. |\n', phrase: 'Sorry for any inconvenience' },
  {
    name: 'CRLF continuation lines with references',
    text: '- Tea &amp; cake.\r\n  More text.\r\n  The warehouse made an error.\r\n',
    phrase: 'The warehouse made an error',
    rule: 'no-blame-shift',
  },
];

describe('Markdown positions where the parsed text differs from the file', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const messages = lint(c.text, 'reply.md', RULES).messages.filter((m) => m.ruleId === (c.rule ?? 'no-vague-apology'));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject(span(c.text, c.phrase));
    });
  }

  it('two findings in one text node after several references both land on their words', () => {
    const text = 'Ink &amp; toner &amp; paper. Sorry for any inconvenience. The warehouse made an error.\n';
    const [vague, blame] = [...lint(text, 'reply.md', RULES).messages].sort((a, b) => a.column - b.column);
    expect(vague).toMatchObject({ ruleId: 'no-vague-apology', ...span(text, 'Sorry for any inconvenience') });
    expect(blame).toMatchObject({ ruleId: 'no-blame-shift', ...span(text, 'The warehouse made an error') });
  });
});
