import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { EXCUSE_ANY, EXCUSE_START, GOOD_NEWS, LIMIT, REMEDY, patterns } from './no-sorry-but.data.js';

/** A "but" that is not a contrast: "nothing but", "not only … but", "not one but three", "any colour but". */
const NOT_A_BUT = /\b(?:nothing|anything|everything|all|none) but$|\bnot (?:only|just|one)\b|\bany \w+ but$/;

/** A sentence-initial "Sorry" with nothing between it and the "but". */
const BARE_SORRY = /^(?:(?:oh|ah|oops)\W+)?(?:so\s+)?sorry\W*(?:but|however)$/i;

/** A request after the "but": "could you …", "can you …", "would you mind …". */
const POLITE_ASK = /^(?:could|can|would|will|may|might) (?:you|i|we)\b/;

/** Punctuation that ends the apology's clause before a later "but". */
const CLAUSE_BREAK = new Set([';', ':', '\u2013', '\u2014']);

export const meta: RuleMeta = {
  id: 'no-sorry-but',
  description: 'Do not undercut an apology with "but" or "however" in the same sentence.',
  level: 'phrase',
  category: 'non-apology',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    default:
      '"{{actual}}" takes the apology back: end the apology with a full stop and go on with "and" or the next step ("I\'m sorry this took three emails, and I\'ve asked our returns lead to make an exception")',
    excuse:
      '"{{actual}}" follows the apology with an excuse (policy, a third party or the customer): own the problem and say what you can do ("I\'m sorry this took three emails. The return window closed on May 2, and I\'ve asked for an exception")',
  },
  options: { allow: ALLOW_OPTION },
};

function check(ctx: MatchContext): Verdict | null {
  // "I'm sorry the kettle failed; we sell nothing but tested units": the "but" is in another clause.
  const { tokens } = ctx.sentence;
  for (let i = ctx.match.from; i < ctx.match.to - 2; i++) if (tokens[i]!.kind === 'punct' && CLAUSE_BREAK.has(tokens[i]!.norm)) return null;
  // "nothing but hassle", "not only late but also scratched", "not one but three weeks", "any colour but".
  if (NOT_A_BUT.test(ctx.text.toLowerCase())) return null;
  const rest = after(ctx).replace(/^[,;:]\s*/, '');
  // "sorry yet again", or nothing after the conjunction: no excuse follows.
  if (!rest.trim() || /^again\b/.test(rest)) return null;
  // "I'm sorry your plan renewed even though you had turned renewal off": "even though" tells
  // the failure, it takes nothing back.
  const before = tokens[ctx.match.to - 2];
  if (tokens[ctx.match.to - 1]?.norm === 'though' && before?.norm === 'even') return null;
  // "Sorry, but could you send me a photo of the label?": a bare "Sorry" that softens a request
  // takes back no apology.
  if (BARE_SORRY.test(ctx.text) && POLITE_ASK.test(rest) && tokens.at(-1)?.norm === '?') return null;
  const head = rest.split(' ').slice(0, 8).join(' ');
  if (GOOD_NEWS.test(rest)) return null;
  const remedy = REMEDY.exec(rest);
  if (remedy && !LIMIT.test(head.slice(0, remedy[0].length + 12))) return null;
  const excuse = EXCUSE_START.test(rest) || EXCUSE_ANY.test(rest.split(' ').slice(0, 14).join(' '));
  return {
    messageId: excuse ? 'excuse' : 'default',
    // RULES.md A4: the excuse form (third party, policy, customer blame) is an error.
    severity: excuse ? 'error' : undefined,
    data: { actual: ctx.text },
    expected: ["I'm sorry <what happened>. <What I'm doing about it>"],
    suggestions: [{ desc: 'Split the sentence: apologise, full stop, then the constraint and what you will do, joined with "and".' }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
