import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { COURTESY_TAIL, NEUTRAL_TAIL, REPEAT_OBJECT, againPatterns, mentionPatterns, patterns, repeatPatterns } from './no-repeat-reference.data.js';

export const meta: RuleMeta = {
  id: 'no-repeat-reference',
  description: 'Restate the point without "as I said" or "per my last email".',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    default:
      '"{{actual}}" points back at what you already said, which reads as "you weren\'t listening": drop it and restate the point briefly ("The refund reaches your card 3–5 business days after it\'s issued")',
  },
  options: { allow: ALLOW_OPTION },
};

const mention = new Set<string>(mentionPatterns);
const again = new Set<string>(againPatterns);
const repeat = new Set<string>(repeatPatterns);

function check(ctx: MatchContext): Verdict | null {
  const source = ctx.match.pattern.source;
  const tail = after(ctx, 8);
  if (mention.has(source) && NEUTRAL_TAIL.test(tail)) return null;
  if (again.has(source) && COURTESY_TAIL.test(tail)) return null;
  if (repeat.has(source) && !REPEAT_OBJECT.test(tail)) return null;
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    expected: ['<the point itself, restated briefly>'],
    suggestions: [{ desc: 'Delete the reference to the earlier message and state the point once, plainly.' }],
  };
}

export const plugin = phraseRule({
  meta,
  patterns: [...patterns, ...mentionPatterns, ...againPatterns, ...repeatPatterns],
  classes: CLASSES,
  check,
});
