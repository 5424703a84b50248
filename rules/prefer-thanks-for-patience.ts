import { perReply } from '../src/document.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import { phraseSet } from '../src/phrase.js';
import type { RuleMeta } from '../src/types.js';
import { GRATITUDE } from './components.data.js';
import { CLASSES, SORRY_WAIT } from './lexicon.js';

export const meta: RuleMeta = {
  id: 'prefer-thanks-for-patience',
  description: 'For a wait, thank the customer for their patience instead of (or as well as) apologising.',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'off', strict: 'warn', 'legal-safe': 'off' },
  messages: {
    default: '"{{actual}}" apologises for the wait: thank the customer instead, e.g. "Thank you for your patience while I looked into this."',
  },
  options: { allow: ALLOW_OPTION },
};

const gratitude = phraseSet(GRATITUDE, CLASSES);
/** The reply thanks the customer somewhere (asked once per reply, not once per match). */
const thanks = perReply((doc) => doc.sentences.some((s) => gratitude.test(s.tokens)));

function check(ctx: MatchContext): Verdict | null {
  if (thanks(ctx.doc)) return null;
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    expected: ['Thank you for your patience'],
    suggestions: [{ desc: 'Replace the wait apology with "Thank you for your patience."' }],
  };
}

export const plugin = phraseRule({ meta, patterns: SORRY_WAIT, classes: CLASSES, check });
