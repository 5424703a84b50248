// Behaviour of the tone phrase rules beyond their fixtures: options, rewrites in `expected`,
// and where each preset switches them on.
import { describe, expect, it } from 'vitest';
import { preset } from '../src/presets.js';
import { lint } from './helpers.js';

const run = (id: string, text: string, options: Record<string, unknown> = {}) => lint(text, 'reply.txt', [id], { [id]: options }).messages;

describe('no-unfortunately-opener options', () => {
  const mid = "The carrier, unfortunately, only collects on Tuesdays. I checked, and I'm afraid we can't refund it.";

  it('ignores mid-sentence uses by default', () => {
    expect(run('no-unfortunately-opener', mid)).toEqual([]);
  });

  it('flags them with anywhere: true, at their own position', () => {
    const got = run('no-unfortunately-opener', mid, { anywhere: true });
    expect(got.map((m) => [m.line, m.column, m.actual])).toEqual([
      [1, 14, 'unfortunately'],
      [1, 71, "I'm afraid"],
    ]);
    expect(got[0]!.expected).toEqual(['The carrier only collects on Tuesdays.']);
  });

  it('still skips a quoted UI string with anywhere: true', () => {
    expect(run('no-unfortunately-opener', "The page says 'Unfortunately, this link has expired' when that happens.", { anywhere: true })).toEqual([]);
  });

  it('fires on neutral news by default and skips it with requirePronoun: true', () => {
    const text = 'Unfortunately, the storm closed the airport.';
    expect(run('no-unfortunately-opener', text)).toHaveLength(1);
    expect(run('no-unfortunately-opener', text, { requirePronoun: true })).toEqual([]);
    expect(run('no-unfortunately-opener', "Unfortunately, we can't rebook you.", { requirePronoun: true })).toHaveLength(1);
  });

  it('offers the sentence without the opener', () => {
    const [m] = run('no-unfortunately-opener', "I'm afraid we don't deliver sofas to upper floors.");
    expect(m!.expected).toEqual(["We don't deliver sofas to upper floors."]);
  });
});

describe('allow option', () => {
  it('keeps an allowed phrase and still flags the others', () => {
    const text = 'In fact, the refund left on Monday. To be honest, it was slow.';
    expect(run('no-honesty-marker', text).map((m) => m.actual)).toEqual(['In fact', 'To be honest']);
    expect(run('no-honesty-marker', text, { allow: ['in fact'] }).map((m) => m.actual)).toEqual(['To be honest']);
  });
});

describe('rewrites in expected', () => {
  it('no-honesty-marker drops a parenthetical marker with its commas', () => {
    const [m] = run('no-honesty-marker', 'The charge was, in fact, a temporary hold.');
    expect(m!.expected).toEqual(['The charge was a temporary hold.']);
  });

  it('no-liability-hedge drops the disclaimer clause and keeps the remedy', () => {
    const [m] = run('no-liability-hedge', "Although we aren't responsible for customs delays, I've added a $15 credit.");
    expect(m!.expected).toEqual(["I've added a $15 credit."]);
    const [end] = run('no-liability-hedge', "We're sorry, although we are not responsible for the ferry timetable.");
    expect(end!.expected).toEqual(["We're sorry."]);
  });

  it('no-liability-hedge offers no rewrite when the disclaimer is the whole sentence', () => {
    const [m] = run('no-liability-hedge', 'We accept no responsibility for bikes left in the rack overnight.');
    expect(m!.expected).toBeUndefined();
    expect(m!.suggestions?.[0]?.desc).toMatch(/footer/);
  });

  it('no-you-start turns an order into a question, but not a reproach', () => {
    const [order] = run('no-you-start', 'You need to unplug the printer before the firmware install.');
    expect(order!.messageId).toBe('obligation');
    expect(order!.expected).toEqual(['Could you unplug the printer before the firmware install?']);
    const [reproach] = run('no-you-start', 'You should have told us about the move.');
    expect(reproach!.messageId).toBe('fault');
    expect(reproach!.expected).toBeUndefined();
  });

  it('no-hollow-reassurance drops "Rest assured"', () => {
    const [m] = run('no-hollow-reassurance', "Rest assured, we're chasing the depot today.");
    expect(m!.expected).toEqual(["We're chasing the depot today."]);
  });
});

describe('no-hollow-reassurance "appreciate your understanding"', () => {
  it('fires when it is the only acknowledgement', () => {
    const got = run('no-hollow-reassurance', 'Your order is late. We appreciate your understanding.');
    expect(got.map((m) => m.messageId)).toEqual(['understanding']);
  });

  it('is silent after an apology that names the failure', () => {
    expect(run('no-hollow-reassurance', "I'm sorry we charged you twice. We appreciate your understanding while the bank releases it.")).toEqual([]);
  });

  it('fires after a generic apology', () => {
    expect(run('no-hollow-reassurance', 'Sorry for any inconvenience. We appreciate your understanding.')).toHaveLength(1);
  });
});

describe('presets', () => {
  it('turns no-you-start on only in strict', () => {
    expect(preset('recommended')['no-you-start']).toBe('off');
    expect(preset('strict')['no-you-start']).toBe('warn');
    expect(preset('legal-safe')['no-you-start']).toBe('off');
  });

  it('turns the reassurance and liability rules off in legal-safe', () => {
    for (const id of ['no-hollow-reassurance', 'no-liability-hedge']) {
      expect(preset('recommended')[id]).toBe('warn');
      expect(preset('legal-safe')[id]).toBe('off');
    }
  });
});
