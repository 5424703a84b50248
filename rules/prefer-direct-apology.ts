import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { NOT_A_NAME, patterns } from './prefer-direct-apology.data.js';

export const meta: RuleMeta = {
  id: 'prefer-direct-apology',
  description: 'Apologise plainly in the first person ("I\'m sorry we…"), not with a formal or hedged "we apologise".',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'off', strict: 'warn', 'legal-safe': 'off' },
  messages: {
    formal: '"{{actual}}" is a formal, corporate apology: say it plainly in the first person ("I\'m sorry we …")',
    hedged: '"{{actual}}" announces an apology instead of making it: just say "I\'m sorry we …"',
  },
  options: { allow: ALLOW_OPTION },
};

const HEDGED = /^\(i\|we\) \(just\|really\|also\)\? \(would|^\(allow\|let\)/;

function check(ctx: MatchContext): Verdict | null {
  const { match, sentence, doc } = ctx;
  const source = match.pattern.source;
  if (source === '(apologizes|regrets)') {
    // Only a company speaking of itself in the third person: "Acme regrets …", "Acme apologizes …".
    const prev = sentence.tokens[match.from - 1];
    if (!prev || prev.kind !== 'word' || NOT_A_NAME.has(prev.norm)) return null;
    if (!/^[A-Z]/.test(doc.text.slice(prev.start, prev.end))) return null;
    const span = { start: prev.start, end: sentence.tokens[match.to - 1]!.end };
    return verdict('formal', doc.text.slice(span.start, span.end), span);
  }
  return verdict(HEDGED.test(source) ? 'hedged' : 'formal', ctx.text);
}

function verdict(messageId: string, actual: string, span?: { start: number; end: number }): Verdict {
  return {
    messageId,
    data: { actual },
    actual,
    ...(span ? { span } : {}),
    expected: ["I'm sorry we <what went wrong>"],
    suggestions: [{ desc: 'Use "I" and plain "sorry": "I\'m sorry we sent the wrong invoice."' }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
