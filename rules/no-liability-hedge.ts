import type { MatchContext, Verdict } from '../src/phrase-rule.js';
import { ALLOW_OPTION, phraseRule } from '../src/phrase-rule.js';
import { phraseSet } from '../src/phrase.js';
import { trimEndChars } from '../src/rewrite.js';
import type { Sentence } from '../src/document.js';
import type { RuleMeta } from '../src/types.js';
import { CLASSES } from './lexicon.js';
import { patterns } from './no-liability-hedge.data.js';

export const meta: RuleMeta = {
  id: 'no-liability-hedge',
  description: 'Keep legal disclaimers ("without admitting liability", "this was not our fault") out of the apology.',
  level: 'phrase',
  category: 'tone',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'off' },
  messages: {
    default: '"{{actual}}" disclaims fault and undercuts the apology: leave it out, or move required wording to a separate footer',
  },
  options: { allow: ALLOW_OPTION },
};

const hedges = phraseSet(patterns, CLASSES);

/**
 * Where a disclaimer clause in the middle of a sentence starts: at the comma before it (", and
 * without admitting…") or at the conjunction ("… and without admitting…"); null when it is not
 * set off as a clause.
 */
function clauseLead(before: string): { from: number; comma: boolean } | null {
  const t = before.trimEnd();
  if (t.endsWith(',')) return { from: t.length - 1, comma: true };
  const conj = /\s(?:and|but)$/i.exec(t);
  if (!conj) return null;
  const head = t.slice(0, conj.index).trimEnd();
  return head.endsWith(',') ? { from: head.length - 1, comma: true } : { from: conj.index, comma: false };
}

/**
 * The sentence without its disclaimer clauses ("Although we are not responsible for X, we've
 * sent a voucher." -> "We've sent a voucher."), or null when the disclaimer is the whole sentence.
 */
function withoutHedges(sentence: Sentence): string | null {
  const s = sentence.text;
  const ranges: [number, number][] = [];
  for (const m of hedges.find(sentence.tokens)) {
    const a = sentence.tokens[m.from]!.start - sentence.start;
    const b = sentence.tokens[m.to - 1]!.end - sentence.start;
    const before = s.slice(0, a);
    let from: number;
    let keepComma = false;
    if (!before.trim()) from = 0;
    else {
      const lead = clauseLead(before);
      if (!lead) return null;
      from = lead.from;
      // "As a goodwill gesture and without admitting fault, we…": the clause's comma stays.
      keepComma = !lead.comma;
    }
    const comma = s.indexOf(',', b);
    const to = comma >= 0 ? comma + (keepComma ? 0 : 1) : trimEndChars(s, ' \t\r\n.!?').length;
    if (from === 0 && comma < 0) return null;
    ranges.push([from, to]);
  }
  if (!ranges.length) return null;
  let out = '';
  let pos = 0;
  for (const [from, to] of ranges.sort((x, y) => x[0] - y[0])) {
    if (from > pos) out += s.slice(pos, from);
    pos = Math.max(pos, to);
  }
  out += s.slice(pos);
  out = out.trim().replace(/^(?:and|but|however)\b,?\s*/i, '');
  if (!/[A-Za-z]/.test(out)) return null;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function check(ctx: MatchContext): Verdict {
  const rewrite = withoutHedges(ctx.sentence);
  return {
    messageId: 'default',
    data: { actual: ctx.text },
    ...(rewrite ? { expected: [rewrite] } : {}),
    suggestions: [
      rewrite
        ? { desc: 'Drop the disclaimer and keep the remedy', text: rewrite }
        : { desc: 'Drop this sentence; if legal requires the wording, put it in a separate footer' },
    ],
  };
}

export const plugin = phraseRule({ meta, patterns, classes: CLASSES, check });
