// Options and cross-sentence behaviour of the non-apology phrase rules that fixtures with
// default options cannot show.
import { describe, expect, it } from 'vitest';
import type { ReplyDoc } from '../src/document.js';
import { lintReply } from '../src/engine.js';
import { lint } from './helpers.js';

const at = (id: string, text: string, options: Record<string, unknown> = {}, file = 'reply.txt'): string[] =>
  lint(text, file, [id], { [id]: options }).messages.map((m) => `${m.line}:${m.column} ${m.messageId} ${m.actual}`);

describe('no-over-apology', () => {
  const two = "I'm sorry we sent the wrong size. I apologise for the mix-up with the label too.\n";
  it('allows `max` apologies and reports the ones beyond it', () => {
    expect(at('no-over-apology', two)).toEqual([]);
    expect(at('no-over-apology', two, { max: 1 })).toEqual(['1:35 tooMany I apologise']);
  });
  it('counts per reply, across paragraphs, and reports every apology beyond max', () => {
    const text = "I'm sorry about the late parcel.\n\nWe're sorry it took two emails.\n\nMy apologies for the wrong label. I'm sorry.\n";
    expect(at('no-over-apology', text)).toEqual(['5:1 tooMany My apologies', "5:35 tooMany I'm sorry"]);
  });
  it('reports "again" only after an earlier apology', () => {
    expect(at('no-over-apology', 'Apologies again for the slow refund.\n')).toEqual([]);
    expect(at('no-over-apology', "I'm sorry the refund was slow. It's done now. Apologies again.\n")).toEqual(['1:47 again Apologies again']);
  });
  it('honours allow', () => {
    expect(at('no-over-apology', "I'm sorry the refund was slow. It's done now. Apologies again.\n", { allow: ['apologies again'] })).toEqual([]);
  });
});

describe('no-sorry-but', () => {
  it('uses the excuse message for policy, third parties and customer blame, the default one otherwise', () => {
    const text = "I'm sorry, but that's our policy.\nSorry, but the courier picks the slot.\nSorry, but we can't refund downloads.\n";
    expect(at('no-sorry-but', text)).toEqual(["1:1 excuse I'm sorry, but", '2:1 excuse Sorry, but', '3:1 default Sorry, but']);
  });
  it('reports the excuse form as an error and the other form at the rule severity', () => {
    const text = "I'm sorry, but that's our policy.\nSorry, but we can't refund downloads.\n";
    expect(lint(text, 'reply.txt', ['no-sorry-but']).messages.map((m) => `${m.line} ${m.severity}`)).toEqual(['1 2', '2 1']);
  });
  it('needs the "but" in the same sentence as the apology', () => {
    expect(at('no-sorry-but', "I'm sorry. But the courier picks the slot.\n")).toEqual([]);
  });
  it('honours allow', () => {
    expect(at('no-sorry-but', "I'm sorry, but that's our policy.\n", { allow: ["i'm sorry , but"] })).toEqual([]);
  });
});

describe('no-agentless-apology', () => {
  it('is silenced by ownership in the next sentence only', () => {
    expect(at('no-agentless-apology', 'Your order was delayed. That was our mistake.\n')).toEqual([]);
    expect(at('no-agentless-apology', 'Your order was delayed. It ships Monday. That was our mistake.\n')).toEqual(['1:1 default Your order was delayed']);
  });
});

describe('prefer-direct-apology', () => {
  it('tells hedged from formal apologies', () => {
    expect(at('prefer-direct-apology', 'We apologise for the outage. I would like to apologise for my reply.\n')).toEqual([
      '1:1 formal We apologise',
      '1:30 hedged I would like to apologise',
    ]);
  });
});

describe('no-sorry-you-feel and no-closure-pressure', () => {
  it('report at exact positions after a placeholder in Markdown', () => {
    const text = 'Hi {{ first_name | fallback: "there" }},\n\nI am sorry you feel that way. We trust this resolves your billing question.\n';
    expect(at('no-sorry-you-feel', text, {}, 'reply.md')).toEqual(['3:6 default sorry you feel']);
    expect(at('no-closure-pressure', text, {}, 'reply.md')).toEqual(['3:31 default We trust this resolves']);
  });
});

