import { inCondition } from '../src/clause.js';
import { analysisOf } from '../src/components.js';
import { sentenceWords } from '../src/document.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after as textAfter, phraseRule } from '../src/phrase-rule.js';
import { phraseSet } from '../src/phrase.js';
import { ownsThisFailure } from '../src/roles.js';
import type { Token } from '../src/tokens.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES, CUSTOMER_PEOPLE, OWNERSHIP } from './lexicon.js';
import { CAME_FROM, CANCEL_FAILURE, CANCEL_REQUESTED, CAUSE_PATTERNS, FAILURE_CONTEXT, patterns, weakPatterns } from './no-blame-shift.data.js';

export const meta: RuleMeta = {
  id: 'no-blame-shift',
  description: 'Own the failure: do not blame the warehouse, the system, the courier or "they".',
  level: 'phrase',
  category: 'blame',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    default:
      '"{{actual}}" shifts the blame to someone the customer cannot see: to them, you are the company. Own it ("We sent the wrong size. That\'s on us.")',
    weak: '"{{actual}}" blames a faceless cause: say what happened in the first person ("We had an error in our billing run")',
  },
  options: {
    allow: ALLOW_OPTION,
    ownedParties: { type: 'string[]', description: 'Parties that are in-house and may be named, e.g. "our warehouse".', default: [] },
    extraParties: { type: 'string[]', description: 'More third parties to treat as blame targets, e.g. "the franchise".', default: [], pattern: true },
  },
};

const ownership = phraseSet(OWNERSHIP, CLASSES);
const people = phraseSet(CUSTOMER_PEOPLE, CLASSES);
const weak = new Set<string>(weakPatterns);
const cause = new Set<string>(CAUSE_PATTERNS);

/** The pattern for a team of ours ("Our card team didn't order it until the 20th"). */
const OUR_TEAM = patterns.find((p) => p.startsWith('(the|our) _ (team|department|dept)'))!;

/** Whether the reply owns the failure outside the match (the apology analysis's responsibility). */
function ownedElsewhere(ctx: MatchContext): boolean {
  const start = ctx.sentence.tokens[ctx.match.from]!.start;
  const end = ctx.sentence.tokens[ctx.match.to - 1]!.end;
  return analysisOf(ctx.file).hits.some((h) => h.component === 'responsibility' && h.counts && (h.end <= start || h.start >= end));
}

function check(ctx: MatchContext): Verdict | null {
  const { doc, sentence } = ctx;
  const owned = Array.isArray(ctx.options.ownedParties) ? (ctx.options.ownedParties as string[]) : [];
  if (owned.some((p) => ctx.text.toLowerCase().startsWith(p.toLowerCase()))) return null;
  // Ownership in the same sentence or one of the next two makes the third party an explanation,
  // not an excuse: "…a match our server crashed in. I get why that stung. That crash was our fault."
  // Not ownership of something else ("We also didn't tell you it was running late").
  const owns = (tokens: readonly Token[]): boolean => ownsThisFailure(tokens, (t) => ownership.test(t));
  const next = doc.sentences.slice(sentence.index + 1, sentence.index + 3);
  if (owns(sentence.tokens) || next.some((n) => owns(n.tokens))) return null;
  // A team of ours named as the one that failed ("Our installation team didn't arrive on Monday")
  // is us, when the reply owns the failure anywhere ("…we didn't spot the clash").
  if (ctx.match.pattern.source === OUR_TEAM && ownedElsewhere(ctx)) return null;
  if (ctx.match.pattern.source.startsWith('they')) {
    const earlier = doc.sentences.slice(Math.max(0, sentence.index - 2), sentence.index);
    // The customer's people named before "they" in the sentence (its matches are found once per
    // sentence, not again for each "they").
    const namedBefore = people.find(sentence.tokens).some((m) => m.to <= ctx.match.from);
    if (namedBefore || earlier.some((s) => people.test(s.tokens))) return null;
  }
  // "The courier dropped your parcel off at 2pm": a delivery, not a fall.
  if (/\bdropped\b/i.test(ctx.text) && /^(?:\S+ )?off\b/.test(textAfter(ctx, 3))) return null;
  // A third party's failure in a condition is no blame: "if they haven't processed it by Monday, reply here".
  if (inCondition(sentence.tokens, ctx.match.from)) return null;
  // The words of this sentence and the one before, for the two checks that need a failure in view.
  const inView = (): string => {
    const words = sentenceWords(doc);
    return [words[sentence.index - 1] ?? '', words[sentence.index]!].join(' ');
  };
  // "Our booking system cancelled the duplicate booking" is blame only beside a failure (not an
  // apology for the wait: "Sorry for the slow reply! Our booking system cancelled the duplicate").
  if (/cancell?ed (your|the)$/i.test(ctx.text) && (!CANCEL_FAILURE.test(inView()) || CANCEL_REQUESTED.test(inView()))) return null;
  if (cause.has(ctx.match.pattern.source) && !FAILURE_CONTEXT.test(inView())) return null;
  if (ctx.match.pattern.source === CAME_FROM && /\b(?:from|with) our\b/i.test(ctx.text)) return null;
  // "outside our control panel", "out of our control room": a thing, not an excuse.
  const after = sentence.tokens[ctx.match.to];
  if (
    ctx.match.pattern.source.endsWith('our (control|hands)') &&
    /^(panel|panels|room|centre|center|tower|board|desk|unit|settings|group)$/.test(after?.norm ?? '')
  )
    return null;
  const isWeak = weak.has(ctx.match.pattern.source);
  return {
    messageId: isWeak ? 'weak' : 'default',
    data: { actual: ctx.text },
    suggestions: [{ desc: 'Say it in the first person and own it: "We sent the wrong size. That\'s on us, and I\'ve shipped the right one."' }],
  };
}

export const plugin = phraseRule({
  meta,
  patterns: (options) => {
    const extra = Array.isArray(options.extraParties) ? (options.extraParties as string[]) : [];
    const extraPatterns = extra.map((p) => `${p} (lost|delayed|damaged|failed to|forgot to|did not|made (a|an) (mistake|error)|sent (the|a)? wrong)`);
    return [...patterns, ...weakPatterns, ...extraPatterns];
  },
  classes: CLASSES,
  check,
});
