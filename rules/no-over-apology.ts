import { metaCommentAt } from '../src/clause.js';
import type { ReplyDoc } from '../src/document.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, before, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { NOT_OURS, PURPOSE_BEFORE, REGRET_NEWS, SYMPATHY, WAIT, againPatterns, ifidPatterns } from './no-over-apology.data.js';

export const meta: RuleMeta = {
  id: 'no-over-apology',
  description: 'Apologise once, specifically: no more than `max` apologies per reply, and no "sorry again" in the closing.',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    tooMany:
      '"{{actual}}" is apology number {{count}} in this reply (more than {{max}}): apologise once, specifically, near the top, and let the fix do the rest',
    again: '"{{actual}}" repeats the apology: you have already apologised, so close with the next step instead ("I\'ll email you the tracking number by 5pm")',
  },
  options: {
    allow: ALLOW_OPTION,
    max: { type: 'number', description: 'Most responsibility-class apologies a reply may hold (sympathy and wait apologies are not counted).', default: 2 },
  },
};

const AGAIN = new Set<string>(againPatterns);
/** Apologies counted so far in each reply (check runs in text order). */
const counts = new WeakMap<ReplyDoc, number>();

function check(ctx: MatchContext): Verdict | null {
  const { match, sentence, doc, options } = ctx;
  const toks = sentence.tokens;
  const rest = after(ctx, 10);
  const last = toks[match.to - 1]!;
  // "Sorry?" asks the customer to repeat; it is not an apology.
  if (last.norm === 'sorry' && toks[match.to]?.norm === '?') return null;
  // "Sorry if I'm repeating myself" is about the message, not another apology for the failure.
  if (metaCommentAt(toks, match.to)) return null;
  if (SYMPATHY.test(rest) || WAIT.test(rest)) return null;
  // NOT_OURS reads up to four words back, PURPOSE_BEFORE two.
  const lead = before(ctx, 4).trim();
  if (NOT_OURS.test(lead)) return null;
  if (toks[match.from]!.norm === 'to' && PURPOSE_BEFORE.test(lead)) return null;
  if (last.norm === 'regret' && REGRET_NEWS.test(rest)) return null;
  const count = (counts.get(doc) ?? 0) + 1;
  counts.set(doc, count);
  const max = typeof options.max === 'number' ? options.max : 2;
  let from = match.from;
  while (from < match.to - 1 && /^(?:,|;|and)$/.test(toks[from]!.norm)) from++;
  const span = { start: toks[from]!.start, end: last.end };
  const actual = doc.text.slice(span.start, span.end);
  const details = {
    data: { actual, count, max },
    actual,
    span,
    suggestions: [{ desc: 'Keep one specific apology near the top ("I\'m sorry we sent the wrong size") and close with the next step.' }],
  };
  if (AGAIN.has(match.pattern.source) && count > 1) return { messageId: 'again', ...details };
  if (count > max) return { messageId: 'tooMany', ...details };
  return null;
}

export const plugin = phraseRule({ meta, patterns: [...againPatterns, ...ifidPatterns], classes: CLASSES, check });
