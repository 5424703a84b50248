import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, before, phraseRule } from '../src/phrase-rule.js';
import { analysisOf, apologyNamesFailure } from '../src/components.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { FEELINGS, PURPOSE_BEFORE, PURPOSE_END, REMEDY_BEFORE, SPANS, SPECIFIC_TAIL, WANT_TO, patterns } from './no-vague-apology.data.js';

export const meta: RuleMeta = {
  id: 'no-vague-apology',
  description: 'Apologise for the specific failure, not for "any inconvenience".',
  level: 'phrase',
  category: 'non-apology',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    default: '"{{actual}}" is a generic apology: name what went wrong ("I\'m sorry we charged your card twice")',
    noObject: '"{{actual}}" apologises for nothing in particular: say what you are sorry for',
  },
  options: { allow: ALLOW_OPTION },
};

/**
 * Whether the sentence tells what the customer went through before the apology, in its own
 * terms: an empathy line (not a stock one) with a thing of theirs or a span of time ("Managing
 * without your aid for a month must have been exhausting, and I'm sorry for that"), not only a
 * feeling ("I understand your frustration, and I'm sorry for that" still apologises for nothing).
 */
function hardshipBefore(ctx: MatchContext): boolean {
  const { start, tokens } = ctx.sentence;
  const at = tokens[ctx.match.from]!.start;
  const lead = tokens.slice(0, ctx.match.from);
  const concrete = lead.some((t, i) => t.kind === 'word' && (SPANS.has(t.norm) || (i > 0 && lead[i - 1]!.norm === 'your' && !FEELINGS.has(t.norm))));
  return concrete && analysisOf(ctx.file).hits.some((h) => h.component === 'empathy' && h.counts && h.credit >= 1 && h.start >= start && h.end <= at);
}

function check(ctx: MatchContext): Verdict | null {
  const words = ctx.sentence.tokens.slice(ctx.match.from, ctx.match.to).filter((t) => t.kind === 'word');
  // "…the inconvenience of having to re-enter your card" names the failure; "any inconvenience
  // caused by the delay" names it and still doubts it cost the customer anything.
  if (!words.some((t) => t.norm === 'any') && SPECIFIC_TAIL.test(after(ctx))) return null;
  // PURPOSE_BEFORE reads up to four words back ("by way of an").
  if (PURPOSE_BEFORE.test(before(ctx, 4).trim())) return null;
  // "I've credited £50 to your account to apologise for the disruption": the purpose of a remedy.
  const lead = before(ctx, 12);
  if (PURPOSE_END.test(lead) && !WANT_TO.test(lead) && REMEDY_BEFORE.test(lead)) return null;
  const last = words[words.length - 1]?.norm;
  const noObject = last === 'this' || last === 'that' || last === 'it';
  // "We charged you twice, and I'm sorry for that.": "that" is the failure just named.
  const toks = ctx.sentence.tokens;
  if (noObject && apologyNamesFailure(ctx.doc, toks[ctx.match.from]!.start, toks[ctx.match.to - 1]!.end)) return null;
  // "Managing without it for a month must have been exhausting, and I'm genuinely sorry for
  // that.": "that" is the hardship just named, in the customer's terms.
  if (noObject && hardshipBefore(ctx)) return null;
  // "Sorry about that." alone is a mild form (RULES.md A3: warning only).
  const mild = noObject && ctx.sentence.tokens.filter((t) => t.kind === 'word').length <= ctx.match.to - ctx.match.from + 3;
  return {
    messageId: noObject ? 'noObject' : 'default',
    severity: mild ? 'warn' : undefined,
    data: { actual: ctx.text },
    expected: ["I'm sorry we <what went wrong>"],
    suggestions: [{ desc: 'Replace the generic object with the failure itself, e.g. "I\'m sorry your order arrived two days late."' }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
