import { clauseBefore, endsClauseAt, tokensAfter, wordsAfter, wordsBefore } from '../src/clause.js';
import { gateOf } from '../src/gate.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import {
  ADDRESSEE,
  PLAIN_FACT,
  SMALL_FAILURE,
  SOFT_OPENERS,
  TIME_TO_GO,
  addressPatterns,
  dontWorryPatterns,
  noProblemPatterns,
  onlyPatterns,
  patterns,
} from './no-dismissive-phrase.data.js';

export const meta: RuleMeta = {
  id: 'no-dismissive-phrase',
  description: 'Do not invalidate the customer\'s reaction ("calm down", "it\'s not a big deal", "it is what it is").',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    default:
      '"{{actual}}" dismisses how the customer feels: acknowledge it instead ("You\'re right to be annoyed. You were promised a call back and didn\'t get one.")',
    noProblem: '"{{actual}}" reads oddly after a real problem: say what you are doing about it ("I\'ll send another one today")',
  },
  options: {
    allow: ALLOW_OPTION,
    dontWorry: {
      type: 'boolean',
      description: 'Also flag a bare "don\'t worry about it" with no action after it.',
      default: false,
    },
  },
};

const address = new Set<string>(addressPatterns);
const only = new Set<string>(onlyPatterns);
const noProblem = new Set<string>(noProblemPatterns);

/** "calm down" / "relax" said to the customer: an imperative, or with "you" as its subject. */
function addressedToCustomer(ctx: MatchContext): boolean {
  const { tokens } = ctx.sentence;
  const before = clauseBefore(tokens, ctx.match.from);
  while (before.length && SOFT_OPENERS.has(before[before.length - 1]!)) before.pop();
  while (before.length && SOFT_OPENERS.has(before[0]!)) before.shift();
  // "Try to relax and keep still" in a scan's instructions is care, not a rebuke; "please try to
  // relax" alone, or in an apology reply, still tells an upset customer to relax.
  if (
    ctx.match.pattern.source === 'relax' &&
    /^(try|trying) (to|and)$/.test(wordsBefore(tokens, ctx.match.from, 2).join(' ')) &&
    // …between other instructions: "lie still and try and relax", "try to relax and keep still".
    (/^and (keep|lie|sit|stay|breathe|rest|let)$/.test(wordsAfter(tokens, ctx.match.to, 2).join(' ')) || wordsBefore(tokens, ctx.match.from, 3)[0] === 'and') &&
    !gateOf(ctx.file).decision
  )
    return false;
  if (before.length) return ADDRESSEE.test(before.join(' '));
  if (ctx.match.pattern.source !== 'relax') return true;
  // "Sit back and relax" is a friendly sign-off line, not a rebuke.
  if (wordsBefore(tokens, ctx.match.from, 2).join(' ') === 'back and') return false;
  // Imperative "Relax," / "relax and let us…", not a name ("Relax Plus includes…").
  const next = tokensAfter(tokens, ctx.match.to, 1)[0];
  return endsClauseAt(tokens, ctx.match.to) || next === 'and' || next === 'please';
}

/** Fillers that may stand before an interjection ("Oh, no problem"). */
const FILLERS = new Set(['oh', 'ok', 'okay', 'sure', 'yes', 'absolutely', 'really', 'honestly']);

/** "No problem" as an interjection ("No problem, I'll…", "That's no problem!"), not "no problem with your account". */
function isInterjection(ctx: MatchContext): boolean {
  const before = clauseBefore(ctx.sentence.tokens, ctx.match.from).filter((w) => !FILLERS.has(w));
  return before.length === 0 && endsClauseAt(ctx.sentence.tokens, ctx.match.to);
}

function check(ctx: MatchContext): Verdict | null {
  const source = ctx.match.pattern.source;
  if (address.has(source) && !addressedToCustomer(ctx)) return null;
  if (only.has(source)) {
    const rest = wordsAfter(ctx.sentence.tokens, ctx.match.to - 1, 5).join(' ');
    if (PLAIN_FACT.test(rest) || TIME_TO_GO.test(rest) || SMALL_FAILURE.test(rest)) return null;
  }
  if (noProblem.has(source)) {
    // Apology-gated: after thanks or in a how-to, "no problem" is just friendly.
    if (!isInterjection(ctx) || !gateOf(ctx.file).decision) return null;
    return {
      messageId: 'noProblem',
      data: { actual: ctx.text },
      severity: 'warn',
      expected: ["I'll <what you are doing about it>."],
      suggestions: [{ desc: 'Drop "no problem" and say the next step: "I\'ll send another one today."' }],
    };
  }
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    expected: ["You're right to be annoyed. <what went wrong>."],
    suggestions: [
      { desc: 'Validate the reaction and name what went wrong: "You\'re right to be annoyed. You were promised a call back and didn\'t get one."' },
    ],
  };
}

export const plugin = phraseRule({
  meta,
  patterns: (options) => [...patterns, ...addressPatterns, ...onlyPatterns, ...noProblemPatterns, ...(options.dontWorry === true ? dontWorryPatterns : [])],
  classes: CLASSES,
  check,
});
