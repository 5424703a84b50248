import { happenedAt } from '../src/clause.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, before, phraseRule } from '../src/phrase-rule.js';
import { phraseSet } from '../src/phrase.js';
import { ownsThisFailure } from '../src/roles.js';
import type { Token } from '../src/tokens.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES, OWNERSHIP } from './lexicon.js';
import { OWN_LOCAL, patterns } from './no-agentless-apology.data.js';

export const meta: RuleMeta = {
  id: 'no-agentless-apology',
  description: 'Say who made the mistake: "mistakes were made" and "your order was delayed" hide the agent.',
  level: 'phrase',
  category: 'non-apology',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    default: '"{{actual}}" hides who made the mistake: say it in the first person and own it ("We lost your package at our warehouse. That\'s our mistake.")',
  },
  options: { allow: ALLOW_OPTION },
};

const ownership = phraseSet([...OWNERSHIP, ...OWN_LOCAL], CLASSES);

/** Conditional or general statements are explanations, not accounts of this failure. */
const GENERAL = /(?:^|\s)(?:if|when|whenever|unless|in case|should)\s*$/;

function check(ctx: MatchContext): Verdict | null {
  const { doc, sentence } = ctx;
  const rest = after(ctx, 8);
  // An agent is named ("was lost by the courier") or the statement is "on our end" ("in our office").
  if (/^(?:by|on (?:our|my) (?:end|side)|at (?:our|my) end|with (?:our|my) (?:system|team|warehouse))\b/.test(rest)) return null;
  // "The mistake was made here in our shop".
  if (/^(?:(?:here )?(?:on our|at our|from our|in our)|here at)\b/.test(rest)) return null;
  // The cause is named and it is on the customer's side ("was not processed because your card expired").
  if (/^(?:because|as|since) (?:you|your)\b/.test(rest)) return null;
  // GENERAL reads the last two words ("in case"); the sentence's first word says if it is a condition.
  const lead = before(ctx, 3);
  const conditional = ctx.match.from > 0 && /^(?:if|when|whenever|unless)\b/.test(sentence.tokens[0]!.norm);
  if (GENERAL.test(` ${lead}`) || conditional) return null;
  // A failure in a condition or denied: "Nothing is wrong with the bill and no error was made".
  if (!happenedAt(sentence.tokens, ctx.match.from)) return null;
  // Ownership of this failure names the agent; an "also" owns a second one ("an error was made when
  // your notice was recorded … We should also have caught it when you phoned").
  const owns = (tokens: readonly Token[]): boolean => ownsThisFailure(tokens, (t) => ownership.test(t));
  const next = doc.sentences[sentence.index + 1];
  if (owns(sentence.tokens) || (next && owns(next.tokens))) return null;
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    expected: ["We <did what went wrong>. That's our mistake."],
    suggestions: [{ desc: 'Name the agent: "We lost your package at our warehouse. That\'s our mistake, and I\'ve sent a replacement by express."' }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
