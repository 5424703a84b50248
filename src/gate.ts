/**
 * Is this reply an apology reply? (RULES.md §2, §0.1.) Document-level rules and apology-gated
 * phrase entries run only when it is. The verdict is explainable: a score from cues in the
 * author's own text (quotes, placeholders and signatures are already blanked by pre-processing),
 * with the reasons that produced it. Explicit overrides win, in this order: front matter
 * `apology:` or a directive comment, then `--context` / config `context`, then title and tag words.
 *
 * Score ≥ threshold + 1 (default 4): apology reply. Score = threshold (default 3): apology reply in
 * the low-confidence zone, where document-level rules report one severity lower. Below: not one.
 */
import type { VFile } from 'vfile';
import { CLASSES, FAIL_GENERIC, FAIL_ISSUE, FAIL_NOUN, FAIL_PRED, GOODWILL, SORRY_WAIT } from '../rules/lexicon.js';
import type { ApologyAnalysis } from './components.js';
import { analyze } from './components.js';
import type { ReplyDoc } from './document.js';
import { happenedAt, inCondition, wordsBefore } from './clause.js';
import { getDoc } from './document.js';
import { phraseSet } from './phrase.js';
import type { ApologyGate } from './types.js';

const wait = phraseSet(SORRY_WAIT, CLASSES);
const fail = phraseSet([...FAIL_NOUN, ...FAIL_PRED], CLASSES);
const remedy = phraseSet(
  [
    'refund~',
    'replacement~',
    'credit~',
    'reship~',
    're-ship~',
    'redo',
    'voucher~',
    'reimburse~',
    'compensat*',
    're-sent',
    'resend',
    'discount code~',
    // "To make up for it, we've added three months at no charge".
    'to make up for (it|this|that|the)',
    'at no (charge|cost|extra cost)',
  ],
  CLASSES,
);

/** Goodwill given with no apology: money or a gift offered instead of one ("a £30 credit", "no charge for the reprint"). */
const goodwill = phraseSet(GOODWILL, CLASSES);

const GENERIC_FAILURES = new Set<string>(FAIL_GENERIC);
/** Failures told as events ("was cracked", "arrived with the spine split"), by pattern. */
const FAILURE_EVENTS = new Set<string>(FAIL_PRED);

/** Words before "issue" that make it a verb ("to issue", "can't issue", "we issue"). */
const VERB_BEFORE = new Set(['to', 'can', 'could', 'will', 'would', 'not', 'may', 'might', 'must', 'should', 'we', 'i', 'they', 'you', 'please']);

/** Before a failure noun, words that make it ours: "our fault", "my mistake". */
const OURS_BEFORE = new Set(['our', 'my']);

/** Things of the customer's that our failures happen to. */
const OUR_SIDE =
  /\byour (?:\w+ ){0,2}(order|parcel|package|delivery|item|refund|booking|reservation|flight|payment|account|bill|invoice|subscription|room|bag|luggage|suitcase|appointment|replacement|product|device|appliance|machine|dishwasher|fridge|oven|boiler|phone|laptop|tablet|car|bike|scooter|sofa|mattress|glasses|lenses|ticket|meter)s?\b/i;

/** Title and tag words that mark a macro as a complaint reply (configurable as `gate.titleWords`). */
export const DEFAULT_TITLE_WORDS = ['apolog', 'sorry', 'complaint', 'refund', 'damaged', 'late', 'outage', 'escalation'];

/** Values of `--context` and config `context`. */
export const CONTEXTS = ['apology', 'complaint', 'info'] as const;

/** Settings the gate reads from config. */
export interface GateSettings {
  context?: string;
  apologyThreshold?: number;
  gate?: { titleWords?: string[] };
  [setting: string]: unknown;
}

