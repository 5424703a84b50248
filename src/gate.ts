/**
 * Is this reply an apology reply? (RULES.md §2, §0.1.) Document-level rules and apology-gated
 * phrase entries run only when it is. The verdict is explainable: a score from cues in the
 * author's own text (quotes, placeholders and signatures are already blanked by pre-processing),
 * with the reasons that produced it. Explicit overrides win.
 */
import type { VFile } from 'vfile';
import { CLASSES, FAIL_NOUN, FAIL_PRED, OWNERSHIP, SORRY, SORRY_SYMP, SORRY_WAIT } from '../rules/lexicon.js';
import type { ReplyDoc } from './document.js';
import { getDoc } from './document.js';
import { PhraseSet } from './phrase.js';
import type { ApologyGate } from './types.js';

const sorry = new PhraseSet(SORRY, CLASSES);
const symp = new PhraseSet(SORRY_SYMP, CLASSES);
const wait = new PhraseSet(SORRY_WAIT, CLASSES);
const ownership = new PhraseSet(OWNERSHIP, CLASSES);
const fail = new PhraseSet([...FAIL_NOUN, ...FAIL_PRED], CLASSES);
const remedy = new PhraseSet(
  ['refund~', 'replacement~', 'credit~', 'reship~', 're-ship~', 'redo', 'voucher~', 'reimburse~', 'compensat*', 're-sent', 'resend'],
  CLASSES,
);

/** Title and tag words that mark a macro as a complaint reply (configurable as `gate.titleWords`). */
export const DEFAULT_TITLE_WORDS = ['apolog', 'sorry', 'complaint', 'refund', 'damaged', 'late', 'outage', 'escalation'];

/** Settings the gate reads from config. */
export interface GateSettings {
  context?: string;
  apologyThreshold?: number;
  gate?: { titleWords?: string[] };
}

/** Compute the gate for a reply. */
export function computeGate(doc: ReplyDoc, settings: GateSettings = {}): ApologyGate {
  const threshold = typeof settings.apologyThreshold === 'number' ? settings.apologyThreshold : 3;
  if (doc.meta.apology !== undefined) {
    return {
      decision: doc.meta.apology,
      score: doc.meta.apology ? threshold + 1 : 0,
      lowConfidence: false,
      reasons: [`explicit override: apology ${doc.meta.apology}`],
    };
  }
  if (settings.context === 'apology' || settings.context === 'complaint' || settings.context === 'info') {
    const decision = settings.context !== 'info';
    return { decision, score: decision ? threshold + 1 : 0, lowConfidence: false, reasons: [`--context ${settings.context}`] };
  }
  const words = settings.gate?.titleWords ?? DEFAULT_TITLE_WORDS;
  const label = [doc.meta.title ?? '', ...(doc.meta.tags ?? [])].join(' ').toLowerCase();
  const hit = label && words.find((w) => label.includes(w.toLowerCase()));
  if (hit) return { decision: true, score: threshold + 1, lowConfidence: false, reasons: [`title/tags contain "${hit}"`] };

  const reasons: string[] = [];
  let ifids = 0;
  let sympathy = 0;
  let waits = 0;
  let owned = false;
  const failures = new Set<string>();
  let remedies = 0;
  for (const s of doc.sentences) {
    const sym = symp.find(s.tokens);
    const wt = wait.find(s.tokens);
    sympathy += sym.length;
    waits += wt.length;
    for (const m of sorry.find(s.tokens)) {
      const inside = (x: { from: number; to: number }): boolean => x.from <= m.from + 1 && x.to >= m.to - 1 && x.from < m.to;
      if (sym.some(inside) || wt.some(inside)) continue;
      ifids++;
    }
    if (ownership.test(s.tokens)) owned = true;
    for (const m of fail.find(s.tokens)) failures.add(m.pattern.source);
    remedies += remedy.find(s.tokens).length;
  }
  let score = 0;
  const counted = Math.min(ifids, 2);
  if (counted) {
    score += 3 * counted;
    reasons.push(`+${3 * counted} explicit apology (${ifids})`);
  }
  if (owned) {
    score += 2;
    reasons.push('+2 ownership cue');
  }
  const f = Math.min(failures.size, 3);
  if (f) {
    score += f;
    reasons.push(`+${f} failure terms`);
  }
  if (remedies) {
    score += 1;
    reasons.push('+1 remedy cue');
  }
  if (!ifids && !owned && sympathy && !failures.size) {
    score -= 3;
    reasons.push('-3 sympathy only, no failure on our side');
  }
  if (!ifids && !owned && waits && failures.size <= 1) {
    score -= 2;
    reasons.push('-2 only a routine wait apology');
  }
  const decision = score >= threshold;
  return { decision, score, lowConfidence: decision && score === threshold, reasons };
}

/** The gate of the reply a rule runs on (computed once per reply). */
export function gateOf(file: VFile): ApologyGate {
  const data = file.data as { apologyGate?: ApologyGate; apologySettings?: GateSettings };
  data.apologyGate ??= computeGate(getDoc(file), data.apologySettings);
  return data.apologyGate;
}
