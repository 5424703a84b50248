import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { SYMPATHY_TAIL, patterns } from './no-sorry-you-feel.data.js';

export const meta: RuleMeta = {
  id: 'no-sorry-you-feel',
  description: 'Apologise for what we did, not for how the customer feels or sees it ("sorry you feel that way").',
  level: 'phrase',
  category: 'non-apology',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    default:
      '"{{actual}}" apologises for the customer\'s feelings or view, not for our act: name what we did ("I\'m sorry my last reply brushed off your refund question")',
    feeling: '"{{actual}}" apologises for the customer\'s feeling: apologise for what caused it ("I\'m sorry we charged you twice")',
  },
  options: { allow: ALLOW_OPTION },
};

function check(ctx: MatchContext): Verdict | null {
  if (SYMPATHY_TAIL.test(after(ctx, 4))) return null;
  const feeling = ctx.match.pattern.source.includes('your (frustration');
  return {
    messageId: feeling ? 'feeling' : 'default',
    data: { actual: ctx.text },
    expected: ["I'm sorry we <what we did>"],
    suggestions: [
      {
        desc: 'Apologise for our act and own it: "I\'m sorry. My last reply brushed off your question about the refund. You\'re right to expect a straight answer, so here it is: …"',
      },
    ],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