/** Check the gate's settings; returns a problem, or null when they are fine. */
export function gateSettingsProblem(settings: Record<string, unknown>): string | null {
  const { context, apologyThreshold, gate } = settings;
  if (context !== undefined && !(CONTEXTS as readonly unknown[]).includes(context)) return `context must be one of ${CONTEXTS.join(', ')}`;
  if (apologyThreshold !== undefined && !(typeof apologyThreshold === 'number' && Number.isFinite(apologyThreshold)))
    return 'apologyThreshold must be a number';
  if (gate !== undefined) {
    if (typeof gate !== 'object' || gate === null || Array.isArray(gate)) return 'gate must be an object';
    for (const [k, v] of Object.entries(gate)) {
      if (k !== 'titleWords') return `gate: unknown key "${k}" (known: titleWords)`;
      if (!(Array.isArray(v) && v.every((w) => typeof w === 'string' && w.length > 0))) return 'gate.titleWords must be a list of words';
    }
  }
  return null;
}

/**
 * The failures a reply names that happened, each pattern once (by pattern, the text it matched),
 * and the sentences that name them.
 */
function failuresIn(doc: ReplyDoc): { failures: Map<string, string>; failAt: Set<number> } {
  const failures = new Map<string, string>();
  const failAt = new Set<number>();
  for (const s of fail.candidatesIn(doc.sentences, doc.matches)) {
    const w = wait.find(s.tokens);
    // Read once per sentence, not per match: a long sentence can hold thousands of matches.
    let ours: boolean | undefined;
    for (const m of fail.find(s.tokens)) {
      const key = m.pattern.source;
      if (w.some((x) => x.from < m.to && m.from < x.to) || failures.has(key)) continue;
      // "Error", "problem", "issue", "glitch", "bug", "defect", "damage" and "fault" count once
      // between them unless the sentence ties them to the customer's order or account, or "our"
      // or "my" does ("not our fault"): a how-to that says "that error is a common problem; the
      // issue goes away if…", or a warranty that covers "defects" but not "damage", names no
      // failure of ours.
      if (
        GENERIC_FAILURES.has(key) &&
        !(ours ??= OUR_SIDE.test(s.text)) &&
        !OURS_BEFORE.has(wordsBefore(s.tokens, m.from, 1)[0] ?? '') &&
        [...failures.keys()].some((k) => GENERIC_FAILURES.has(k))
      )
        continue;
      // A failure in a condition is not one that happened: "can't be returned unless they arrive
      // damaged"; nor is one denied ("no problem at all", "without any delay").
      if (!happenedAt(s.tokens, m.from)) continue;
      // "Issue" as a verb: "the system can't issue the refund".
      if (key === FAIL_ISSUE && VERB_BEFORE.has(wordsBefore(s.tokens, m.from, 1)[0] ?? '')) continue;
      failures.set(key, doc.text.slice(s.tokens[m.from]!.start, s.tokens[m.to - 1]!.end));
      failAt.add(s.index);
    }
  }
  return { failures, failAt };
}

/** Whether the reply gives goodwill outside a condition ("If it's damaged, we'll send a voucher" gives none). */
function goodwillGiven(doc: ReplyDoc): boolean {
  for (const s of goodwill.candidatesIn(doc.sentences, doc.matches)) if (goodwill.find(s.tokens).some((m) => !inCondition(s.tokens, m.from))) return true;
  return false;
}

