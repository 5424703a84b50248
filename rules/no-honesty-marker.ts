import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import { dropSpan } from '../src/rewrite.js';
import type { Token } from '../src/tokens.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { TAG, factuality, patterns, trust } from './no-honesty-marker.data.js';

export const meta: RuleMeta = {
  id: 'no-honesty-marker',
  description: 'Drop sincerity and factuality markers ("to be honest", "in fact", "trust me"): they imply the rest is less than honest.',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    candour: '"{{marker}}" suggests the rest of the reply is less than honest: drop it and state the fact',
    factuality: '"{{marker}}" reads as putting the customer right: drop it and state the fact',
    trust: '"{{marker}}" asks the customer to take your word for it: drop it and show the evidence instead',
  },
  options: { allow: ALLOW_OPTION },
};

const factualitySet = new Set<string>(factuality);
const trustSet = new Set<string>(trust);
/** Words a pattern may match before the marker itself; they stay in the sentence. */
const LEAD_WORDS = new Set(['@ph', 'but', 'and', 'so', 'well', 'oh', 'ok', 'okay', 'look', 'now', ',']);

/** Whether the words after ", honestly" start no clause of their own: the sentence ends, or ", and …" goes on. */
function tagEnds(after: readonly Token[]): boolean {
  const words = after.filter((t) => t.kind === 'word');
  if (!words.length) return true;
  return after[0]?.norm === ',' && /^(and|but|so|because)$/.test(words[0]!.norm);
}

function check(ctx: MatchContext): Verdict | null {
  const { match, sentence } = ctx;
  // "I'd be upset too, honestly." "You've got this, honestly!" "…too, honestly, and I'm sorry": a
  // tag that ends its clause stresses the feeling before it; it vouches for nothing else in the
  // reply. Not "– honestly, there's no excuse", where it leads the next clause.
  if (match.pattern.source === TAG && tagEnds(sentence.tokens.slice(match.to))) return null;
  // "when in fact we didn't know where it was", "a refresher, which frankly is overdue": the marker
  // puts us right, not the customer.
  const lastWord = sentence.tokens
    .slice(match.from, match.to)
    .filter((t) => t.kind === 'word')
    .pop()?.norm;
  const nextWord = sentence.tokens.slice(match.to).find((t) => t.kind === 'word')?.norm ?? '';
  const prevWord = [...sentence.tokens.slice(0, match.from)].reverse().find((t) => t.kind === 'word')?.norm ?? '';
  if (lastWord === 'fact' && /^(we|i|our|my)$/.test(nextWord)) return null;
  // "when you had in fact already paid": on the customer's side.
  if (lastWord === 'fact' && sentence.tokens.slice(Math.max(0, match.from - 3), match.from).some((t) => t.norm === 'you')) return null;
  if (lastWord === 'frankly' && prevWord === 'which') return null;
  const toks = sentence.tokens.slice(match.from, match.to);
  // Report the marker, not the words around it: "I'm honestly not sure" -> "honestly".
  const honestly = toks.findIndex((t) => t.norm === 'honestly');
  let first = /^\(i\|we/.test(match.pattern.source) && honestly >= 0 ? honestly : toks.findIndex((t) => !LEAD_WORDS.has(t.norm));
  if (first < 0) first = 0;
  let last = toks.length - 1;
  while (last > first && toks[last]!.kind !== 'word') last--;
  const start = toks[first]!.start;
  const end = toks[last]!.end;
  const marker = ctx.doc.text.slice(start, end);
  const source = match.pattern.source;
  const messageId = trustSet.has(source) ? 'trust' : factualitySet.has(source) ? 'factuality' : 'candour';
  const rewrite = dropSpan(sentence, start, end);
  return {
    messageId,
    span: { start, end },
    data: { marker },
    actual: marker,
    ...(rewrite ? { expected: [rewrite] } : {}),
    suggestions: [{ desc: `Remove "${marker}"`, ...(rewrite ? { text: rewrite } : {}) }],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
