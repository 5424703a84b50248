import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { HOWTO_TAIL, patterns } from './no-closure-pressure.data.js';

export const meta: RuleMeta = {
  id: 'no-closure-pressure',
  description: 'Do not ask for forgiveness or declare the matter closed ("we trust this resolves the matter").',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    default:
      '"{{actual}}" pressures the customer to close the matter: leave it open for them ("If anything is still not right, reply here and I\'ll pick it up myself")',
  },
  options: { allow: ALLOW_OPTION },
};

function check(ctx: MatchContext): Verdict | null {
  if (ctx.sentence.tokens[ctx.match.to - 1]?.norm === 'understand' && HOWTO_TAIL.test(after(ctx, 6))) return null;
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    expected: ["If anything is still not right, reply here and I'll pick it up myself."],
    suggestions: [{ desc: 'Drop the request for closure and offer an open door: "If anything is still not right, reply here and I\'ll pick it up myself."' }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
