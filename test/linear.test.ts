// One long file is one reply, and linting it must cost work in proportion to its length: no
// rule, analysis or directive step may look at the whole reply again for each match, line or
// message. These tests count work (reads of the reply's shared lists, phrase-set lookups), not
// time: a reply twice as long must cost about twice as much.
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../rules/index.js';
import type { Directive } from '../src/directives.js';
import { applyDirectives, findDirectives } from '../src/directives.js';
import type { ReplyDoc } from '../src/document.js';
import type { RuleSetting } from '../src/engine.js';
import { lintReply } from '../src/engine.js';
import { PhraseSet } from '../src/phrase.js';
import type { LintMessage } from '../src/types.js';

/** Reads of each shared list of the reply being linted (`tokens`: of every sentence's tokens). */
const reads = { sentences: 0, placeholders: 0, liquid: 0, tokens: 0 };

/** A list that counts reads of its elements into `reads[name]`. */
function counted<T extends object>(list: T[], name: keyof typeof reads): T[] {
  return new Proxy(list, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads[name]++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

// Every index the engine builds hands its lists out through counting proxies.
vi.mock('../src/document.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/document.js')>();
  return {
    ...original,
    buildDoc: (...args: Parameters<typeof original.buildDoc>): ReplyDoc => {
      const doc = original.buildDoc(...args);
      doc.pre.placeholders = counted(doc.pre.placeholders, 'placeholders');
      doc.pre.liquid = counted(doc.pre.liquid, 'liquid');
      const sentences = doc.sentences.map((s) => ({ ...s, tokens: counted(s.tokens, 'tokens') }));
      return { ...doc, sentences: counted(sentences, 'sentences') };
    },
  };
});

const ALL_RULES: Record<string, RuleSetting> = Object.fromEntries(Object.keys(rules).map((id) => [id, { severity: 1, options: {} }]));

/**
 * Sections of long replies, with something for every kind of whole-reply question: apologies of
 * each kind, policy shields and hollow reassurance (rules that look at the rest of the reply),
 * wait apologies with no thanks anywhere, placeholders, a quotation, a Liquid branch, a tweet handle and a
 * sign-off line that is not a signature. The second kind thanks the customer for an
 * understanding nobody earned: no sentence of it owns or names the failure, so a rule that
 * looks for one reads the whole reply.
 */
const SECTIONS = [
  (i: number): string =>
    [
      `Hi {{customer.first_name}}, about order [ORDER_${i}]:`,
      "I'm sorry for any inconvenience. It's our policy that refunds take ten days, and there's nothing I can do about it. Sorry for the wait.",
      'Rest assured, we value your business.',
      `{% if ticket.priority == "high" %}I have refunded the charge of order ${i}.{% else %}Unfortunately, the courier lost your parcel.{% endif %}`,
      'You wrote "the parcel never arrived at my house" and I apologize if you feel let down. Sorry again. Please contact the courier.',
      "@sam I'm sorry about {{order.item}}.",
      'Best regards,\nSupport',
    ].join('\n\n'),
  (i: number): string => `Your parcel ${i} is delayed. We value your understanding.`,
];

function reply(kind: number, sections: number): string {
  return Array.from({ length: sections }, (_, i) => SECTIONS[kind]!(i)).join('\n\n') + '\n';
}

/** Work done to lint a reply of one kind with `sections` sections, and its findings. */
function work(kind: number, sections: number): { sentences: number; placeholders: number; liquid: number; tokens: number; finds: number; messages: string[] } {
  reads.sentences = 0;
  reads.placeholders = 0;
  reads.liquid = 0;
  reads.tokens = 0;
  const find = vi.spyOn(PhraseSet.prototype, 'find');
  const out = lintReply({ text: reply(kind, sections), markdown: true }, ALL_RULES);
  const finds = find.mock.calls.length;
  find.mockRestore();
  return { ...reads, finds, messages: out.messages.map((m) => `${m.ruleId}/${m.messageId}`) };
}

