// The engine and the phrase notation, through real rules.
import { describe, expect, it } from 'vitest';
import { compile, matchAt, PhraseSet } from '../src/phrase.js';
import { lintSource } from '../src/lint.js';
import { normalizeWord, readContractedHad } from '../src/tokens.js';
import type { Token } from '../src/tokens.js';
import { only } from './helpers.js';
import { rules } from '../rules/index.js';
import { byCodeUnits } from '../src/sorted.js';

function toks(text: string): Token[] {
  let offset = 0;
  return text.split(/\s+/).flatMap((w) => {
    const start = text.indexOf(w, offset);
    offset = start + w.length;
    const m = /^(.*?)([,.!?]?)$/.exec(w)!;
    const words = normalizeWord(m[1]!).map((norm) => ({ norm, kind: 'word' as const, start, end: start + m[1]!.length, literal: false }));
    return m[2] ? [...words, { norm: m[2], kind: 'punct' as const, start: start + m[1]!.length, end: offset, literal: false }] : words;
  });
}

/** `toks`, then the sentence-level reading of "'d" the engine applies. */
function readTokens(text: string): Token[] {
  const out = toks(text);
  readContractedHad(out);
  return out;
}

describe('phrase notation', () => {
  it('expands contractions on both sides and folds -ise', () => {
    expect(normalizeWord("I'm")).toEqual(['i', 'am']);
    expect(normalizeWord('didn’t')).toEqual(['did', 'not']);
    expect(normalizeWord('Im')).toEqual(['i', 'am']);
    expect(normalizeWord('apologise')).toEqual(['apologize']);
    const p = compile("i'm <INTENS>? sorry", { INTENS: ['so', 'really'] });
    for (const text of ["I'm sorry", 'I am so sorry', 'Im really sorry']) expect(matchAt(p, toks(text), 0)).toBe(toks(text).length);
    expect(matchAt(p, toks('I was sorry'), 0)).toBe(-1);
  });

  it('reads "\'d" as "had" before a past participle and as "would" otherwise', () => {
    const read = (text: string): string =>
      readTokens(text)
        .map((t) => t.norm)
        .join(' ');
    expect(read("we'd already queued the payment")).toBe('we had already queued the payment');
    expect(read('I’d sent it')).toBe('i had sent it');
    expect(read("we'd like to help")).toBe('we would like to help');
    expect(read("I'd be upset too")).toBe('i would be upset too');
    // "wouldn't" is a contraction too, but its "would" comes first.
    expect(read("we wouldn't booked")).toBe('we would not booked');
  });

  it('supports optional groups, gaps, inflections, prefixes and anchors', () => {
    const set = new PhraseSet(['^ sorry (for|about) (this|that) $', 'refund~ * late', 'apolog* if']);
    expect(set.find(toks('Sorry about that.')).map((m) => [m.from, m.to])).toEqual([[0, 3]]);
    expect(set.find(toks('Well, sorry about that.'))).toEqual([]);
    expect(set.find(toks('the refunded money came late')).map((m) => m.pattern.source)).toEqual(['refund~ * late']);
    expect(set.find(toks('Apologies if')).map((m) => m.pattern.source)).toEqual(['apolog* if']);
  });

  it('rejects malformed patterns with the pattern in the message', () => {
    expect(() => compile('(sorry|apologies')).toThrow('unbalanced "(" in pattern: (sorry|apologies');
    expect(() => compile('<NOPE> sorry')).toThrow('unknown class <NOPE> in pattern: <NOPE> sorry');
  });
});

describe('severity per message', () => {
  it('"sorry about that" alone is a warning even when no-vague-apology is an error', () => {
    const r = lintSource('Hi Emma, sorry about that.\n\nSorry for any inconvenience.\n', 'r.txt', only(['no-vague-apology'], 2));
    expect(r.messages.map((m) => [m.line, m.column, m.endColumn, m.severity, m.messageId])).toEqual([
      [1, 10, 26, 1, 'noObject'],
      [3, 1, 28, 2, 'default'],
    ]);
    expect([r.errorCount, r.warningCount]).toEqual([1, 1]);
  });
});

describe('one fault, one finding (meta.deferTo)', () => {
  const reply =
    'Hi Ana,\n\nSorry for any inconvenience. Your order went out with the wrong size, and that was our mistake. I have sent the right size today.\n';
  const flagged = (ids: string[]): string[] => lintSource(reply, 'r.txt', only(ids)).messages.map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId}`);

  it('apology-specificity leaves "Sorry for any inconvenience" to no-vague-apology', () => {
    expect(flagged(['apology-specificity', 'no-vague-apology'])).toEqual(['3:1-28 no-vague-apology']);
  });

  it('apology-specificity still reports it when no-vague-apology is off', () => {
    expect(flagged(['apology-specificity'])).toEqual(['3:1-6 apology-specificity']);
  });

  it('defers only where the spans overlap', () => {
    const two = 'Hi Ana,\n\nI am sorry for the trouble. I have refunded the shipping.\n\nAnd sorry for any inconvenience.\n';
    const got = lintSource(two, 'r.txt', only(['apology-specificity', 'no-vague-apology'])).messages.map(
      (m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId}`,
    );
    expect(got).toEqual(['3:1-11 apology-specificity', '5:5-32 no-vague-apology']);
  });
});

describe('message order', () => {
  it('orders rule ids as localeCompare does, without its collator', () => {
    const ids = Object.keys(rules);
    expect(ids.length).toBeGreaterThan(25);
    expect([...ids].sort(byCodeUnits)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(['no-b', 'no-a-b', 'no-a'].sort(byCodeUnits)).toEqual(['no-a', 'no-a-b', 'no-b']);
  });
});
