import { sentenceWords } from '../src/document.js';
import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, after, phraseRule } from '../src/phrase-rule.js';
import { phraseSet } from '../src/phrase.js';
import { trimEndChars } from '../src/rewrite.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES, OWNERSHIP } from './lexicon.js';
import { BENIGN_AFTER, REPROACH, SHOULD_HOLD, WRONG_INFO, fault, limit, patterns } from './no-you-start.data.js';

export const meta: RuleMeta = {
  id: 'no-you-start',
  description: 'Do not open a sentence with "You need to", "You didn\'t" or "You can\'t": ask, or say what happens next.',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'off', strict: 'warn', 'legal-safe': 'off' },
  messages: {
    obligation: '"{{actual}}" opens with an order: ask instead ("Could you send me a photo of the label? Then I can start the claim.")',
    fault: '"{{actual}}" opens by pointing at the customer: say what happened and what comes next without "you didn\'t"',
    limit: '"{{actual}}" opens with what the customer cannot do: lead with what they can do',
  },
  options: { allow: ALLOW_OPTION },
};

const faultSet = new Set<string>(fault);
const limitSet = new Set<string>(limit);
const ownership = phraseSet(OWNERSHIP, CLASSES);

function check(ctx: MatchContext): Verdict | null {
  const { match, sentence, doc } = ctx;
  const rest = after(ctx);
  if (BENIGN_AFTER.test(rest)) return null;
  const verb = ctx.sentence.tokens[match.to - 1]?.norm;
  if (verb === 'should' && SHOULD_HOLD.test(rest)) return null;
  const words = sentenceWords(doc)[sentence.index]!;
  // The sentence owns the failure ("You were told the wrong date, and that's on us").
  if (ownership.test(sentence.tokens) || WRONG_INFO.test(words)) return null;
  const toks = sentence.tokens.slice(match.from, match.to);
  const you = toks.findIndex((t) => t.norm === 'you');
  const start = toks[Math.max(0, you)]!.start;
  const end = toks[toks.length - 1]!.end;
  const actual = doc.text.slice(start, end);
  const source = match.pattern.source;
  // "You should have told us", "you must have entered": a reproach about the past, not an order.
  const reproach = REPROACH.test(rest);
  const messageId = faultSet.has(source) || reproach ? 'fault' : limitSet.has(source) ? 'limit' : 'obligation';
  const verdict: Verdict = { messageId, span: { start, end }, data: { actual }, actual };
  if (messageId === 'obligation') {
    // "You need to restart the router." -> "Could you restart the router?"
    const tail = doc.text.slice(end, sentence.end).trim();
    if (/^[a-z]/i.test(tail) && !/^(?:be|have)\b/i.test(tail)) {
      const ask = `Could you ${trimEndChars(tail, '.!?')}?`;
      verdict.expected = [ask];
      verdict.suggestions = [{ desc: 'Ask instead of telling', text: ask }];
    }
  } else {
    verdict.suggestions = [
      {
        desc:
          messageId === 'fault'
            ? 'Describe the situation and the next step: "The code wasn\'t applied at checkout, so I\'ve added the discount as a refund."'
            : 'Lead with what is possible: "Plan changes take effect at your next billing date, and I can schedule it now."',
      },
    ];
  }
  return verdict;
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