/** Compute the gate for a reply. */
export function computeGate(doc: ReplyDoc, settings: GateSettings = {}, analysis?: ApologyAnalysis): ApologyGate {
  const threshold = typeof settings.apologyThreshold === 'number' ? settings.apologyThreshold : 3;
  const sure = (decision: boolean, reason: string): ApologyGate => ({ decision, score: decision ? threshold + 1 : 0, lowConfidence: false, reasons: [reason] });
  if (doc.meta.apology !== undefined) return sure(doc.meta.apology, `explicit override: apology ${doc.meta.apology}`);
  if (settings.context === 'apology' || settings.context === 'complaint' || settings.context === 'info') {
    return sure(settings.context !== 'info', `context: ${settings.context}`);
  }
  const words = settings.gate?.titleWords ?? DEFAULT_TITLE_WORDS;
  const label = [doc.meta.title ?? '', ...(doc.meta.tags ?? [])].join(' ').toLowerCase();
  const hit = label && words.find((w) => label.includes(w.toLowerCase()));
  if (hit) return sure(true, `title/tags contain "${hit}"`);

  const a = analysis ?? analyze(doc, settings, { gateOnly: true });
  const reasons: string[] = [];
  const apologies = a.ifids.filter((i) => i.kind === 'apology' || i.kind === 'formal' || i.kind === 'vague');
  const waits = a.ifids.filter((i) => i.kind === 'wait');
  const sympathy = a.ifids.filter((i) => i.kind === 'sympathy');
  const owned = a.credit.responsibility >= 0.6;
  const { failures, failAt } = failuresIn(doc);
  let remedies = 0;
  // A remedy in a condition is not one given: "If the airline pays you compensation, tell us".
  for (const s of remedy.candidatesIn(doc.sentences, doc.matches)) remedies += remedy.find(s.tokens).filter((m) => !inCondition(s.tokens, m.from)).length;
  let score = 0;
  // A vague apology ("sorry for any inconvenience") names nothing: alone it is boilerplate
  // (status pages, maintenance notices), so it weighs less than one that names the failure.
  const points = apologies
    .map((i) => (i.kind === 'vague' ? 2 : 3))
    .sort((x, y) => y - x)
    .slice(0, 2);
  const sum = points.reduce((n, p) => n + p, 0);
  if (sum) {
    score += sum;
    reasons.push(`+${sum} explicit apology (${apologies.length}${apologies.some((i) => i.kind === 'vague') ? ', vague counts 2' : ''})`);
  }
  if (owned) {
    score += 2;
    reasons.push('+2 ownership cue');
  }
  const f = Math.min(failures.size, 3);
  if (f) {
    score += f;
    reasons.push(`+${f} failure ${f === 1 ? 'term' : 'terms'} (${[...failures.values()].slice(0, 3).join(', ')})`);
  }
  if (remedies) {
    score += 1;
    reasons.push('+1 remedy cue');
  }
  // Money for a failure with no apology (RULES.md C10: money is no substitute for one).
  // Only a failure told as an event ("the tray was cracked"), not a bare noun ("fault codes").
  if (!apologies.length && [...failures.keys()].some((k) => FAILURE_EVENTS.has(k)) && goodwillGiven(doc)) {
    score += 1;
    reasons.push('+1 goodwill beside a failure, with no apology');
  }
  if (!apologies.length && waits.length && failures.size) {
    score += 1;
    reasons.push('+1 wait apology beside a failure');
  }
  // Sympathy over our failure with the customer's order ("Sorry to hear your parcel arrived
  // damaged"), not over their own mishap or a loss ("Sorry to hear your puppy broke the cable").
  // Each sentence is read once, however many sympathy phrases it holds.
  const overOurs = [...new Set(sympathy.map((i) => i.sentence))].some((n) => failAt.has(n) && OUR_SIDE.test(doc.sentences[n]!.text));
  if (!apologies.length && overOurs) {
    score += 1;
    reasons.push('+1 sympathy beside a failure');
  }
  if (!apologies.length && !owned && sympathy.length && !failures.size) {
    score -= 3;
    reasons.push('-3 sympathy only, no failure on our side');
  }
  if (!apologies.length && !owned && waits.length && !failures.size) {
    score -= 2;
    reasons.push('-2 only a routine wait apology');
  }
  if (!reasons.length) reasons.push('no apology, ownership or failure cues');
  const decision = score >= threshold;
  return { decision, score, lowConfidence: decision && score === threshold, reasons };
}

/** The gate of the reply a rule runs on (computed once per reply). */
export function gateOf(file: VFile): ApologyGate {
  const data = file.data as { apologyGate?: ApologyGate; apologySettings?: GateSettings };
  data.apologyGate ??= computeGate(getDoc(file), data.apologySettings);
  return data.apologyGate;
}
