import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, phraseRule } from '../src/phrase-rule.js';
import { dropSpan } from '../src/rewrite.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { ADVERBS, AFRAID_FEAR, anywherePatterns, openerPatterns } from './no-unfortunately-opener.data.js';

export const meta: RuleMeta = {
  id: 'no-unfortunately-opener',
  description: 'Do not open a sentence with "Unfortunately", "I\'m afraid" or "We regret to inform you": lead with what you can do.',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    default: '"{{opener}}" frames the news as bad before saying anything useful: lead with what you can do, then state the limit and its reason',
  },
  options: {
    allow: ALLOW_OPTION,
    anywhere: { type: 'boolean', description: 'Also flag these words in the middle of a sentence.', default: false },
    requirePronoun: {
      type: 'boolean',
      description: 'Flag only sentences with a first- or second-person pronoun, leaving neutral news ("Unfortunately, the storm closed the airport") alone.',
      default: false,
    },
  },
};

/** Words an opener starts with; anything before them in a match is a conjunction or greeting. */
const OPENER_START = new Set<string>([...ADVERBS, 'i', 'we', 'it']);
const PERSON = new Set(['i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'yourself']);
const OPEN_QUOTE = /['\u2018"\u201c]\s*$/;

function check(ctx: MatchContext): Verdict | null {
  const { match, sentence, doc, options } = ctx;
  const toks = sentence.tokens.slice(match.from, match.to);
  let first = toks.findIndex((t) => OPENER_START.has(t.norm));
  if (first < 0) first = 0;
  let last = toks.length - 1;
  while (last > first && toks[last]!.kind !== 'word') last--;
  const start = toks[first]!.start;
  const end = toks[last]!.end;
  // A quoted UI string or the customer's words in single quotes: 'Unfortunately, this page…'.
  if (OPEN_QUOTE.test(doc.text.slice(sentence.start, start))) return null;
  if (toks.some((t) => t.norm === 'afraid') && AFRAID_FEAR.test(after(ctx))) return null;
  if (options.requirePronoun === true && !sentence.tokens.some((t) => t.kind === 'word' && PERSON.has(t.norm))) return null;
  const opener = doc.text.slice(start, end);
  const rewrite = dropSpan(sentence, start, end);
  return {
    messageId: 'default',
    span: { start, end },
    data: { opener },
    actual: opener,
    ...(rewrite ? { expected: [rewrite] } : {}),
    suggestions: [
      {
        desc: 'Lead with what you can do: "I can refund the shipping today. The item itself can\'t be returned because it\'s custom-made."',
        ...(rewrite ? { text: rewrite } : {}),
      },
    ],
  };
}

export const plugin = phraseRule({
  meta,
  patterns: (options) => (options.anywhere === true ? anywherePatterns : openerPatterns),
  classes: CLASSES,
  check,
});
