// Placeholders of every syntax the catalog lists (RULES.md §3.1, §0.19) read as one word: they
// neither trigger rules with the words inside them nor shift the positions of what follows.
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { ReplyDoc } from '../src/document.js';
import { lintReply } from '../src/engine.js';
import { lint } from './helpers.js';

const ALL = Object.keys(rules);
const BAD = 'sorry for any inconvenience';

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function where(text: string, needle: string): { line: number; column: number; endColumn: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in test text`);
  const before = text.slice(0, at).split('\n');
  const column = before[before.length - 1]!.length + 1;
  return { line: before.length, column, endColumn: column + needle.length };
}

/** Each syntax: a placeholder to put before a bad phrase, and one that holds bad words inside. */
const SYNTAXES: { name: string; before: string; inside: string }[] = [
  { name: 'Liquid / Handlebars {{…}}', before: '{{ticket.requester.first_name}}', inside: '{{sorry_for_any_inconvenience}}' },
  { name: 'Liquid / Handlebars with spaces', before: '{{ ticket.id }}', inside: '{{ sorry for any inconvenience }}' },
  { name: 'Liquid with a filter', before: '{{ first_name | fallback: "there" }}', inside: '{{ apology | default: "sorry for any inconvenience" }}' },
  { name: 'Liquid filter with dots', before: '{{ticket.requester.first_name | capitalize}}', inside: '{{ sorry if | upcase }}' },
  { name: 'Help Scout {%…%}', before: '{%customer.firstName,fallback=there%}', inside: '{%customer.firstName,fallback=sorry for any inconvenience%}' },
  { name: 'single brace {name}', before: '{name}', inside: '{sorry for any inconvenience}' },
  { name: 'single brace {a/b}', before: '{feature/process}', inside: '{sorry if/when}' },
  { name: 'single brace with fallback', before: '{contactfield=firstname|there}', inside: '{contactfield=firstname|sorry for any inconvenience}' },
  { name: 'square brackets [Customer Name]', before: '[Customer Name]', inside: '[Sorry For Any Inconvenience]' },
  { name: 'square brackets [Your name]', before: '[Your name]', inside: '[Your sorry if]' },
  { name: 'double brackets [[x|y]]', before: '[[first_name|Dear Reader]]', inside: '[[apology|sorry for any inconvenience]]' },
  { name: 'percent %name%', before: '%Customer.FirstName%', inside: '%sorry_for_any_inconvenience%' },
  { name: 'dollar ${x}', before: '${customer.name}', inside: '${sorry_for_any_inconvenience}' },
  { name: 'angle <<x>>', before: '<<Customer first name>>', inside: '<<sorry for any inconvenience>>' },
  { name: 'upper-case [ORDER_NUMBER]', before: '[ORDER_NUMBER]', inside: '[SORRY FOR ANY INCONVENIENCE]' },
  { name: 'amount $[XX.XX]', before: '$[XX.XX]', inside: '$[sorry if]' },
  { name: 'angle <ISSUE_NUMBER>', before: '<ISSUE_NUMBER>', inside: '<SORRY_FOR_ANY_INCONVENIENCE>' },
  { name: 'numbered [12345]', before: '[12345]', inside: '[12345 sorry if]' },
  { name: 'double underscore __NAME__', before: '__FIRST_NAME__', inside: '__SORRY_FOR_ANY_INCONVENIENCE__' },
];

describe.each(['txt', 'md'])('placeholders in .%s replies', (ext) => {
  const file = `reply.${ext}`;
  for (const { name, before, inside } of SYNTAXES) {
    it(`${name}: a bad phrase after it is reported at its exact line:column`, () => {
      const text = `Hi ${before}, thanks for your message.\n\nOrder ${before}: ${BAD}. Your ${before} parcel ships today.\n`;
      const at = where(text, BAD);
      const got = lint(text, file, ['no-vague-apology']).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
      expect(got).toEqual([`no-vague-apology ${at.line}:${at.column}-${at.line}:${at.endColumn}`]);
    });
    it(`${name}: reads as one word spanning exactly the placeholder`, () => {
      const text = `Hi ${before}, thanks for your message. Your order ${inside} ships today.\n`;
      const doc = lintReply({ text, markdown: ext === 'md' }, {}).data.apologyDoc as ReplyDoc;
      const words = doc.sentences
        .flatMap((s) => s.tokens)
        .filter((t) => t.kind === 'placeholder')
        .map((t) => text.slice(t.start, t.end));
      expect(words).toEqual([before, inside]);
      // The placeholder's dots and punctuation never end a sentence.
      expect(doc.sentences.map((s) => s.text)).toEqual([`Hi ${before}, thanks for your message.`, `Your order ${inside} ships today.`]);
    });
    it(`${name}: words inside it are never linted`, () => {
      const text = `Hi ${inside}, thanks for your message.\n\nYour order ${inside} ships today, ${inside}.\n`;
      const messages = lint(text, file, ALL).messages;
      expect(messages.filter((m) => m.ruleId === 'no-vague-apology' || m.ruleId === 'no-conditional-apology')).toEqual([]);
      // No rule reports anything that starts inside a placeholder.
      const lines = text.split('\n');
      for (const m of messages) {
        const line = lines[m.line - 1]!;
        const start = line.indexOf(inside);
        expect(start >= 0 && m.column > start && m.column <= start + inside.length, `${m.ruleId} at ${m.line}:${m.column}`).toBe(false);
      }
    });
  }
});

describe('Liquid tags', () => {
  const text = [
    'Hi {{ first_name | fallback: "there" }},',
    '',
    '{% if ticket.tags contains "late" %}Thanks for waiting. We apologize for any inconvenience.{% else %}Thanks for your order. Sorry for any trouble.{% endif %}',
    '',
    '{% if sorry_for_any_inconvenience %}Your parcel ships today.{% endif %}',
  ].join('\n');
  it('lints the text of every branch at exact positions and never the tags', () => {
    const got = lint(text, 'macro.md', ['no-vague-apology']).messages.map((m) => `${m.line}:${m.column}-${m.endColumn}`);
    const a = where(text, 'apologize for any inconvenience');
    const b = where(text, 'Sorry for any trouble');
    expect(got).toEqual([`${a.line}:${a.column}-${a.endColumn}`, `${b.line}:${b.column}-${b.endColumn}`]);
  });
});

describe('Markdown links are not placeholders', () => {
  it('lints the text of [text](url) at its position', () => {
    const text = 'Hi [Customer Name],\n\nSee [our status page](https://status.example.com): [sorry for any inconvenience](https://example.com/a).\n';
    const at = where(text, BAD);
    const got = lint(text, 'reply.md', ['no-vague-apology']).messages.map((m) => `${m.line}:${m.column}-${m.endColumn}`);
    expect(got).toEqual([`${at.line}:${at.column}-${at.endColumn}`]);
  });
  it('never lints the link target', () => {
    const text = 'Here is the page: [status](https://example.com/sorry-for-any-inconvenience).\n';
    expect(lint(text, 'reply.md', ['no-vague-apology']).messages).toEqual([]);
  });
});
