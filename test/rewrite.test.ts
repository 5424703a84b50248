import { describe, expect, it } from 'vitest';
import type { Sentence } from '../src/document.js';
import { dropSpan } from '../src/rewrite.js';

/** A sentence at reply offset `at` (only the fields dropSpan reads matter). */
function sentence(text: string, at = 0): Sentence {
  return { index: 0, paragraph: 0, tokens: [], start: at, end: at + text.length, text };
}

function drop(text: string, phrase: string, at = 0, toComma = false): string | null {
  const i = text.indexOf(phrase);
  return dropSpan(sentence(text, at), at + i, at + i + phrase.length, { toComma });
}

describe('dropSpan', () => {
  it('drops an opener with its comma and capitalises the rest', () => {
    expect(drop('Honestly, the repair took longer than we planned.', 'Honestly')).toBe('The repair took longer than we planned.');
  });

  it('drops a parenthetical with both commas', () => {
    expect(drop('The refund was, in fact, issued on Monday.', 'in fact')).toBe('The refund was issued on Monday.');
  });

  it('keeps the comma after a greeting', () => {
    expect(drop('Hi Sam, unfortunately, the plan is gone.', 'unfortunately')).toBe('Hi Sam, the plan is gone.');
    expect(drop('Hi Sam, unfortunately the plan is gone.', 'unfortunately')).toBe('Hi Sam, the plan is gone.');
  });

  it('capitalises after a leading @handle', () => {
    expect(drop('@acme Unfortunately we are closed.', 'Unfortunately')).toBe('@acme We are closed.');
  });

  it('works with reply offsets, not sentence offsets', () => {
    expect(drop('Let me be clear: the voucher is already on your account.', 'Let me be clear', 120)).toBe('The voucher is already on your account.');
  });

  it('drops up to the next comma with toComma', () => {
    expect(drop('Without admitting liability, we refunded the fee.', 'Without', 0, true)).toBe('We refunded the fee.');
    expect(drop('Without admitting liability we refunded the fee.', 'Without', 0, true)).toBeNull();
  });

  it('returns null when nothing is left', () => {
    expect(drop('Honestly.', 'Honestly')).toBeNull();
  });
});
