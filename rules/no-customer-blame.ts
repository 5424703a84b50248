import { clauseBefore, negatedBefore, wordsAfter, wordsBefore } from '../src/clause.js';
import { analysisOf } from '../src/components.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { hasDigit } from '../src/tokens.js';
import { CLASSES } from './lexicon.js';
import {
  EXPECTATION,
  IRREGULAR_PARTICIPLES,
  OWED,
  RECEIVED,
  SKIPPABLE,
  SOFTENERS,
  patterns,
  shouldPatterns,
  supposedPatterns,
  yourFaultPatterns,
} from './no-customer-blame.data.js';

export const meta: RuleMeta = {
  id: 'no-customer-blame',
  description: 'Do not tell the customer it was their fault ("you should have", "you forgot to", "user error").',
  level: 'phrase',
  category: 'blame',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    default:
      '"{{actual}}" tells the customer it was their fault: describe the fix without blame ("The setting is easy to miss. Here\'s where to find it: …" or "Let\'s go through the steps together")',
  },
  options: { allow: ALLOW_OPTION },
};

const should = new Set<string>(shouldPatterns);
const yourFault = new Set<string>(yourFaultPatterns);
const supposed = new Set<string>(supposedPatterns);

/** The verb after "you should (not) have", past any adverbs ("you should have already received"). */
function verbAfter(ctx: MatchContext): string | undefined {
  return wordsAfter(ctx.sentence.tokens, ctx.match.to, 4).find((w) => !SKIPPABLE.has(w));
}

function isParticiple(word: string | undefined): boolean {
  if (!word || EXPECTATION.has(word)) return false;
  return IRREGULAR_PARTICIPLES.has(word) || (word.length > 4 && word.endsWith('ed') && word !== 'need');
}

/** Units after an amount: "61 kWh you shouldn't have needed". */
const UNITS = new Set(['kwh', 'kw', 'kg', 'km', 'miles', 'hours', 'days', 'minutes', 'gb', 'mb', 'litres', 'liters', 'units', 'items', 'nights']);

/** Whether the words before "you should (not) have" make it a relative clause of what was owed (see `check`). */
function owedClause(before: readonly string[]): boolean {
  const last = before.slice(-2).join(' ');
  const [previous = '', word = ''] = before.slice(-2);
  // "That's £96 you shouldn't have paid", "61 kWh you shouldn't have needed".
  const amount = hasDigit(word) || (hasDigit(previous) && UNITS.has(word));
  return before.slice(0, 2).join(' ') === 'not the' || last === 'not what' || last === 'not how' || amount;
}

/** The "as the manual describes" pattern (patterns[…]). */
const BY_THE_MANUAL = patterns.find((p) => p.includes('(manual|instructions|guide'))!;
/** A determiner two words before "you": "a cut you didn't choose", "the colour you never asked for". */
const RELATIVE_HEAD = /^(?:a|an|the|this|that|these|those|your|any|some|another)$/;

/** Whether the match's sentence owns the miss elsewhere in it (the apology analysis's responsibility). */
function ownedInSentence(ctx: MatchContext): boolean {
  const { start, end } = ctx.sentence;
  const from = ctx.sentence.tokens[ctx.match.from]!.start;
  const to = ctx.sentence.tokens[ctx.match.to - 1]!.end;
  return analysisOf(ctx.file).hits.some(
    (h) => h.component === 'responsibility' && h.counts && h.start >= start && h.end <= end && (h.end <= from || h.start >= to),
  );
}

function check(ctx: MatchContext): Verdict | null {
  const source = ctx.match.pattern.source;
  const { tokens } = ctx.sentence;
  // "If you forgot your password…", "sorry you didn't get…": hypothetical, or our apology.
  if (!source.startsWith('if ') && !source.startsWith('had ') && clauseBefore(tokens, ctx.match.from).some((w) => SOFTENERS.has(w))) return null;
  if (should.has(source) && !isParticiple(verbAfter(ctx))) return null;
  // "walking into that with a cut you didn't choose": a relative clause about the thing we did to
  // them, not a duty they missed.
  if (source.startsWith('you (did not|never)') && RELATIVE_HEAD.test(wordsBefore(tokens, ctx.match.from, 2)[0] ?? '')) return null;
  // "If the filter had been fitted as the manual describes, this wouldn't have happened: our
  // engineer skipped that step": our own miss, owned in the same sentence.
  if (source === BY_THE_MANUAL && ownedInSentence(ctx)) return null;
  // What the customer was owed, or owes us nothing for, in a relative clause: "That's not the car
  // you should have found", "not what you should have come back to", "That's $87 you shouldn't have paid".
  if (should.has(source) && owedClause(wordsBefore(tokens, ctx.match.from, 3))) return null;
  if (supposed.has(source) && OWED.test(wordsAfter(tokens, ctx.match.to, 3).join(' '))) return null;
  if (source.startsWith('why') && RECEIVED.test(wordsAfter(tokens, ctx.match.to, 2).join(' '))) return null;
  if (yourFault.has(source)) {
    if (negatedBefore(tokens, ctx.match.from, 4)) return null;
    // "your error message", "your error code": a thing on screen, not a fault.
    if (/^(message|messages|code|codes|log|logs|report|screen|page|details)$/.test(wordsAfter(tokens, ctx.match.to, 1)[0] ?? '')) return null;
  }
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    expected: ["The setting is easy to miss. Here's where to find it: …", "Let's go through the steps together."],
    suggestions: [{ desc: 'Say what to do next, and take the blame off the customer: "That option is easy to miss, so I\'ve switched it on for you."' }],
  };
}

export const plugin = phraseRule({
  meta,
  patterns: [...patterns, ...shouldPatterns, ...yourFaultPatterns, ...supposedPatterns],
  classes: CLASSES,
  check,
});