describe('linting one long reply costs work in proportion to its length', () => {
  it('the sections give every kind of whole-reply question something to do', () => {
    const messages = SECTIONS.flatMap((_, kind) => work(kind, 4).messages);
    for (const id of [
      'no-policy-shield/policy',
      'no-policy-shield/powerless',
      'no-hollow-reassurance/default',
      'no-hollow-reassurance/understanding',
      'prefer-thanks-for-patience/default',
      'no-over-apology/tooMany',
      'no-sorry-you-feel/default',
    ]) {
      expect(messages, id).toContain(id);
    }
  });

  it('twice the sections: about twice the reads of sentences, placeholders and Liquid tags, and twice the phrase lookups', () => {
    SECTIONS.forEach((_, kind) => {
      const one = work(kind, 40);
      const two = work(kind, 80);
      expect(two.messages.length, `kind ${kind}`).toBeGreaterThan(1.9 * one.messages.length);
      // Linear work doubles (plus a constant); a whole-reply scan per match or per token would
      // nearly quadruple it.
      for (const key of ['sentences', 'placeholders', 'liquid', 'finds'] as const) {
        if (two[key] === 0) continue;
        expect(one[key], `kind ${kind}: ${key}`).toBeGreaterThan(0);
        expect(two[key] / one[key], `kind ${kind}: ${key}`).toBeLessThan(2.3);
      }
    });
  });

  it('the first kind of section reads every shared list (the comparison above compares work)', () => {
    const w = work(0, 4);
    for (const key of ['sentences', 'placeholders', 'liquid', 'finds'] as const) expect(w[key], key).toBeGreaterThan(0);
  });
});

describe('one long sentence costs work in proportion to its length', () => {
  /**
   * Sentences with no full stop, each a phrase that many rules match, repeated: a rule that looked
   * at the whole sentence again for each of its matches would read its tokens about four times as
   * often when the sentence is twice as long. (A run of text with no sentence end is cut into
   * pieces of about 8 KB, so these stay under that.)
   */
  const PHRASES = [
    'if sorry if ',
    "I'm sorry, I'm sorry, ",
    'we apologize for any inconvenience and ',
    'mistakes were made and ',
    'as I said before sorry and ',
    'we will try to prevent this sorry and ',
    'sorry but it is our policy and ',
    'sorry you feel that way and ',
    'you should have read the email sorry and ',
    'we are not responsible and the courier lost it sorry and ',
    'they lost your parcel and ',
    // The component readers that walk a sentence's clauses: past events, rules in force, steps of ours.
    'sorry for any inconvenience every order now ships and no car leaves until and ',
    'sorry for any inconvenience we grabbed it and did not check it and when I put it back and ',
    'sorry for any inconvenience I will call you on Monday and we have booked you in and ',
    'sorry for any inconvenience address changes now reach us and are now always checked and ',
  ];

  function tokenReads(phrase: string, times: number): { tokens: number; messages: number } {
    reads.tokens = 0;
    const out = lintReply({ text: `${phrase.repeat(times)}end\n`, markdown: false }, ALL_RULES);
    return { tokens: reads.tokens, messages: out.messages.length };
  }

  it('twice the repeats: about twice the reads of the sentence tokens', () => {
    for (const phrase of PHRASES) {
      const one = tokenReads(phrase, 40);
      const two = tokenReads(phrase, 80);
      expect(two.messages, phrase).toBeGreaterThan(one.messages);
      expect(one.tokens, phrase).toBeGreaterThan(0);
      expect(two.tokens / one.tokens, phrase).toBeLessThan(2.3);
    }
  });
});

describe('disable directives cost work in proportion to the findings', () => {
  /** Reads of the directive list while `n` findings of each kind are filtered by `3n` directives. */
  function apply(n: number): number {
    let lists = 0;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      lines.push('<!-- apology-lint-disable-next-line no-vague-apology -->', 'Sorry for any inconvenience.');
      lines.push('<!-- apology-lint-disable no-minimizing -->', 'It was just a small delay.', '<!-- apology-lint-enable -->');
    }
    const directives = findDirectives(lines.join('\n'), false);
    expect(directives.list).toHaveLength(3 * n);
    const messages: LintMessage[] = [];
    for (let i = 0; i < n; i++) {
      messages.push({ ruleId: 'no-vague-apology', severity: 1, message: 'm', line: 5 * i + 2, column: 1 });
      messages.push({ ruleId: 'no-minimizing', severity: 1, message: 'm', line: 5 * i + 4, column: 4 });
      messages.push({ ruleId: 'no-blame-shift', severity: 1, message: 'm', line: 5 * i + 4, column: 4 });
    }
    const list = directives.list;
    directives.list = new Proxy(list, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) lists++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const kept = applyDirectives(messages, directives);
    // Each directive silenced its own finding; the other rule's finding stays.
    expect(kept.map((m) => m.ruleId)).toEqual(Array.from({ length: n }, () => 'no-blame-shift'));
    expect(list.every((d: Directive) => d.kind === 'enable' || d.used.size === 1)).toBe(true);
    return lists;
  }

  it('twice the directives and findings: about twice the reads of the directive list', () => {
    const one = apply(200);
    const two = apply(400);
    expect(one).toBeGreaterThan(0);
    expect(two / one).toBeLessThan(2.3);
  });
});
