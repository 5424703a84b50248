import { metaCommentAt, wordsAfter } from '../src/clause.js';
import { perReply, sentenceWords } from '../src/document.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { APOLOGY_WORD, patterns } from './no-conditional-apology.data.js';
import { CLASSES } from './lexicon.js';

export const meta: RuleMeta = {
  id: 'no-conditional-apology',
  description: 'An apology conditional on whether harm happened ("sorry if…") is a non-apology.',
  level: 'phrase',
  category: 'non-apology',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    default: '"{{actual}}" makes the apology conditional: apologise for what happened ("I\'m sorry your order arrived late")',
  },
  options: { allow: ALLOW_OPTION },
};

/** Whether each sentence of a reply apologises, worked out once however many matches it has. */
const apologisesOf = perReply((doc) => sentenceWords(doc).map((words) => APOLOGY_WORD.test(words)));

function check(ctx: MatchContext): Verdict | null {
  const first = ctx.match.pattern.source;
  if (first.endsWith(' if')) {
    if (metaCommentAt(ctx.sentence.tokens, ctx.match.to - 1)) return null;
  } else if (first.startsWith('^ if')) {
    // "If I've misunderstood your question, I apologise": the writer's own words, not a failure.
    if (metaCommentAt(ctx.sentence.tokens, ctx.match.from)) return null;
  } else if (!first.startsWith('^') && !apologisesOf(ctx.doc)[ctx.sentence.index]) return null;
  // "If the rail strike affected your trip, we're sorry to hear that": sympathy, not an apology.
  if (first.startsWith('^ if ... ... ...') && /^to (hear|learn|see|read)$/.test(wordsAfter(ctx.sentence.tokens, ctx.match.to, 2).join(' '))) return null;
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    expected: ["I'm sorry <what happened>"],
    suggestions: [{ desc: 'Drop the "if": "I\'m sorry your order arrived two days late. That\'s our mistake."' }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
