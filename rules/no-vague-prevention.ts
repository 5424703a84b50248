import { perReply, sentenceWords } from '../src/document.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { MECHANISM, patterns, reviews } from './no-vague-prevention.data.js';

export const meta: RuleMeta = {
  id: 'no-vague-prevention',
  description: 'Back a promise that it will not happen again with the change you made, not "we will strive to ensure…".',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    default:
      '"{{actual}}" promises prevention without saying how: name the change ("I\'ve added a check so our packers scan the size label before sealing. It went live today.")',
    review: '"{{actual}}" announces a review with no result: say what changed, or when and how you will report back',
  },
  options: { allow: ALLOW_OPTION },
};

const reviewSet = new Set<string>(reviews);

/** Whether each sentence of a reply names a mechanism, tested once per reply. */
const mechanismsOf = perReply((doc) => sentenceWords(doc).map((words) => MECHANISM.test(words)));

function check(ctx: MatchContext): Verdict | null {
  const { sentence, doc } = ctx;
  // The mechanism may come in the same sentence or right before or after it.
  const mechanisms = mechanismsOf(doc);
  if (mechanisms.slice(Math.max(0, sentence.index - 1), sentence.index + 2).includes(true)) return null;
  const review = reviewSet.has(ctx.match.pattern.source);
  return {
    messageId: review ? 'review' : 'default',
    data: { actual: ctx.text },
    suggestions: [
      {
        desc: review
          ? 'Report the outcome: "We\'ve changed how refunds are approved, so they now go out within 24 hours."'
          : 'Name the mechanism: "To make sure this doesn\'t happen again, I\'ve added a size check at packing. It went live today."',
      },
    ],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
