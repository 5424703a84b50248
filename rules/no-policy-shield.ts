import { wordsAfter } from '../src/clause.js';
import { perReply, sentenceWords } from '../src/document.js';
import { gateOf } from '../src/gate.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { GRANTED, LEGAL, REASON, handoffPatterns, policyPatterns, powerlessPatterns } from './no-policy-shield.data.js';

export const meta: RuleMeta = {
  id: 'no-policy-shield',
  description: 'In an apology, give the reason and an option instead of "it\'s our policy" or "there\'s nothing I can do".',
  level: 'phrase',
  category: 'blame',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    policy:
      '"{{actual}}" hides behind the rulebook: give the reason and what you can do ("Returns close after 30 days because we resell returned stock. Yours arrived faulty, so I\'ve approved it anyway.")',
    powerless:
      '"{{actual}}" tells the customer nothing can be done: say why, and what you can do instead ("I can\'t reverse the charge today, but I\'ve asked the bank to release it and I\'ll check on Friday")',
    handoff:
      '"{{actual}}" sends the customer somewhere else: take the handoff yourself ("I\'ve passed this to our logistics team, and they\'ll email you by Friday")',
  },
  options: {
    allow: ALLOW_OPTION,
    always: {
      type: 'boolean',
      description: 'Flag policy shields in every reply, not only in apology replies (e.g. for knowledge-base macros).',
      default: false,
    },
  },
};

const powerless = new Set<string>(powerlessPatterns);
/** The first and last sentence of each paragraph (sentences come in paragraph order). */
const paragraphsOf = perReply((doc) => {
  const out = new Map<number, { first: number; last: number }>();
  for (const s of doc.sentences) {
    const p = out.get(s.paragraph);
    if (p) p.last = s.index;
    else out.set(s.paragraph, { first: s.index, last: s.index });
  }
  return out;
});
const handoff = new Set<string>(handoffPatterns);
/** Refusing after the rule is named: "…isn't something we can reimburse", "…we can't refund". */
const REFUSED_AFTER = /\b(?:not (?:something|anything) (?:i|we) can|(?:i|we) (?:can not|cannot|are unable to|am unable to|are not able to|am not able to))\b/;
/** A word after "policy" that makes it an insurance policy, not a rulebook ("the wrong policy number"). */
const NOT_A_RULEBOOK = /^(?:number|numbers|no|holder|holders|document|documents|schedule|reference|excess|renewal)$/;
/** A rule that refuses in its own words: "does not allow", "prohibits". */
const REFUSES = /\b(?:not|never|cannot|prohibit\w*|forbid\w*|prevent\w*)\b/;
/**
 * Whether REASON is met around a paragraph's sentences (key: the paragraph, with `+` for its last
 * sentence, which also sees the next one), tested once per reply however many matches it has.
 */
const reasonsOf = perReply(() => new Map<string, boolean>());

function check(ctx: MatchContext): Verdict | null {
  const source = ctx.match.pattern.source;
  const words = sentenceWords(ctx.doc);
  const own = words[ctx.sentence.index]!;
  // A required legal disclosure cites the law; that is not hiding behind house rules.
  if (LEGAL.test(own)) return null;
  if (NOT_A_RULEBOOK.test(wordsAfter(ctx.sentence.tokens, ctx.match.to, 1)[0] ?? '')) return null;
  // "Per our price-match policy, I've refunded the difference": the rule works for the customer.
  // Not when the rule refuses something first: "Company policy doesn't allow us to refund lounge
  // fees to a card, so I have credited the £40 as lounge credit".
  const said = ctx.sentence.tokens
    .slice(ctx.match.from, ctx.match.to)
    .map((t) => t.norm)
    .join(' ');
  // Nor when it grants one thing in place of another: "…only allow us to send a replacement, not a
  // refund", or refuses after it: "Under our workshop terms, damage to clothing isn't something we
  // can reimburse".
  const after = wordsAfter(ctx.sentence.tokens, ctx.match.to, 12);
  const refused = REFUSES.test(said) || /\bnot (?:a|an|the|any)\b/.test(after.slice(0, 8).join(' ')) || REFUSED_AFTER.test(after.join(' '));
  if (!powerless.has(source) && !refused && GRANTED.test(own)) return null;
  // "You'll need to contact us": the customer is sent to us, not away.
  if (handoff.has(source) && /^(us|me)$/.test(wordsAfter(ctx.sentence.tokens, ctx.match.to, 1)[0] ?? '')) return null;
  // A reason in the same paragraph, or in the very next sentence, turns the rule into an explanation.
  const { first, last } = paragraphsOf(ctx.doc).get(ctx.sentence.paragraph)!;
  // The next sentence, when it opens the next paragraph.
  const withNext = ctx.sentence.index + 1 > last && ctx.sentence.index + 1 < words.length;
  const key = `${ctx.sentence.paragraph}${withNext ? '+' : ''}`;
  const reasons = reasonsOf(ctx.doc);
  let reasoned = reasons.get(key);
  if (reasoned === undefined) {
    const around = words.slice(first, last + 1);
    if (withNext) around.push(words[ctx.sentence.index + 1]!);
    reasons.set(key, (reasoned = REASON.test(around.join(' '))));
  }
  if (reasoned) return null;
  const messageId = powerless.has(source) ? 'powerless' : handoff.has(source) ? 'handoff' : 'policy';
  return {
    messageId,
    data: { actual: ctx.text },
    expected:
      messageId === 'handoff'
        ? ["I've passed this to <team>, and they'll <next step> by <when>."]
        : ['<the rule> because <the reason>. <what you can do instead>.'],
    suggestions: [
      {
        desc: 'Explain why the rule exists and offer what you can do: "…because we resell returned stock. Yours arrived faulty, so I\'ve approved it anyway."',
      },
    ],
  };
}

export const plugin = phraseRule({
  meta,
  patterns: [...policyPatterns, ...powerlessPatterns, ...handoffPatterns],
  classes: CLASSES,
  check,
  applies: (_doc, file, options) => options.always === true || gateOf(file).decision,
});
