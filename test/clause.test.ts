// The context helpers phrase-rule guards use: clause boundaries, negation, words around a match.
import { describe, expect, it } from 'vitest';
import { clauseBefore, deniedAt, endsClauseAt, inCondition, metaCommentAt, negatedBefore, tokensAfter, wordsAfter, wordsBefore } from '../src/clause.js';
import type { Token } from '../src/tokens.js';
import { tokens } from './helpers.js';

const at = (toks: Token[], word: string): number => toks.findIndex((t) => t.norm === word);

describe('clauseBefore', () => {
  it('stops at commas, colons and conjunctions', () => {
    const t = tokens('OK, you can just clear the cache and then simply restart');
    expect(clauseBefore(t, at(t, 'just'))).toEqual(['you', 'can']);
    expect(clauseBefore(t, at(t, 'simply'))).toEqual([]);
  });
  it('is empty at the start of a sentence', () => {
    const t = tokens('Just clear the cache.');
    expect(clauseBefore(t, 0)).toEqual([]);
  });
});

describe('negatedBefore', () => {
  it('sees a negator within reach, contractions included', () => {
    const t = tokens("This wasn't a minor delay");
    expect(negatedBefore(t, at(t, 'a'), 3)).toBe(true);
    const u = tokens('It was a minor delay');
    expect(negatedBefore(u, at(u, 'a'), 3)).toBe(false);
  });
});

describe('words around a match', () => {
  const t = tokens('No problem, I will send it');
  it('reads words and tokens after, and words before', () => {
    expect(tokensAfter(t, 2, 2)).toEqual([',', 'i']);
    expect(wordsAfter(t, 2, 2)).toEqual(['i', 'will']);
    expect(wordsBefore(t, 3, 5)).toEqual(['no', 'problem']);
  });
  it('knows where a clause ends', () => {
    expect(endsClauseAt(t, 2)).toBe(true);
    expect(endsClauseAt(t, 4)).toBe(false);
    expect(endsClauseAt(t, t.length)).toBe(true);
  });
});

describe('metaCommentAt', () => {
  it('is true at the "if" of a comment on the writer\'s own message', () => {
    for (const text of ["Sorry if I'm repeating myself.", "Sorry if I've missed anything.", 'Sorry if I misunderstood your question.']) {
      const t = tokens(text);
      expect(metaCommentAt(t, at(t, 'if'))).toBe(true);
    }
  });
  it('is false for a conditional apology and away from "if"', () => {
    const t = tokens("Sorry if you feel we've missed something.");
    expect(metaCommentAt(t, at(t, 'if'))).toBe(false);
    const u = tokens("Sorry if I've missed anything.");
    expect(metaCommentAt(u, 0)).toBe(false);
  });
});

describe('inCondition', () => {
  it('is true after "if", "unless" or "in case" in the same clause', () => {
    const t = tokens("Boards can't be returned unless they arrive damaged");
    expect(inCondition(t, at(t, 'damaged'))).toBe(true);
    const u = tokens("If they haven't processed it by Monday, reply here");
    expect(inCondition(u, at(u, 'processed'))).toBe(true);
    expect(inCondition(u, at(u, 'reply'))).toBe(false);
    const v = tokens('Keep the receipt in case the parcel is lost');
    expect(inCondition(v, at(v, 'lost'))).toBe(true);
    // "or" and "and" do not end the condition.
    const w = tokens('If your bag is lost or damaged, report it at the desk');
    expect(inCondition(w, at(w, 'damaged'))).toBe(true);
    expect(inCondition(w, at(w, 'report'))).toBe(false);
  });
  it('is false for the hedge of "sorry if" and for words that only contain "in case"', () => {
    const t = tokens("I'm sorry if you were put out by the late delivery");
    expect(inCondition(t, at(t, 'late'))).toBe(false);
    const u = tokens('Your new cabin case arrived damaged');
    expect(inCondition(u, at(u, 'damaged'))).toBe(false);
    const v = tokens('It looks as if the courier lost it');
    expect(inCondition(v, at(v, 'lost'))).toBe(false);
  });
});

describe('deniedAt', () => {
  it('is true right after "no", "without (any)" or "not a/any"', () => {
    const t = tokens('No problem at all, it shipped without any delay and it was not a mistake');
    expect(deniedAt(t, at(t, 'problem'))).toBe(true);
    expect(deniedAt(t, at(t, 'delay'))).toBe(true);
    expect(deniedAt(t, at(t, 'mistake'))).toBe(true);
    const u = tokens('There are no known issues, and it went through without a problem');
    expect(deniedAt(u, at(u, 'issues'))).toBe(true);
    expect(deniedAt(u, at(u, 'problem'))).toBe(true);
  });
  it('is true after "not an" and "nothing" ("this isn\'t an issue", "nothing is lost")', () => {
    const t = tokens("This isn't an issue with your account");
    expect(deniedAt(t, at(t, 'issue'))).toBe(true);
    const u = tokens('Nothing is lost');
    expect(deniedAt(u, at(u, 'is'))).toBe(true);
    const v = tokens("None of your data was lost, it wasn't damaged and your account doesn't have a problem");
    expect(deniedAt(v, at(v, 'was'))).toBe(true);
    expect(deniedAt(v, at(v, 'damaged'))).toBe(true);
    expect(deniedAt(v, at(v, 'problem'))).toBe(true);
    const w = tokens('We did nothing to fix the problem');
    expect(deniedAt(w, at(w, 'problem'))).toBe(false);
  });
  it('is false for "nothing but" and for an affirmed failure', () => {
    const t = tokens("You've had nothing but problems and a long delay");
    expect(deniedAt(t, at(t, 'problems'))).toBe(false);
    expect(deniedAt(t, at(t, 'delay'))).toBe(false);
  });
});
