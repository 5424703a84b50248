import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import { phraseSet } from '../src/phrase.js';
import { dropSpan } from '../src/rewrite.js';
import { perReply } from '../src/document.js';
import type { Token } from '../src/tokens.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES, OWNERSHIP, SORRY } from './lexicon.js';
import { CLAUSE_LEAD, GENERIC_OBJECT, patterns } from './no-hollow-reassurance.data.js';

export const meta: RuleMeta = {
  id: 'no-hollow-reassurance',
  description: 'Replace stock reassurances ("your call is important to us", "rest assured") with what you actually did.',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'off' },
  messages: {
    default:
      '"{{actual}}" is a stock line that customers no longer believe: replace the claim with the evidence ("I\'ve escalated this to our shipping lead, Maria, who will call you today")',
    understanding:
      '"{{actual}}" thanks the customer for accepting a problem nobody has owned: say what went wrong and what you are doing about it, then thank them',
  },
  options: { allow: ALLOW_OPTION },
};

const ownership = phraseSet(OWNERSHIP, CLASSES);
const sorry = phraseSet(SORRY, CLASSES);

/** The reply acknowledges the failure concretely: ownership, or an apology that names something. */
const acknowledged = perReply((doc) =>
  doc.sentences.some((s) => ownership.test(s.tokens) || sorry.find(s.tokens).some((m) => namesSomething(s.tokens.slice(m.to)))),
);

/** The apology's object, up to the end of its clause, has a word beyond the generic ones. */
function namesSomething(rest: readonly Token[]): boolean {
  for (const t of rest) {
    if (t.kind === 'punct' || t.norm === 'and' || t.norm === 'but') break;
    if (t.kind === 'placeholder' || (t.kind === 'word' && !GENERIC_OBJECT.has(t.norm))) return true;
  }
  return false;
}

function check(ctx: MatchContext): Verdict | null {
  const { match, sentence, doc } = ctx;
  const toks = sentence.tokens.slice(match.from, match.to);
  // A gap must not run across a clause: "take full responsibility, and seriously…".
  if (toks.some((t) => t.kind === 'punct' && t.norm !== '#')) return null;
  const prev = sentence.tokens[match.from - 1];
  if ((toks[0]!.norm === 'we' || toks[0]!.norm === 'i') && prev?.kind === 'word' && !CLAUSE_LEAD.has(prev.norm)) return null;
  if (toks.some((t) => t.norm === 'understanding')) {
    // "When it is the only acknowledgement" (RULES.md B9): fine after a real apology.
    if (acknowledged(doc)) return null;
    return {
      messageId: 'understanding',
      data: { actual: ctx.text },
      suggestions: [{ desc: 'Own the problem first: "I\'m sorry the update logged you out. I\'ve restored your session, and thanks for bearing with us."' }],
    };
  }
  const assured = toks.some((t) => t.norm === 'assured');
  const rewrite = assured ? dropSpan(sentence, toks[0]!.start, toks[toks.length - 1]!.end) : null;
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    ...(rewrite ? { expected: [rewrite] } : {}),
    suggestions: [{ desc: 'Say what you did instead: "I\'ve escalated this to our shipping lead, Maria, who will call you today."' }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
