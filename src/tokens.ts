/**
 * Word normalisation shared by the sentence index and the phrase compiler, so that a pattern
 * and the text it is matched against are normalised by the same function.
 */

/** A normalised token of a sentence. Contractions expand to several tokens sharing one span. */
export interface Token {
  /** Normalised form: lower case, straight apostrophes, -ize spelling, contractions expanded. */
  norm: string;
  kind: 'word' | 'punct' | 'symbol' | 'source' | 'placeholder';
  /** Offsets into the reply text (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  /** True for words wrapped in quotes or dashes (`the word "sorry"`), per nlcst-is-literal. */
  literal: boolean;
}

const APOSTROPHES = /[\u2019\u2018\u02bc\u2032`]/g;

/**
 * Contractions written without an apostrophe that are common in real replies ("Im sorry"). Maps:
 * a reply's words are looked up here, and "constructor" is a word.
 */
const BARE = new Map<string, string[]>(
  Object.entries({
    im: ['i', 'am'],
    ive: ['i', 'have'],
    dont: ['do', 'not'],
    didnt: ['did', 'not'],
    doesnt: ['does', 'not'],
    cant: ['can', 'not'],
    cannot: ['can', 'not'],
    isnt: ['is', 'not'],
    wasnt: ['was', 'not'],
    werent: ['were', 'not'],
    arent: ['are', 'not'],
    havent: ['have', 'not'],
    hasnt: ['has', 'not'],
    hadnt: ['had', 'not'],
    couldnt: ['could', 'not'],
    shouldnt: ['should', 'not'],
    wouldnt: ['would', 'not'],
    youre: ['you', 'are'],
    theyre: ['they', 'are'],
    youve: ['you', 'have'],
    weve: ['we', 'have'],
    thats: ['that', 'is'],
    whats: ['what', 'is'],
    youll: ['you', 'will'],
  }),
);

const NOT_IRREGULAR = new Map<string, string[]>(
  Object.entries({
    "can't": ['can', 'not'],
    "won't": ['will', 'not'],
    "shan't": ['shall', 'not'],
    "ain't": ['is', 'not'],
  }),
);

const S_EXPANDS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'everything', 'nothing', 'this']);

/** British -ise spellings fold to -ize on both sides of a match. */
function foldSpelling(word: string): string {
  if (word.length < 6) return word;
  return word.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
}

/**
 * Normalise one word to one or more tokens' `norm` values.
 * `I'm` -> [i, am]; `didn’t` -> [did, not]; `Apologise` -> [apologize].
 */
export function normalizeWord(raw: string): string[] {
  // Replies repeat their words: remember recent answers (callers never change the arrays).
  // Numbers (ticket and order numbers) are mostly one-offs: not worth remembering.
  if (hasDigit(raw)) return normalize(raw);
  let norms = memo.get(raw);
  if (!norms) {
    if (memo.size >= 10_000) memo.clear();
    norms = normalize(raw);
    memo.set(raw, norms);
  }
  return norms;
}

const memo = new Map<string, string[]>();
const DIGIT = /\d/;

/** Does a word contain a digit? */
export function hasDigit(word: string): boolean {
  return DIGIT.test(word);
}

function normalize(raw: string): string[] {
  const word = raw.toLowerCase().replace(APOSTROPHES, "'");
  const known = BARE.get(word) ?? NOT_IRREGULAR.get(word);
  if (known) return known;
  const m = /^([a-z]+)'(m|re|ve|ll|d|s|t)$/.exec(word);
  if (m) {
    const [, base, suffix] = m as unknown as [string, string, string];
    switch (suffix) {
      case 'm':
        return [base, 'am'];
      case 're':
        return [base, 'are'];
      case 've':
        return [base, 'have'];
      case 'll':
        return [base, 'will'];
      case 'd':
        return [base, 'would'];
      case 's':
        if (base === 'let') return ['let', 'us'];
        return S_EXPANDS.has(base) ? [base, 'is'] : [word];
      case 't':
        if (base.endsWith('n')) return [base.slice(0, -1), 'not'];
        return [word];
    }
  }
  return [foldSpelling(word)];
}

/**
 * Past participles that do not end in -ed, for "we'd" + participle ("we'd sent", "I'd forgotten").
 * Not no-customer-blame's IRREGULAR_PARTICIPLES: that list reads "you should have …", where
 * "been" and "had" must not count, and it has "come" and "hit", which after "'d" are as often
 * "would" ("I'd come back tomorrow").
 */
const PARTICIPLES = new Set(
  'been done gone seen sent given taken made had left lost told paid found kept got gotten known written brought bought thought put set cut run forgotten spoken broken chosen driven fallen grown held heard hidden hurt laid led let meant met read said shown shut sold spent stood stuck taught thrown understood won worn'.split(
    ' ',
  ),
);
/** Words that can stand between "'d" and its participle: "we'd already queued", "I'd just sent". */
const BEFORE_PARTICIPLE = new Set([
  'already',
  'just',
  'never',
  'not',
  'all',
  'both',
  'since',
  'also',
  'only',
  'ever',
  'still',
  'previously',
  'originally',
  'actually',
]);

/**
 * "'d" is "had" before a past participle ("we'd already queued the payment") and "would"
 * otherwise ("we'd like", "I'd be upset"): `normalizeWord` reads one word, so the sentence's
 * tokens are read again here and such a "would" becomes "had".
 */
export function readContractedHad(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    // The second half of a contraction: it shares its word's offsets with the token before it.
    if (t.norm !== 'would' || tokens[k - 1]!.start !== t.start) continue;
    let j = k + 1;
    while (j < tokens.length && BEFORE_PARTICIPLE.has(tokens[j]!.norm)) j++;
    const next = tokens[j];
    if (next && next.kind === 'word' && ((next.norm.length > 4 && next.norm.endsWith('ed')) || PARTICIPLES.has(next.norm))) {
      tokens[k] = { ...t, norm: 'had' };
    }
  }
}