describe('sentence boundaries', () => {
  it('ends a sentence after "in." before a capital letter, as the catalog\'s same-sentence guards need', () => {
    const text = 'Thanks for writing in. Sorry, but good news: it shipped. The 5 in. screen is fine.\n';
    const doc = lintReply({ text, markdown: false }, {}).data.apologyDoc as ReplyDoc;
    expect(doc.sentences.map((s) => s.text)).toEqual(['Thanks for writing in.', 'Sorry, but good news: it shipped.', 'The 5 in. screen is fine.']);
  });

  it('ends a sentence that goes on in lower case, but not after an abbreviation', () => {
    // The parser joins "… inconvenience. we'll …" into one sentence and gives "inconvenience." the full stop.
    const text = "Sorry for any inconvenience. we'll post a new kettle today, approx. two days by Royal Mail. Ask Dr. Okafor etc. if unsure.\n";
    const doc = lintReply({ text, markdown: false }, {}).data.apologyDoc as ReplyDoc;
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Sorry for any inconvenience.',
      "we'll post a new kettle today, approx. two days by Royal Mail.",
      'Ask Dr. Okafor etc. if unsure.',
    ]);
    expect(at('no-vague-apology', text)).toEqual(['1:1 default Sorry for any inconvenience']);
  });

  it('goes on after "ref." or "no." before a number, on both paths, and the apology stays first', () => {
    const text = 'Claim ref. MV-77 was closed by mistake, order no. 5521 too. The answer was no. It costs approx. 20 dollars.\n';
    for (const markdown of [false, 'always'] as const) {
      const doc = lintReply({ text, markdown }, {}).data.apologyDoc as ReplyDoc;
      expect(doc.sentences.map((s) => s.text)).toEqual([
        'Claim ref. MV-77 was closed by mistake, order no. 5521 too.',
        'The answer was no.',
        'It costs approx. 20 dollars.',
      ]);
    }
    // A reference line before the reply: its apology is still the reply's first sentence.
    const reply = "Claim ref. MV-77-30418\n\nI'm sorry your claim took seven weeks. Our handler filed the report under the wrong claim.\n";
    expect(at('apology-first', reply)).toEqual([]);
    expect(at('apology-first', reply.replace('ref. MV', 'ref.\nMV'))).toEqual(["4:1 late I'm sorry"]);
  });

  it('starts a sentence after a heading line in bold or ending in a colon, on both paths', () => {
    const text = "**What we've changed**\nFrom today every booking will now be confirmed by text.\n\nWhat happened:\nOur diary lost the entry.\n";
    for (const markdown of [false, 'always'] as const) {
      const doc = lintReply({ text, markdown }, {}).data.apologyDoc as ReplyDoc;
      expect(doc.sentences.map((s) => s.text.replace(/\*/g, ''))).toEqual([
        "What we've changed",
        'From today every booking will now be confirmed by text.',
        'What happened:',
        'Our diary lost the entry.',
      ]);
    }
    // The line after the heading opens a sentence: "Unfortunately" there is an opener.
    const update = '**Update on your order**\nUnfortunately, the part is still on back order.\n';
    expect(at('no-unfortunately-opener', update, {}, 'reply.md')).toEqual(['2:1 default Unfortunately']);
  });

  it('ends a sentence after a number that took the full stop, before a capital letter', () => {
    const text = 'We can cover up to £90. Every cleaner now carries a cloth. It costs 5.50 and 3. Done.\n';
    const doc = lintReply({ text, markdown: false }, {}).data.apologyDoc as ReplyDoc;
    expect(doc.sentences.map((s) => s.text)).toEqual(['We can cover up to £90.', 'Every cleaner now carries a cloth.', 'It costs 5.50 and 3.', 'Done.']);
  });

  it('starts a sentence at each item of a list written as lines, on both paths', () => {
    const sentences = (text: string, markdown: boolean | 'always'): string[] =>
      (lintReply({ text, markdown }, {}).data.apologyDoc as ReplyDoc).sentences.map((s) => s.text);
    const bullets = 'Fixes:\n• Set your grind back to whole bean\n• Refunded those bags - all three\n';
    for (const markdown of [false, 'always'] as const) {
      expect(sentences(bullets, markdown)).toEqual(['Fixes:', '• Set your grind back to whole bean', '• Refunded those bags - all three']);
    }
    // Plain text only: in Markdown these lines are a list, whose items are blocks of their own.
    expect(sentences('Done:\n1. Refunded the fee\n2) Sent the part\n', false)).toEqual(['Done:', '1. Refunded the fee', '2) Sent the part']);
    expect(sentences('Done:\n+ Refunded the fee\n\u2013 Sent the part\n', false)).toEqual(['Done:', '+ Refunded the fee', '\u2013 Sent the part']);
  });
});
