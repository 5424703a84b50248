// The phrase matcher: its index (which patterns it tries where) must never change what it finds.
import { describe, expect, it } from 'vitest';
import * as components from '../rules/components.data.js';
import * as lexicon from '../rules/lexicon.js';
import type { Match, Pattern } from '../src/phrase.js';
import { MatchIndex, PhraseSet, compile, matchAt, phraseSet } from '../src/phrase.js';
import type { Token } from '../src/tokens.js';
import { fixtureTexts, sentencesOf, showMatches as show } from './helpers.js';

const CLASSES = { ...lexicon.CLASSES, ...components.COMPONENT_CLASSES };

/** The matcher without an index: every pattern at every token, exact-first patterns first. */
function naiveFind(patterns: readonly Pattern[], tokens: readonly Token[]): Match[] {
  const order = [...patterns.filter((p) => p.first && p.first.size > 0), ...patterns.filter((p) => !(p.first && p.first.size > 0))];
  const out: Match[] = [];
  let i = 0;
  while (i < tokens.length) {
    let best: Match | null = null;
    for (const p of order) {
      const to = matchAt(p, tokens, i);
      if (to > i && (!best || to > best.to)) best = { pattern: p, from: i, to };
    }
    if (best) {
      out.push(best);
      i = best.to;
    } else i++;
  }
  return out;
}

describe('PhraseSet', () => {
  it('finds exactly what trying every pattern at every token finds, on every fixture and lexicon list (also when scanning a slice)', () => {
    const lists = Object.entries({ ...lexicon, ...components }).filter((e): e is [string, readonly string[]] => Array.isArray(e[1]));
    expect(lists.length).toBeGreaterThan(30);
    const sentences = fixtureTexts().flatMap((f) => sentencesOf(f.text, f.markdown));
    expect(sentences.length).toBeGreaterThan(500);
    let matches = 0;
    for (const [name, list] of lists) {
      const set = new PhraseSet(list, CLASSES);
      for (const tokens of sentences) {
        const found = set.find(tokens);
        expect(show(found), `${name}: ${tokens.map((t) => t.norm).join(' ')}`).toEqual(show(naiveFind(set.patterns, tokens)));
        // `scan` (for slices asked about once) finds the same, on the sentence and on a slice of it.
        expect(show(set.scan(tokens)), `${name} (scan): ${tokens.map((t) => t.norm).join(' ')}`).toEqual(show(found));
        const slice = tokens.slice(1, 7);
        expect(show(set.scan(slice)), `${name} (scan of a slice)`).toEqual(show(naiveFind(set.patterns, slice)));
        matches += found.length;
      }
    }
    expect(matches).toBeGreaterThan(1000);
    // Every lexicon list against every fixture sentence, tried naively too: about 30 s on two cores.
  }, 120_000);

  it('keeps a sentence index that does not show in the token list, and works on a frozen list', () => {
    const set = new PhraseSet(['sorry for any inconvenience', 'courier']);
    const [tokens] = sentencesOf('Sorry for any inconvenience, the courier was late.');
    const copy = tokens!.map((t) => ({ ...t }));
    expect(show(set.find(tokens!))).toEqual(['sorry for any inconvenience @0-4', 'courier @6-7']);
    expect(Object.keys(tokens!)).toEqual(Object.keys(copy));
    expect(tokens).toEqual(copy);
    expect(show(set.find(Object.freeze(copy)))).toEqual(['sorry for any inconvenience @0-4', 'courier @6-7']);
  });

  it('indexes every way a pattern can start: punctuation, numbers, placeholders, prefixes, the sentence start', () => {
    const set = new PhraseSet([', sorry', '#n days late', '@ph is here', 'apolog* again', '^ thanks', '^ _ thanks', '_ late', 'so (very)? sorry']);
    const [tokens] = sentencesOf('Thanks, sorry, {{name}} is here, 3 days late, apologising again, so very sorry.');
    expect(show(set.find(tokens!))).toEqual([
      '^ thanks @0-1',
      ', sorry @1-3',
      '@ph is here @4-7',
      '#n days late @8-11',
      'apolog* again @12-14',
      'so (very)? sorry @15-18',
    ]);
    expect(show(set.find(tokens!))).toEqual(show(naiveFind(set.patterns, tokens!)));
  });

  it('tries a `^` pattern only at the first word, and one that needs a word the sentence lacks nowhere', () => {
    const [tokens] = sentencesOf('We are sorry that thanks arrived late.');
    expect(new PhraseSet(['^ thanks']).find(tokens!)).toEqual([]);
    expect(compile('(we|i) are sorry (about|for) the delay').required).toEqual([['delay'], ['sorry'], ['the'], ['are'], ['about', 'for']]);
    expect(compile('we are sorry').required).toEqual([['sorry'], ['are']]);
    expect(compile('(just|only)? (a|the)? small (delay|wait)').required).toEqual([['small'], ['delay', 'wait']]);
    expect(compile('we are (_|there)').required).toEqual([['are']]);
    expect(compile('we (_|there)').required).toBeNull();
    expect(new PhraseSet(['(we|i) are sorry (about|for) the delay']).find(tokens!)).toEqual([]);
  });

  it('an index of a long reply lists the sentences each set matches in; a set made after it walks every sentence', () => {
    const sentences = sentencesOf('Hello there. We are sorry for the delay. Your parcel is here. Again, sorry for the delay!').map((tokens) => ({ tokens }));
    expect(sentences).toHaveLength(4);
    const sorry = new PhraseSet(['sorry for the delay']);
    const index = new MatchIndex(sentences.map((s) => s.tokens));
    expect(sorry.candidatesIn(sentences, index)).toEqual([sentences[1], sentences[3]]);
    expect(sorry.candidatesIn(sentences, undefined)).toBe(sentences);
    // The index lets each sentence's starts go once every set is answered; the answers stay.
    expect(show(sorry.find(sentences[1]!.tokens))).toEqual(['sorry for the delay @2-6']);
    expect(sorry.find(sentences[0]!.tokens)).toEqual([]);
    expect(sorry.candidatesIn(sentences, new MatchIndex(sentences.map((s) => s.tokens)))).toEqual([sentences[1], sentences[3]]);
    const later = new PhraseSet(['your parcel']);
    expect(later.candidatesIn(sentences, index)).toBe(sentences);
    expect(later.find(sentences[2]!.tokens).map((m) => [m.from, m.to])).toEqual([[0, 2]]);
  });

  it('remembers its answer per sentence and shares one set per pattern list', () => {
    const [tokens] = sentencesOf('Sorry for any inconvenience.');
    const set = phraseSet(['sorry for any inconvenience']);
    expect(set.find(tokens!)).toBe(set.find(tokens!));
    expect(show(set.find(tokens!))).toEqual(['sorry for any inconvenience @0-4']);
    expect(phraseSet(['sorry for any inconvenience'])).toBe(set);
    expect(phraseSet(['sorry for the delay'])).not.toBe(set);
  });
});
