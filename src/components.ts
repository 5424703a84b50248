/**
 * The anatomy of one apology reply (RULES.md §4 C, §6): which apology expressions it has and of
 * what kind, and how much credit each component earns. Built once per reply from the sentence
 * index, so the document-level rules and the apology score cannot disagree.
 *
 * Only the author's own text counts: quotes, signatures and customer-text placeholders are
 * already blanked by pre-processing, and words in quotation marks are skipped here. In Liquid
 * `{% if %}…{% else %}…{% endif %}` macros a component counts only if every branch has it.
 */
import type { VFile } from 'vfile';
import {
  COMPENSATION,
  COMPONENT_CLASSES,
  EMPATHY_CANNED,
  EMPATHY_FULL,
  EXPLANATION,
  FOLLOW_UP,
  GENERIC_OBJECT,
  GRATITUDE,
  NEXT_STEP,
  OPENER,
  OWNERSHIP_ACCOUNT,
  OWNERSHIP_FULL,
  OWNERSHIP_GENERIC,
  OWNERSHIP_WEAK,
  FAULT_WORDS,
  PREVENTION_CONCRETE,
  PREVENTION_FROM,
  PREVENTION_NOW,
  PREVENTION_LABEL,
  PREVENTION_PLEDGE,
  PREVENTION_VAGUE,
  REPAIR_ASK,
  REPAIR_DONE,
  REPAIR_LABEL,
  REPAIR_PROMISED,
  RESOLVED,
  TIMED_STEP,
  SORRY_EXTRA,
  SORRY_PLAIN,
  VAGUE_OBJECT,
  WHEN,
} from '../rules/components.data.js';
import { CLASSES, FAIL_NOUN, FAIL_PRED, INTENS, SORRY, SORRY_FORMAL, SORRY_SYMP, SORRY_WAIT, THIRD_PARTY } from '../rules/lexicon.js';
import { SPECIFIC_TAIL } from '../rules/no-vague-apology.data.js';
import { WRONG_WORDS } from '../rules/roles.data.js';
import { clauseBefore, happenedAt, inCondition, metaCommentAt, wordsAfter, wordsBefore } from './clause.js';
import type { ReplyDoc, Sentence } from './document.js';
import { ITEM_MARKS, getDoc } from './document.js';
import type { Match } from './phrase.js';
import { phraseSet, type PhraseSet } from './phrase.js';
import { commitmentAt, eventTold, everyCaseAt, genericNowAt, ourActDoneWrong, ourChangeForEveryCase, pastClauses, safeguardIn } from './roles.js';
import type { LiquidTag, Range } from './preprocess.js';
import { lowerBound } from './sorted.js';
import type { Token } from './tokens.js';

/** The parts of an apology the score and the C rules look for. */
export const COMPONENTS = [
  'responsibility',
  'repair',
  'empathy',
  'apology',
  'explanation',
  'prevention',
  'specificity',
  'follow-up',
  'position',
  'intensity',
] as const;
/** One component. */
export type ComponentName = (typeof COMPONENTS)[number];

/** Channels decide which components a reply must have. */
export const CHANNELS = ['email', 'chat', 'social'] as const;
/** One channel. */
export type Channel = (typeof CHANNELS)[number];

/**
 * Components each channel requires (see the README's channel table). A component that is not
 * required is still scored when the reply has it, but it cannot pull the score down when absent.
 */
export const REQUIRED: Record<Channel, readonly ComponentName[]> = {
  email: COMPONENTS.filter((c) => c !== 'intensity'),
  chat: ['apology', 'position', 'specificity', 'repair', 'follow-up'],
  social: ['apology', 'position', 'specificity', 'follow-up'],
};

/** An apology expression and its kind. */
export interface Ifid {
  /** `apology`: a plain apology; `formal`: "we apologise", "we'd like to apologise"; `vague`: "any inconvenience"; `wait`: for the wait; `sympathy`: "sorry to hear"; `gratitude`: "thanks for your patience". */
  kind: 'apology' | 'formal' | 'vague' | 'wait' | 'sympathy' | 'gratitude';
  sentence: number;
  start: number;
  end: number;
  /** Its object names the failure (or the sentence before does). */
  specific: boolean;
  /** An intensifier ("really sorry"). */
  intense: boolean;
}

/** Where a component was found, and how much credit it earns (0–1). */
export interface Hit {
  component: ComponentName;
  credit: number;
  /** Whether this hit satisfies the component's C rule (a vague pledge earns credit but does not). */
  counts: boolean;
  start: number;
  end: number;
}

/** A component present in some branches of an `{% if %}` block but not in all. */
export interface BranchGap {
  component: ComponentName;
  /** The `{% if %}` tag. */
  start: number;
  end: number;
}

/** The analysis of one reply. */
export interface ApologyAnalysis {
  channel: Channel;
  ifids: Ifid[];
  /** The first apology that counts (kinds `apology` and `formal`, or accepted gratitude). */
  apology: Ifid | null;
  /** Credit per component, after branches. */
  credit: Record<ComponentName, number>;
  /** Whether each component's C rule is satisfied, after branches. */
  present: Record<ComponentName, boolean>;
  /** Where to report: the apology expression, or the first sentence after the greeting. */
  anchor: { start: number; end: number };
  /** Position of the first counting apology among the reply's content sentences (0-based), or null. */
  apologyPosition: number | null;
  /**
   * How many sentences before the apology put it back (C2): `apologyPosition` less interjections
   * ("Oof.") and sentences that only validate or own ("You did everything right, and we got this
   * wrong."). Null when there is no apology.
   */
  apologyLead: number | null;
  /** A failure term outside any wait apology. */
  failureNamed: boolean;
  /** The first compensation offer. */
  compensation: { start: number; end: number } | null;
  /** Components that differ between `{% if %}` branches. */
  branchGaps: BranchGap[];
  /** Every component cue found, in text order. */
  hits: Hit[];
}

const C = { ...CLASSES, ...COMPONENT_CLASSES };
const set = (list: readonly string[]): PhraseSet => phraseSet(list, C);

const SETS = {
  sorry: set([...SORRY, ...SORRY_EXTRA, ...SORRY_PLAIN]),
  formal: set([...SORRY_FORMAL, ...SORRY_EXTRA]),
  symp: set(SORRY_SYMP),
  wait: set(SORRY_WAIT),
  gratitude: set(GRATITUDE),
  fail: set([...FAIL_NOUN, ...FAIL_PRED]),
  thirdParty: set(THIRD_PARTY),
  vagueObject: set(VAGUE_OBJECT.map((p) => `^ ${p}`)),
  genericObject: set(GENERIC_OBJECT.map((p) => `^ ${p} $`)),
  ourFailure: set(['(we|i) (just)? <OUR_FAILURE_VERB>', '(we|i) (did not|failed to|could not|were not able to|was not able to|have not|forgot to|never)']),
  ownFull: set(OWNERSHIP_FULL),
  ownAccount: set(OWNERSHIP_ACCOUNT),
  ownGeneric: set(OWNERSHIP_GENERIC),
  ownWeak: set(OWNERSHIP_WEAK),
  repairDone: set(REPAIR_DONE),
  repairPromised: set(REPAIR_PROMISED),
  repairAsk: set(REPAIR_ASK),
  empathyFull: set(EMPATHY_FULL.slice(0, -4)),
  empathyGeneric: set(EMPATHY_FULL.slice(-4)),
  empathyCanned: set(EMPATHY_CANNED),
  explanation: set(EXPLANATION),
  preventionConcrete: set(PREVENTION_CONCRETE),
  preventionLabel: set(PREVENTION_LABEL),
  repairLabel: set(REPAIR_LABEL),
  preventionFrom: set(PREVENTION_FROM),
  preventionNow: set(PREVENTION_NOW),
  preventionPledge: set(PREVENTION_PLEDGE),
  preventionVague: set(PREVENTION_VAGUE),
  mechanism: set(['(i|we) (have|will)? (just|now|also)? <MECH>']),
  followUp: set(FOLLOW_UP),
  when: set(WHEN),
  nextStep: set(NEXT_STEP),
  resolved: set(RESOLVED),
  timedStep: set(TIMED_STEP),
  opener: set(OPENER),
  compensation: set(COMPENSATION),
  intens: set([...INTENS]),
};

/** Wait apologies whose object can be the failure itself (a late order), not our reply (§0.18). */
const WAIT_ABOUT_REPLY =
  /\b(reply|response|replying|responding|getting back|back to you|answer|ticket|query|request|email|message|case|enquiry|inquiry|question|chat|call)\b/i;

function authored(tokens: readonly Token[], m: Match): boolean {
  for (let i = m.from; i < m.to; i++) if (tokens[i]!.literal) return false;
  return true;
}

function find(ps: PhraseSet, s: Sentence): readonly Match[] {
  const all = ps.find(s.tokens);
  return all.length === 0 || all.every((m) => authored(s.tokens, m)) ? all : all.filter((m) => authored(s.tokens, m));
}

/** Tokens `from` up to `to` of a sentence: a match, or a span read by a clause helper. */
type Span = Pick<Match, 'from' | 'to'>;

function spanOf(s: Sentence, m: Span): { start: number; end: number } {
  return { start: s.tokens[m.from]!.start, end: s.tokens[m.to - 1]!.end };
}

/** An apology's object that points ahead to the sentence after it (see `expressionAt`). */
const AHEAD =
  /^(?:(?:about |for )?(?:this|yesterday|today|earlier|this morning|this afternoon|last night|last week|the other day|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| afternoon| evening| night)?)|(?:to you )?(?:unreservedly|sincerely|wholeheartedly|profusely|deeply|truly)|to you)$/;

/** Words of address written in lower case: "Sorry, mate - we stuffed this one up". */
const ADDRESS = new Set(['mate', 'love', 'folks', 'guys', 'everyone', 'all', 'friend', 'pal', 'team']);

/** Words an apology pattern matches only as context after the apology ("apologies for", ", sorry about"). */
const IFID_TAIL = new Set(['about', 'for', 'that', 'again']);

/**
 * The apology itself within its match: without the punctuation before it (", sorry about") or
 * the context word after it, so a finding points at "sorry", not at ", sorry about".
 */
function ifidSpanOf(s: Sentence, m: Match): { start: number; end: number } {
  let from = m.from;
  let to = m.to;
  const context = (t: Token): boolean => t.kind === 'punct' || IFID_TAIL.has(t.norm);
  // "Hi Leon, really sorry": the greeting is the pattern's context, not the apology.
  if (/^(hi|hello|hey|dear)$/.test(s.tokens[from]!.norm)) {
    const comma = s.tokens.findIndex((t, i) => i > from && i < to - 1 && t.norm === ',');
    if (comma > 0) from = comma + 1;
  }
  while (from < to - 1 && s.tokens[from]!.kind === 'punct') from++;
  while (to - 1 > from && context(s.tokens[to - 1]!)) to--;
  return { start: s.tokens[from]!.start, end: s.tokens[to - 1]!.end };
}

const overlaps = (a: Match, b: Match): boolean => a.from < b.to && b.from < a.to;

/** Channel in force: front matter, then settings (`--channel`, config, overrides), then email. */
export function channelOf(doc: ReplyDoc, settings: Record<string, unknown> = {}): Channel {
  const raw = doc.meta.channel ?? (typeof settings.channel === 'string' ? settings.channel : undefined);
  return (CHANNELS as readonly string[]).includes(raw ?? '') ? (raw as Channel) : 'email';
}

/** Top-level `{% if %}`/`{% case %}` blocks: their branches as offset ranges. */
interface Block {
  start: number;
  end: number;
  branches: { start: number; end: number }[];
  complete: boolean;
}

function blocksOf(tags: readonly LiquidTag[]): Block[] {
  const blocks: Block[] = [];
  let depth = 0;
  let current: Block | null = null;
  let branchStart = 0;
  // A `when` tag (at any depth) since the current block opened; tags come in text order.
  let sawWhen = false;
  for (const t of tags) {
    if (t.tag === 'when' && current) sawWhen = true;
    if (t.tag === 'if' || t.tag === 'unless' || t.tag === 'case') {
      depth++;
      if (depth === 1) {
        current = { start: t.start, end: t.end, branches: [], complete: false };
        branchStart = t.end;
        sawWhen = false;
      }
    } else if ((t.tag === 'elsif' || t.tag === 'else' || t.tag === 'when') && depth === 1 && current) {
      current.branches.push({ start: branchStart, end: t.start });
      if (t.tag === 'else') current.complete = true;
      branchStart = t.end;
    } else if (t.tag === 'endif' || t.tag === 'endunless' || t.tag === 'endcase') {
      if (depth === 1 && current) {
        current.branches.push({ start: branchStart, end: t.start });
        // A `case` opens with text before its first `when` that is never output.
        if (current.branches.length > 1 && sawWhen) current.branches.shift();
        blocks.push(current);
        current = null;
      }
      depth = Math.max(0, depth - 1);
    }
  }
  return blocks;
}

/** Where a block's branches end: the `{% endif %}` tag. */
const blockEnd = (b: Block): number => b.branches[b.branches.length - 1]?.end ?? b.end;

/** Hits sorted by start, with their starts, so the hits in a range are found by binary search. */
interface SortedHits {
  hits: Hit[];
  starts: number[];
}

function sortHits(hits: readonly Hit[]): SortedHits {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  return { hits: sorted, starts: sorted.map((h) => h.start) };
}

/** The hits that start in `[start, end)`. */
function hitsIn(sorted: SortedHits, start: number, end: number): Hit[] {
  return sorted.hits.slice(lowerBound(sorted.starts, start), lowerBound(sorted.starts, end));
}

/**
 * The top-level block a hit starts in. Top-level blocks do not overlap and come in text order,
 * so only the last block that opens at or before the hit can hold it.
 */
function blockOf(blocks: readonly Block[], starts: readonly number[], at: number): Block | undefined {
  const i = lowerBound(starts, at + 1) - 1;
  const b = blocks[i];
  return b && at >= b.start && at < blockEnd(b) ? b : undefined;
}

/** Credit and presence of one component over the reply's hits, counting branches conservatively. */
function merge(hits: Hit[], blocks: Block[]): { credit: number; present: boolean } {
  const blockStarts = blocks.map((b) => b.start);
  let credit = 0;
  let present = false;
  for (const h of hits) {
    if (blockOf(blocks, blockStarts, h.start)) continue;
    credit = Math.max(credit, h.credit);
    present ||= h.counts;
  }
  const sorted = sortHits(hits);
  for (const b of blocks) {
    if (!b.complete) continue;
    let min = 1;
    let all = true;
    for (const br of b.branches) {
      const inside = hitsIn(sorted, br.start, br.end);
      let best = 0;
      for (const h of inside) best = Math.max(best, h.credit);
      min = Math.min(min, best);
      all &&= inside.some((h) => h.counts);
    }
    credit = Math.max(credit, min);
    present ||= all;
  }
  return { credit, present };
}

/** Words that say an act of ours was done wrong: "we sent the wrong size", "I charged you twice". */
const WRONG = new Set<string>([
  ...WRONG_WORDS,
  'mistakenly',
  'double-booked',
  'overbooked',
  'forgot',
  // "I've lost one of the five shirts you left with us".
  'lost',
  'misplaced',
  'ruined',
  'shrank',
]);

/** A past verb after "still": "we still took", "we still charged". */
const PAST_TOLD = /^(?:\w+ed|took|sent|made|put|kept|gave|sold|paid|let|left|ran|cut|set)$/;

/** Words after "we"/"I" that tell a remedy or a plan rather than a past act: "we have sent", "I will". */
const REMEDY_TENSE = new Set(['have', 'will', 'are', 'am', 'can', 'would', 'shall', 'could', 'had']);

/** The word after the first "we" or "I" of a sentence, or the two after "our" ("our team will"). */
function wordsAfterSubject(tokens: readonly Token[]): string[] {
  const at = tokens.findIndex((t) => t.norm === 'we' || t.norm === 'i' || t.norm === 'our');
  if (at < 0) return [];
  const words = tokens.slice(at + 1).filter((t) => t.kind === 'word');
  return words.slice(0, tokens[at]!.norm === 'our' ? 2 : 1).map((t) => t.norm);
}

/** What we kept on doing after we should have stopped: "we kept charging you until 23:10". */
const KEPT_DOING = new Set(['charging', 'billing', 'sending', 'emailing', 'calling', 'texting', 'taking', 'debiting', 'chasing']);

/**
 * Whether a sentence tells an act of ours done wrong: "we" or "I", then a word of WRONG, "kept
 * charging you", or an act against what the customer told us ("we sent it to your old address
 * even though you told us about your move").
 */
function ourWrongAct(tokens: readonly Token[]): boolean {
  let ours = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.norm;
    // "our team cut down the magnolia instead of the cherry": our people are us.
    if (t === 'we' || t === 'i' || t === 'our') ours = true;
    else if (ours && WRONG.has(t)) return true;
    else if (ours && t === 'kept' && KEPT_DOING.has(tokens[i + 1]?.norm ?? '')) return true;
    // "…even though you told us", "…even though it arrived back with us on 4 January".
    else if (ours && t === 'though' && tokens[i - 1]?.norm === 'even' && /^(you|it|they|your|the|we|i)$/.test(tokens[i + 1]?.norm ?? '')) return true;
    // "we fed her our standard food instead of the renal diet you brought": done in place of the
    // right thing. Not a remedy told ("we've sent a replacement instead of asking you to post it").
    else if (ours && t === 'instead' && tokens[i + 1]?.norm === 'of' && !wordsAfterSubject(tokens).some((w) => REMEDY_TENSE.has(w))) return true;
    // "we billed you $39 on July 1 anyway", "we sent you The Glass Orchard again", "we still took
    // £34.99": an act that should not have been. Not a remedy ("we've sent you the code again").
    else if (
      ours &&
      (t === 'anyway' || t === 'again' || (t === 'still' && PAST_TOLD.test(tokens[i + 1]?.norm ?? ''))) &&
      !wordsAfterSubject(tokens).some((w) => REMEDY_TENSE.has(w))
    )
      return true;
  }
  return false;
}

/**
 * Whether a sentence opens by telling an act of ours in the past: "We spelled Oliver's name as
 * Olivier", "Our driver left it at the gate" (the subject, then a past verb within a few words).
 */
function ourActTold(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.kind === 'word');
  if (!first || (first.norm !== 'we' && first.norm !== 'i' && first.norm !== 'our')) return false;
  const heads = pastClauses(tokens);
  return heads.length > 0 && heads[0]! <= OPENING_WORDS;
}

/**
 * Whether a sentence after a bare "I'm so sorry." tells what went wrong: it names a placeholder
 * (as the sentence before may, RULES.md C9), or it tells an event in the past ("The tickets we
 * emailed you were for the Saturday show", "The 40 prints came back green"). Not a next step
 * ("I'll email you tonight") nor a repair told ("I've refunded it").
 */
function failureTold(tokens: readonly Token[], r: Reading): boolean {
  return tokens.some(r.template) || eventTold(tokens) || shouldNeverHave(tokens);
}

/**
 * "Those roses should never have left our shop looking like that": what we did, told as what
 * should not have been, of a thing named. Not "That should never have happened", which names nothing.
 */
function shouldNeverHave(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  if (/^(that|this|it|which|you|i|we)$/.test(words[0] ?? '')) return false;
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] === 'should' && (words[i + 1] === 'never' || words[i + 1] === 'not') && words[i + 2] === 'have')
      return !/^(happened|been|had)$/.test(words[i + 3]!);
  }
  return false;
}

/** How far into a sentence its first past event may come for the sentence to open with it. */
const OPENING_WORDS = 4;

/** Whether the clause from `at` (its first eight words) refuses: "the café can't take group bookings". */
function refusalAhead(tokens: readonly Token[], at: number): boolean {
  const words = wordsAfter(tokens, at, 8);
  for (let i = 0; i < words.length - 1; i++) {
    // "Sorry, that is not how your first ride should have started": a failure owned, not a refusal.
    if (words[i + 1] === 'not' && REFUSAL_VERB.has(words[i]!) && !FALLS_SHORT.has(words[i + 2] ?? '')) return true;
    if (words[i] === 'unable' || (words[i] === 'no' && words[i + 1] === 'longer')) return true;
  }
  // News that something is gone: "Sorry, the green throw has sold out."
  return UNAVAILABLE.test(words.join(' '));
}

/** After "is not": a standard we missed ("not how it should have gone", "not good enough"), not a refusal. */
const FALLS_SHORT = new Set(['how', 'what', 'good', 'acceptable', 'ok', 'okay', 'right', 'up', 'the']);

/** Something the customer wants that is gone or full, told after a bare "Sorry,". */
const UNAVAILABLE = /\b(?:(?:has|have|is|are) (?:now )?(?:sold out|out of stock|discontinued|fully booked|unavailable|all gone))\b/;

/** Something we did not do or got wrong, in the words after "sorry to say": "we haven't shipped", "we forgot". */
const OUR_FAILING = /\b(?:(?:have|has|had|did|could|was|were) not|forgot|missed|lost|failed)\b/;

/** Verbs that "not" turns into a refusal: "can not", "will not", "do not", "is not (possible)". */
const REFUSAL_VERB = new Set(['can', 'will', 'do', 'does', 'is', 'are', 'could', 'would']);

/** A refusal before a remedy: "there's nothing (more) I can do about the replacement", "nothing can be done about". */
const NOTHING_TO_DO = /\b(?:nothing (?:more |else )?(?:i|we) can do|nothing can be done|can not do anything|unable to help with)\b/;

/** The opener that greets ("Hi Sam,", "Dear Ms Haddad,"), as distinct from "Thanks for reaching out". */
const GREETING = OPENER[0];

/** Words that open the purpose or the reach of a change ("… so the code has to match", "… that checks …"). */
const PURPOSE = new Set(['so', 'that', 'which', 'because']);

/** Words that make what a prevention phrase names a gift to the customer ("a free training session"). */
const GIFT = new Set(['free', 'complimentary', 'bonus']);

/** Words of opening hours: a date-led sentence about them is news, not prevention. */
const OPENING_HOURS = new Set(['closed', 'open', 'shut', 'opening', 'hours']);
const PLACE = new Set(['office', 'shop', 'store', 'branch', 'depot', 'studio', 'clinic', 'centre', 'center', 'desk', 'counter', 'warehouse', 'showroom']);

/** Words that turn the remedy just after them into a refusal ("not able to offer a refund"). */
const REFUSING = new Set(['not', 'never', 'unable', 'cannot', 'no']);

/** Words between a refusal and the remedy it refuses: "not able to offer a", "cannot give you a". */
const OFFERING = new Set([
  'able',
  'to',
  'offer',
  'give',
  'provide',
  'issue',
  'process',
  'be',
  'a',
  'an',
  'the',
  'any',
  'you',
  'we',
  'i',
  'can',
  'currently',
  'at',
  'this',
  'time',
  'approve',
  'arrange',
  'make',
  'grant',
  'do',
  'help',
  'with',
]);

/**
 * Whether the words before a remedy refuse it: a refusal word followed only by words of offering
 * ("we are not able to offer a refund"). Not "there's no charge for the replacement", "as we have
 * no stock left, I've refunded you", "not only have I refunded".
 */
function refusedBefore(words: readonly string[]): boolean {
  for (let i = words.length - 1; i >= 0; i--) {
    if (REFUSING.has(words[i]!)) return words.slice(i + 1).every((w) => OFFERING.has(w));
  }
  return false;
}

/** First words of a question that a bare "Sorry," only softens ("Sorry, could you …?"). */
const QUESTION_LEAD = new Set(['could', 'can', 'would', 'will', 'do', 'did', 'just', 'which', 'what', 'where', 'when', 'who', 'how', 'is', 'are']);

/** A past participle, for "… are now reassigned" (regular, or one of the common irregular ones). */
const PARTICIPLE = /^(?:\w+ed|read|sent|kept|made|set|put|done|run|built|shown|taken|given|written|held|paid|brought|told|sold)$/;

/**
 * Words after "we now" that are no practice: a state, a thought, work still going on, or a remedy
 * done for this customer ("We have now approved the claim in full" is repair).
 */
const NOT_A_PRACTICE = new Set(
  'approved refunded credited paid cancelled canceled voided withdrawn lifted unblocked reinstated restored reissued waived reimbursed rebooked replaced resent reshipped reversed processed issued sent have has had know see understand think believe remember recall notice wonder guess suppose doubt need want hope expect can could will would should may might must is are am was were be been being feel apologize appreciate realize agree owe got get looking working investigating waiting trying reviewing aware able unable sorry ready back closed open here there on off in out sure happy glad the a an your you it this that all also just consider considers stock stocks offer offers sell sells carry carries ship ships accept accepts support supports serve serves cover covers deliver delivers following online available live connected works work looks seems shows'.split(
    ' ',
  ),
);

/** After "Going forward, we will": a try, not a change ("…be taking a good look at how we…", "…do all we can"). */
const TRYING =
  /^(be (taking|having|looking|reviewing|working|trying)|do (all|everything|our best|my best|whatever)|try|strive|aim|endeavor|look|keep an eye|continue|work (hard|on)|make every effort)\b/;
const tryingAfter = (tokens: readonly Token[], m: Match): boolean => tokens[m.to - 1]?.norm === 'will' && TRYING.test(wordsAfter(tokens, m.to, 3).join(' '));

/** Verbs of a service we give ("now ships", "now delivers"): news of it, unless it replaces something (`INSTEAD`). */
const SERVICE_VERBS = new Set(['ship', 'ships', 'deliver', 'delivers']);
const INSTEAD = /\b(?:rather than|instead of)\b/;

/** Past forms that do not end in -ed: "We built your new fence 30 cm over the boundary, and I'm sorry." */
const PAST_IRREGULAR = new Set(
  'was were went got came broke took fell ran sat left lost had built made sent put cut set gave told kept fed hung laid paid sold brought bought wrote drove forgot spent shut let hit split spilt spelt dealt meant caught threw tore wore stood held found read led bent burnt dug shook stuck struck swept sank overran'.split(
    ' ',
  ),
);

/**
 * Whether the words before an apology in its sentence tell what happened, as a clause the
 * apology closes with "and" or "so": "Your May payment was taken twice, and I apologise",
 * "…came loose within a week, so I'm sorry". Not thanks ("Thanks for bearing with us, and I'm
 * sorry"), a condition, or a clause of fewer than five words.
 */
function toldBefore(lead: readonly Token[]): boolean {
  const words = lead.filter((t) => t.kind === 'word' || t.kind === 'placeholder');
  // "…and I'm sorry", "…, so I'm sorry".
  if (words.length < 6 || !/^(and|so)$/.test(words[words.length - 1]!.norm)) return false;
  const first = words[0]!.norm;
  if (first === 'thanks' || first === 'thank' || words.some((t) => t.norm === 'if')) return false;
  // A verb of something that happened: a past form, or a past participle after "was/were".
  return words.some((t, k) => k > 0 && (/ed$/.test(t.norm) || PAST_IRREGULAR.has(t.norm)));
}

/** Verbs that can put a penalty on as well as a remedy ("applied a credit", "applied a block"). */
const IMPOSING = new Set(['applied', 'added', 'issued', 'placed', 'put', 'set']);
/** What such a verb puts on when it is the failure, not the repair. */
const PENALTY = new Set([
  'block',
  'hold',
  'fee',
  'fees',
  'charge',
  'charges',
  'penalty',
  'restriction',
  'suspension',
  'freeze',
  'lock',
  'limit',
  'surcharge',
  'ban',
  'fine',
]);

/** A pause in a chat after "Sorry,": "one sec", "just a moment", "bear with me". */
const CHAT_PAUSE =
  /^(?:(?:one|a|just a|just one|give me a|gimme a) (?:sec|second|moment|mo|minute|tick)|bear with me|hang on|hold on|i did not (?:quite )?(?:catch|get|hear|follow))\b/;

/** A lead-in to a clarifying question after "Sorry,": "just to check", "to confirm". */
const CLARIFY = /^(just )?to (check|confirm|clarify|double-check|be sure|make sure)\b/;

/**
 * Whether the tokens from `at` are a question asked straight after "Sorry,": "Sorry, could you
 * confirm which order you mean?", "Sorry, one more question: …". Not "Sorry, what a mess we made
 * of your order – can I send the right size?": its question mark is in another clause.
 */
function politeQuestion(tokens: readonly Token[], at: number): boolean {
  // "Sorry, but could you send a photo of the label?": the "but" only leads into the question.
  if (tokens[at]?.norm === 'but') at++;
  const lead = tokens[at]?.norm ?? '';
  // "Sorry, one sec while I pull up your order": a pause in a chat, not an apology. "Sorry, I
  // didn't quite catch your booking reference": a request to repeat.
  if (CHAT_PAUSE.test(wordsAfter(tokens, at, 6).join(' '))) return true;
  if (/^(one|quick|a quick) ((more|last|quick) )?(question|thing)/.test(wordsAfter(tokens, at, 4).join(' '))) return true;
  // A question after a lead-in: "Sorry, just to check: is the booking under Smith or Smyth?",
  // "Sorry, just to double-check before I book you in - could you confirm your date of birth?"
  if (CLARIFY.test(wordsAfter(tokens, at, 4).join(' '))) {
    for (let i = at; i < tokens.length; i++) {
      if (tokens[i]!.norm === '?') return true;
      if (tokens[i]!.kind === 'punct' && /^[.!;]$/.test(tokens[i]!.norm)) break;
    }
  }
  if (!QUESTION_LEAD.has(lead) || tokens[at + 1]?.norm === 'a') return false;
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm === '?') return true;
    if (t.kind === 'punct' && /^[,;:.!\u2013\u2014-]$/.test(t.norm)) return false;
  }
  return false;
}

/** What the analysis of one reply reads, worked out once before its sentences are read one by one. */
export interface Reading {
  doc: ReplyDoc;
  /** The reply's sentences, without the @handles a tweet opens with. */
  sentences: Sentence[];
  /** Sentences with a failure term outside any wait apology. */
  failSentences: Set<number>;
  /** Each sentence's failure terms that name a failure that happened (see `happenedAt`). */
  failures: Map<number, readonly Match[]>;
  /** Each sentence's wait apologies ("sorry for the wait"). */
  waitMatches: Map<number, readonly Match[]>;
  /** Whether a token is a template placeholder ({{order.item}}), which stands for a specific. */
  template: (t: Token) => boolean;
}

/** Record a component cue. */
function addHit(hits: Hit[], component: ComponentName, span: { start: number; end: number }, credit: number, counts = credit >= 0.5): void {
  hits.push({ component, credit, counts, start: span.start, end: span.end });
}

/** The end of the clause that starts at token `at`: the next clause break, at most 20 tokens on. */
function clauseEnd(tokens: readonly Token[], at: number, commas = true): number {
  const stops = commas ? CLAUSE_STOP : CLAUSE_STOP_NO_COMMA;
  let stop = at;
  while (stop < tokens.length && stop - at < 20 && !(tokens[stop]!.kind === 'punct' && stops.test(tokens[stop]!.norm))) stop++;
  return stop;
}

const CLAUSE_STOP = /^[,;:!?.\u2013\u2014-]$/;
/** After a dash or colon the clause runs on past commas: "Really sorry - the milk, eggs and candles were missing". */
const CLAUSE_STOP_NO_COMMA = /^[;:!?.\u2013\u2014-]$/;

/**
 * The apology expression a "sorry" match in sentence `s` makes, with its kind and whether it
 * names the failure; null when the match is no apology expression at all (a request to repeat,
 * a polite lead-in to a question, a comment on the writer's own message).
 */
function expressionAt(r: Reading, s: Sentence, m: Match, symp: readonly Match[], formal: readonly Match[]): Ifid | null {
  const { doc, sentences, failSentences } = r;
  const waits = r.waitMatches.get(s.index) ?? [];
  const next = s.tokens[m.to];
  if (next && next.norm === '?') return null; // "Sorry?" asks to repeat
  // "Sorry, could you confirm which order you mean?": a polite lead-in to a question.
  const bare = m.to - m.from === 1 && s.tokens.slice(0, m.from).every((t) => t.kind !== 'word');
  if (bare && (next?.norm === ',' ? politeQuestion(s.tokens, m.to + 1) : next?.norm === 'but' && politeQuestion(s.tokens, m.to))) return null;
  // "Sorry if I've missed anything": about the writer's own message, not an apology for a failure.
  if (metaCommentAt(s.tokens, m.to)) return null;
  let kind: Ifid['kind'] = 'apology';
  if (symp.some((x) => overlaps(x, m)) || lossOfNamed(doc.text, s.tokens, m.to)) kind = 'sympathy';
  else {
    const w = waits.find((x) => overlaps(x, m));
    if (w) {
      const text = doc.text.slice(spanOf(s, w).start, spanOf(s, w).end);
      const aboutReply = WAIT_ABOUT_REPLY.test(text);
      const otherFailure = failSentences.size > (failSentences.has(s.index) ? 1 : 0) || (r.failures.get(s.index) ?? []).some((f) => !overlaps(f, w));
      // "Sorry for the delay with your refund": the delay of something of theirs, not of our reply.
      // So is "the delay in applying your overpayment": our work on something of theirs.
      const tail = wordsAfter(s.tokens, w.to, 4);
      const ofTheirs =
        /^(?:(?:with|on|in|to|of) your|(?:in|with) \w+ing (?:your|the|this|that))$/.test(tail.slice(0, tail[1]?.endsWith('ing') ? 3 : 2).join(' ')) &&
        !WAIT_ABOUT_REPLY.test(tail.join(' '));
      kind = !aboutReply && (otherFailure || ofTheirs) ? 'apology' : 'wait';
    } else if (formal.some((x) => overlaps(x, m))) kind = 'formal';
  }
  // "We're sorry to say the night train no longer runs": regret for news, not for a failure of
  // ours. "I'm sorry to tell you that we lost your parcel" names one, and stays an apology.
  if (kind === 'apology' && /^to (say|tell|inform)$/.test(wordsAfter(s.tokens, m.to, 2).join(' '))) {
    // What is said starts after "to say", "to tell you (that)", "to inform you (that)": news about
    // us ("…that we lost your parcel") keeps the apology.
    const after = wordsAfter(s.tokens, m.to, 6);
    let k = 2;
    while (after[k] === 'you' || after[k] === 'that') k++;
    // News about us keeps the apology when it tells something we did not do or did wrong ("…we
    // haven't shipped your sofa yet"); other news about us is regret ("I won't be in next week").
    const ours = /^(we|our|i|my)$/.test(after[k] ?? '');
    const undone = OUR_FAILING.test(wordsAfter(s.tokens, m.to, 10).join(' ')) || ourWrongAct(s.tokens);
    if (!failSentences.has(s.index) && !(ours && undone)) kind = 'sympathy';
  }
  // "Sorry, the café can't take group bookings": regret at a refusal, not an apology for a failure.
  if (kind === 'apology' && bare && next?.norm === ',' && !failSentences.has(s.index) && refusalAhead(s.tokens, m.to + 1)) kind = 'sympathy';
  // What the apology is for: the words after it.
  let from = m.to;
  const last = s.tokens[m.to - 1];
  if (last && (last.norm === 'for' || last.norm === 'that' || last.norm === ',' || last.norm === 'again')) from = m.to - 1;
  while (s.tokens[from]?.norm === ',' || s.tokens[from]?.norm === 'again') from++;
  // The apology's object: the words up to the next clause break (at most 20 tokens).
  let stop = clauseEnd(s.tokens, from);
  // An apology with nothing before a colon or a dash takes the clause after it as its object
  // ("We're sorry: on 3 June an engineer made a log bucket public", "I'm so sorry — our driver
  // left your parcel at the wrong house"), unless that clause says what comes next ("I'm really
  // sorry – I'll look into this").
  const nextStepAfter = (at: number): boolean => /^((i|we) will|let (me|us))/.test(wordsAfter(s.tokens, at + 1, 2).join(' '));
  const dashAt = (at: number): boolean => /^[\u2013\u2014-]$/.test(s.tokens[at]?.norm ?? '') && !nextStepAfter(at);
  if (stop === from && (s.tokens[stop]?.norm === ':' || dashAt(stop))) stop = clauseEnd(s.tokens, (from = stop + 1), false);
  let rest = s.tokens.slice(from, stop);
  const wordsIn = (ts: readonly Token[]): Token[] => ts.filter((t) => t.kind === 'word' || t.kind === 'placeholder');
  let words = wordsIn(rest);
  // "Sorry Ravi!", "I'm sorry, Priya.": a name after the apology is the person addressed, not its object.
  let vocative =
    words.length > 0 &&
    words.length <= 2 &&
    (s.tokens[stop] === undefined || s.tokens[stop]!.kind === 'punct') &&
    words.every((t) => t.kind === 'word' && (/^\p{Lu}\p{Ll}/u.test(doc.text.slice(t.start, t.end)) || ADDRESS.has(t.norm)));
  // "I'm sorry, Sam, I fitted your brake cable and didn't tighten the bolt": the object follows the
  // name, after a comma, a colon or a dash ("Sorry Raj - we trimmed your cards off-centre",
  // "Really sorry, Lucy: we cancelled the 07:15").
  // Not the colon of a smiley ("Sorry Rach :( Were you able to…").
  const colonAt = (at: number): boolean => s.tokens[at]?.norm === ':' && s.tokens[at + 1]?.kind === 'word' && !nextStepAfter(at);
  if (vocative && (s.tokens[stop]?.norm === ',' || colonAt(stop) || dashAt(stop))) {
    const comma = s.tokens[stop]!.norm === ',';
    stop = clauseEnd(s.tokens, (from = stop + 1), comma);
    rest = s.tokens.slice(from, stop);
    words = wordsIn(rest);
    vocative = false;
  }
  const restWords = vocative ? [] : words;
  // "the inconvenience of having to re-enter your card details" names the failure after all
  // (as no-vague-apology reads it); "any inconvenience caused by the delay" still doubts there was one.
  const vague = SETS.vagueObject.scan(rest)[0];
  const namedTail =
    vague !== undefined &&
    !rest.slice(vague.from, vague.to).some((t) => t.norm === 'any') &&
    SPECIFIC_TAIL.test(
      rest
        .slice(vague.to)
        .map((t) => t.norm)
        .join(' '),
    );
  let specific: boolean;
  // "sorry about yesterday", "We apologise unreservedly": an object that points to the next sentence.
  const object = restWords.map((t) => t.norm).join(' ');
  const pointsAhead = AHEAD.test(object);
  // A day or a manner word ("about Thursday", "unreservedly"), not "this": the failure may be told
  // in the apology's own sentence or over the next two.
  const pointsAheadFar = pointsAhead && !/(^| )this$/.test(object);
  // What names the failure in the apology's own sentence: an object of three words or more, a
  // placeholder, or a failure told in it.
  const namedHere = (): boolean => restWords.length >= 3 || rest.some(r.template) || failSentences.has(s.index);
  if (kind === 'apology' || kind === 'formal') {
    if (vague && !namedTail) {
      kind = 'vague';
      specific = false;
    } else if (
      restWords.length === 0 ||
      pointsAhead ||
      (!namedTail && SETS.genericObject.scan(rest).length > 0) ||
      restWords.slice(0, 3).some((t) => t.norm === 'but' || t.norm === 'however')
    ) {
      // A generic object or none: the failure named in the sentence before makes it specific,
      // and so does one named earlier in the same sentence when the apology has no object
      // ("your frustration with the late refund, and I apologize").
      const prev = sentences[s.index - 1];
      const lead = s.tokens.slice(0, m.from);
      const namedBefore =
        (failSentences.has(s.index) && (r.failures.get(s.index) ?? []).some((f) => f.to <= m.from && !waits.some((w) => overlaps(w, f)))) ||
        // "We charged you twice, and I'm sorry for that."
        (ourWrongAct(lead) && !lead.some((t) => t.norm === 'if')) ||
        // "Your rear brake went soft two days after we serviced it, and I'm really sorry": what
        // happened, told in the clause the apology closes.
        toldBefore(lead);
      // "We sent the wrong size. Sorry Ravi!": our own wrong act in the sentence before names it too.
      // A bare "I'm so sorry." before the failure told: "I am so sorry. We spelled Oliver's name as Olivier."
      // So does one with "this" that points ahead: "Sorry about this, it's our fault. The update we released broke sign-in."
      // And one for a day or with a manner word only: "I'm really sorry about yesterday. I had you
      // down for the 14th", "We apologise unreservedly. While your car was with us, it was driven 63 miles".
      const ahead = restWords.length === 0 || pointsAhead;
      // A day ("I'm so sorry about Thursday.") may be told over the next two sentences.
      const nexts = !ahead ? [] : sentences.slice(s.index + 1, s.index + (pointsAheadFar ? 3 : 2));
      // The sentence before that, in the same paragraph, when the failure takes two sentences to
      // tell: "We shipped you the wrong hive bodies. You ordered two 10-frame deeps and we sent
      // 8-frame ones. I'm sorry."
      const prev2 = prev && prev.paragraph === s.paragraph ? sentences[s.index - 2] : undefined;
      const names = (t: Sentence | undefined): boolean =>
        Boolean(
          t && (failSentences.has(t.index) || t.tokens.some(r.template) || ourWrongAct(t.tokens)) && !/^(hi|hello|dear|hey)$/.test(t.tokens[0]?.norm ?? ''),
        );
      specific =
        namedBefore ||
        names(prev) ||
        (prev2 !== undefined && prev2.paragraph === s.paragraph && names(prev2)) ||
        nexts.some(
          (next) =>
            next.paragraph === s.paragraph &&
            (failSentences.has(next.index) || ourWrongAct(next.tokens) || ourActTold(next.tokens) || failureTold(next.tokens, r)),
        ) ||
        // "So sorry about this morning, we gave you boots a size too small" (not "sorry about
        // this, it's our fault": "this" names nothing in its own sentence).
        (pointsAheadFar && namedHere());
    } else specific = namedHere();
  } else specific = false;
  const before = s.tokens.slice(Math.max(0, m.from - 1), m.to);
  const intense = SETS.intens.scan(before).length > 0;
  return { kind, sentence: s.index, ...ifidSpanOf(s, m), specific, intense };
}

/**
 * A reply's apology expressions in text order, each with the token its "sorry" match ends at
 * (gratitude has none).
 */
function expressionsOf(r: Reading): { ifids: Ifid[]; ifidEnd: Map<Ifid, number> } {
  const ifids: Ifid[] = [];
  const ifidEnd = new Map<Ifid, number>();
  for (const s of r.sentences) {
    const symp = find(SETS.symp, s);
    const formal = find(SETS.formal, s);
    for (const m of find(SETS.sorry, s)) {
      const ifid = expressionAt(r, s, m, symp, formal);
      if (!ifid) continue;
      ifidEnd.set(ifid, m.to);
      ifids.push(ifid);
    }
    for (const m of find(SETS.gratitude, s)) ifids.push({ kind: 'gratitude', sentence: s.index, ...spanOf(s, m), specific: false, intense: false });
  }
  ifids.sort((a, b) => a.start - b.start);
  return { ifids, ifidEnd };
}

/** Credit for the apology expressions themselves, their specificity and intensity. */
function apologyHits(hits: Hit[], ifids: readonly Ifid[], counting: (i: Ifid) => boolean, failureNamed: boolean): void {
  for (const i of ifids) {
    const credit = i.kind === 'apology' ? 1 : i.kind === 'formal' || counting(i) ? 0.5 : i.kind === 'vague' ? 0.2 : 0;
    if (credit > 0) addHit(hits, 'apology', i, credit, counting(i));
    if (counting(i) && i.kind !== 'gratitude') {
      if (i.specific) addHit(hits, 'specificity', i, 1, true);
      if (i.specific && i.intense) addHit(hits, 'intensity', i, 1, true);
    }
  }
  const apologies = ifids.filter((i) => counting(i) || i.kind === 'vague');
  if (apologies.length && !apologies.some((i) => i.specific) && failureNamed) {
    addHit(hits, 'specificity', apologies[0]!, 0.5, false);
  }
}

/** The sentences of a reply's body: after its greeting (when it opens with one), without openers. */
function contentOf(sentences: readonly Sentence[]): Sentence[] {
  const openers = sentences.map((s) => find(SETS.opener, s));
  // A greeting ("Hi Sam,", "Nadia,") among the first three sentences starts the body: a title
  // may stand above it. "Thanks for reaching out" is an opener but starts nothing.
  const greeting = openers.slice(0, 3).findIndex((found, i) => found.some((m) => m.pattern.source === GREETING) || NAME_GREETING.test(sentences[i]!.text));
  return sentences.filter((s, i) => !openers[i]!.length && i > greeting);
}

/** A greeting that is only a name and a comma, on its own line: "Nadia,", "Mr Haddad,". */
const NAME_GREETING = /^\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,2},$/u;

/** The first compensation offer. */
function compensationIn(sentences: readonly Sentence[]): { start: number; end: number } | null {
  for (const s of sentences) {
    const m = find(SETS.compensation, s)[0];
    if (m) return spanOf(s, m);
  }
  return null;
}

/**
 * Responsibility cues in one sentence: ownership phrases, and an apology of the sentence that
 * names our own act ("I'm sorry we sent the wrong size").
 */
function responsibilityHits(hits: Hit[], s: Sentence, apologies: readonly Ifid[], ifidEnd: ReadonlyMap<Ifid, number>): void {
  // "While this was not our fault": ownership denied is none. "Ah no, that's on me": a comma
  // between them, and the "no" is an exclamation.
  const owned = (m: Match): boolean => {
    const prev = s.tokens[m.from - 1];
    return !(prev !== undefined && prev.kind === 'word' && /^(not|no|never)$/.test(prev.norm));
  };
  for (const m of find(SETS.ownFull, s).filter(owned)) addHit(hits, 'responsibility', spanOf(s, m), 1);
  // Our act done wrong or left undone, read from the sentence's subject and verb: "We picked the
  // wrong stock code", "we didn't carry out the real-ear measurement".
  const act = ourActDoneWrong(s.tokens);
  if (act) {
    addHit(hits, 'responsibility', spanOf(s, act), 1);
    // Not the apology's own words: "I'm so sorry we sent you the wrong size" names the failure, it does not explain it.
    if (act.account && !apologies.length) addHit(hits, 'explanation', spanOf(s, act), 1);
  }
  for (const m of find(SETS.ownAccount, s).filter((m) => owned(m) && !inCondition(s.tokens, m.from))) {
    addHit(hits, 'responsibility', spanOf(s, m), 1);
    addHit(hits, 'explanation', spanOf(s, m), 1);
  }
  for (const i of apologies) {
    const at = ifidEnd.get(i) ?? -1;
    if (at >= 0) {
      const tail = s.tokens.slice(at, at + 3);
      const m = SETS.ourFailure.scan(tail)[0] ?? SETS.ourFailure.scan(s.tokens.slice(at + 1, at + 4))[0];
      if (m) addHit(hits, 'responsibility', { start: i.start, end: s.tokens[Math.min(s.tokens.length - 1, at + m.to)]!.end }, 1);
    }
  }
  for (const m of find(SETS.ownGeneric, s).filter(owned)) addHit(hits, 'responsibility', spanOf(s, m), 0.6);
  for (const m of find(SETS.ownWeak, s)) addHit(hits, 'responsibility', spanOf(s, m), 0.3, false);
}

/**
 * "I'm so sorry for the loss of Biscuit": a loss of someone named (a capitalised word ending the
 * clause) is a bereavement, not "the loss of your data".
 */
function lossOfNamed(text: string, tokens: readonly Token[], at: number): boolean {
  const words = wordsAfter(tokens, at, 5);
  const i = words[0] === 'for' || words[0] === 'about' ? 1 : -1;
  if (i < 0 || words[i] !== 'the' || words[i + 1] !== 'loss' || words[i + 2] !== 'of') return false;
  let k = at;
  for (let seen = 0; k < tokens.length && seen < i + 4; k++) if (tokens[k]!.kind === 'word') seen++;
  const name = tokens[k - 1]!;
  const after = tokens[k];
  return /^\p{Lu}\p{Ll}/u.test(text.slice(name.start, name.end)) && (!after || after.kind === 'punct');
}

/** A named person's next step with the customer; not "Nobody will call you", "It will email you". */
const NAMED_STEP =
  /\b(?!(?:It|This|That|We|I|Our|The|Nobody|Someone|Somebody|Everyone|Everybody|They|You|Your|There|Here|Which|What|Who)\b)[A-Z][a-z]+(?: [A-Z][a-z]+)?,? will (?:call|ring|phone|email|e-mail|text|contact|message|write to|visit) you\b/;

/** Words that open a clause telling when, not why. */
const TEMPORAL = new Set(['when', 'once', 'after', 'while', 'until', 'before']);

/**
 * Whether a sentence holds a fault or a cause: a step not taken ("didn't check"), a wrong one
 * ("from the wrong rack", "by mistake", "instead of"), or a consequence ("so it went into the
 * ten-day queue"). Events with neither ("I checked your account and saw your order", "we
 * received your email on Monday and I replied on Tuesday") are a history, not an explanation.
 */
function faultOrCause(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (FAULT.has(w)) return true;
    if (w === 'not' && /^(did|had|was|were|could|would)$/.test(tokens[i - 1]?.norm ?? '')) return true;
    if ((w === 'instead' || w === 'rather') && (tokens[i + 1]?.norm === 'of' || tokens[i + 1]?.norm === 'than')) return true;
    if (w === 'by' && (tokens[i + 1]?.norm === 'mistake' || tokens[i + 1]?.norm === 'accident')) return true;
    if (w === 'in' && tokens[i + 1]?.norm === 'error') return true;
  }
  return false;
}

/** Words of a fault or a cause in an account of what happened. */
const FAULT = new Set<string>(FAULT_WORDS);

/** A title in title case ("Billing Issue Resolved - Adjustment Applied to Your Account"). */
function headingLike(s: Sentence): boolean {
  const words = s.text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitals * 5 >= words.length * 3;
}

/**
 * A sentence that tells two or more past events, one of them neither the failure itself nor part
 * of another component's cue: the span from its first such event to the sentence's end.
 */
function narrativeIn(s: Sentence, cues: readonly Hit[], failures: readonly Match[]): { start: number; end: number } | null {
  if (s.tokens[0]?.norm === 'if') return null;
  const heads = pastClauses(s.tokens);
  if (heads.length < 2 || !faultOrCause(s.tokens) || headingLike(s)) return null;
  // Tokens inside the failure or another component's cue, marked once (a long sentence can hold
  // many of each).
  const covered = new Uint8Array(s.tokens.length);
  for (const f of failures) covered.fill(1, f.from, f.to);
  const starts = s.tokens.map((t) => t.start);
  for (const h of cues) {
    for (let k = lowerBound(starts, h.start); k < s.tokens.length && s.tokens[k]!.end <= h.end; k++) covered[k] = 1;
  }
  const free = heads.find((i) => {
    return (
      !covered[i] &&
      !inCondition(s.tokens, i) &&
      // "The tray was cracked when it arrived": a time of the failure, not a cause.
      !wordsBefore(s.tokens, i, 2).some((w) => TEMPORAL.has(w))
    );
  });
  if (free === undefined) return null;
  return { start: s.tokens[free]!.start, end: s.tokens[s.tokens.length - 1]!.end };
}

/**
 * Cues of the components other than the apology and responsibility in one sentence: prevention,
 * repair, empathy, explanation and follow-up. `owned` are the sentence's responsibility hits.
 */
function otherHits(
  hits: Hit[],
  s: Sentence,
  owned: readonly Hit[],
  channel: Channel,
  ownedAnywhere: boolean,
  told: { failures: readonly Match[]; apology: boolean },
): void {
  const first = hits.length;
  const hit = (component: ComponentName, m: Match, credit: number, counts = credit >= 0.5): void => addHit(hits, component, spanOf(s, m), credit, counts);
  // "I've added a free personal training session": a gift to the customer, not a change of ours.
  // "I've added an extra check-in session for you on Friday": something for the customer, too.
  // "Our support team now checks your account every day": the customer's case, not a change of ours.
  // "**What's changed:** shoppers now see your substitution preferences": under a heading for the
  // change, "your" is any customer's.
  const labelled = find(SETS.preventionLabel, s).length > 0;
  // Where the change's own clause ends inside a match: "we've added a step so the code on your
  // confirmation has to match" reads "your" after "so", where it is any customer's.
  const clauseTo = (m: Span): number => {
    for (let k = m.from + 1; k < m.to; k++) if (PURPOSE.has(s.tokens[k]!.norm)) return k;
    return m.to;
  };
  const change = (m: Span): boolean => {
    // Read within the change's clause: in "we've fixed the page so changing your delivery day no
    // longer …", the customer after "so" is any customer.
    const after = clauseTo(m) < m.to ? [] : wordsAfter(s.tokens, m.to, 4);
    const cut = after.findIndex((w) => PURPOSE.has(w));
    if (cut >= 0) after.length = cut;
    return (
      !s.tokens.slice(m.from, m.to).some((t) => GIFT.has(t.norm)) &&
      (labelled || (!after.includes('your') && !/\bfor you\b/.test(after.join(' ')))) &&
      // "Going forward, our office will be closed on Fridays": opening hours, not a change of process.
      !(after.some((w) => OPENING_HOURS.has(w)) && s.tokens.slice(m.from, m.to + 4).some((t) => PLACE.has(t.norm)))
    );
  };
  // "From now on, your account will show the discount": the customer's case inside the change.
  // "Since your case, our desk checks every bag": the customer's case is when the change began.
  const ours = (m: Match): boolean =>
    change(m) && !s.tokens.slice(m.from, clauseTo(m)).some((t, k) => t.norm === 'your' && !(k === 1 && s.tokens[m.from]!.norm === 'since'));
  const prevention = find(SETS.preventionConcrete, s).filter((m) => ours(m) && !tryingAfter(s.tokens, m));
  // "From now on the route sheet prints straight from the order book", not "From next year, prices will rise".
  const from = find(SETS.preventionFrom, s);
  if (from.length && safeguardIn(s.tokens)) prevention.push(...from.filter(ours));
  // "We now pack every shade in its own box": a practice of ours that holds now, whatever its verb.
  for (const m of find(SETS.preventionNow, s)) {
    const verb = s.tokens[m.to - 1]!.norm;
    // "We now deliver large panels ourselves rather than shipping them": a service verb is a
    // practice when the sentence says what it replaces (not "Every order now ships free over £50").
    if ((NOT_A_PRACTICE.has(verb) && !(SERVICE_VERBS.has(verb) && INSTEAD.test(wordsAfter(s.tokens, m.to, 30).join(' ')))) || !ours(m)) continue;
    // "Pickups are now read back": a participle, said of a kind of case, not of the customer's own.
    if (m.pattern.source.startsWith('_') && (!PARTICIPLE.test(verb) || /^(your|my|his|her)$/.test(s.tokens[m.from - 1]?.norm ?? ''))) continue;
    // "It now goes through as normal": a bare subject must name a kind of thing, not point at one.
    // Nor the customer: "You must now sign in again" is a step for them, not a change of ours.
    if (m.pattern.source.startsWith('^ _') && /^(it|this|that|he|she|they|everything|nothing|something|yours|you)$/.test(s.tokens[m.from]!.norm)) continue;
    prevention.push(m);
  }
  for (const m of prevention) hit('prevention', m, 1);
  const mech = find(SETS.mechanism, s);
  for (const m of find(SETS.preventionPledge, s).filter(change)) hit('prevention', m, mech.length ? 1 : 0.3);
  for (const m of find(SETS.preventionVague, s).filter(change)) hit('prevention', m, 0.3);
  // "Address changes now reach the crews the same day": a rule in force, told of any such case.
  // "From today every scooter gets a test ride": a rule for every case, in force.
  const generic = prevention.length ? null : (genericNowAt(s.tokens) ?? everyCaseAt(s.tokens) ?? ourChangeForEveryCase(s.tokens));
  if (generic && change(generic)) addHit(hits, 'prevention', spanOf(s, generic), 1, true);

  const conditional = s.tokens.find((t) => t.kind === 'word')?.norm === 'if';
  // A remedy verb inside a prevention mechanism or inside the admission ("sorry we sent…") is neither.
  const notPrevention = (m: Match): boolean => {
    const sp = spanOf(s, m);
    return !prevention.some((p) => overlaps(p, m)) && !owned.some((h) => h.start < sp.end && sp.start < h.end);
  };
  // "We applied a payment block meant for another account": a penalty put on, the failure itself.
  const imposed = (m: Match): boolean =>
    s.tokens.slice(m.from, m.to).some((t) => IMPOSING.has(t.norm)) && wordsAfter(s.tokens, m.to, 3).some((w) => PENALTY.has(w));
  // A remedy refused is none: "I'm not able to offer a refund on this occasion".
  // "Don't worry, I've refunded you" keeps its refund: only the remedy's own clause is read.
  const offered = (m: Match): boolean =>
    notPrevention(m) &&
    !refusedBefore(clauseBefore(s.tokens, m.from, 5)) &&
    // "There's nothing I can do about the replacement."
    !NOTHING_TO_DO.test(wordsBefore(s.tokens, m.from, 8).join(' ')) &&
    !/^(is|are) not (something|available|possible|an option|included|offered)/.test(wordsAfter(s.tokens, m.to, 4).join(' ')) &&
    !imposed(m);
  for (const m of find(SETS.repairDone, s).filter(offered)) hit('repair', m, conditional ? 0.4 : 1);
  for (const m of find(SETS.repairPromised, s).filter(offered)) hit('repair', m, conditional ? 0.4 : 0.7);
  for (const m of find(SETS.repairAsk, s)) hit('repair', m, 0.5);

  for (const m of find(SETS.empathyFull, s)) hit('empathy', m, 1);
  for (const m of find(SETS.empathyGeneric, s)) hit('empathy', m, 0.6);
  for (const m of find(SETS.empathyCanned, s)) hit('empathy', m, 0.3, true);
  for (const m of find(SETS.symp, s)) hit('empathy', m, 0.5);

  const external = find(SETS.thirdParty, s).length > 0 && !ownedAnywhere;
  // A question ("What happened?") asks for an account; it does not give one.
  const question =
    s.tokens[s.tokens.length - 1]?.norm === '?' &&
    QUESTION_LEAD.has(s.tokens.find((t) => t.kind === 'word')?.norm ?? '') &&
    !s.tokens.some((t) => t.kind === 'punct' && /^[,;:]$/.test(t.norm));
  // "If the screen developed a crack, we'll replace it": a cause in a condition explains nothing.
  if (!question) for (const m of find(SETS.explanation, s)) if (!inCondition(s.tokens, m.from)) hit('explanation', m, external ? 0.5 : 1, !external);
  // An account told as it happened, in two or more events: "The fitter grabbed a 27.5 from the
  // wrong rack and didn't do a fit check with you." Not the apology's sentence, and not events
  // that are the failure itself or another component ("We got it wrong, and I can see how
  // disappointing that was").
  const account =
    !question && !told.apology && !hits.slice(first).some((h) => h.component === 'explanation')
      ? narrativeIn(s, [...owned, ...hits.slice(first)], told.failures)
      : null;
  if (account) addHit(hits, 'explanation', account, external ? 0.5 : 1, !external);

  const whens = find(SETS.when, s);
  const when = whens.length > 0;
  const followUps = find(SETS.followUp, s);
  for (const m of followUps) hit('follow-up', m, when ? 1 : 0.6);
  // A colleague named as the owner: "Clare will ring you by Wednesday", "Sam Patel, will email you by Tuesday".
  const named = followUps.length || !s.text.includes(' will ') ? null : NAMED_STEP.exec(s.text);
  if (named) addHit(hits, 'follow-up', { start: s.start + named.index, end: s.start + named.index + named[0].length }, when ? 1 : 0.6, true);
  // Any step of our own with a time: "I'll come to the flat on Wednesday at 4pm", "I'll be at the
  // counter at 4", "we've booked you in for Monday at 8:30".
  if (!followUps.length && when && !question) {
    const own = commitmentAt(s.tokens);
    const at = own < 0 ? undefined : whens.find((w) => w.from > own);
    if (at) addHit(hits, 'follow-up', spanOf(s, { from: own, to: at.to }), 1, true);
  }
  if (when && !question) for (const m of find(SETS.timedStep, s)) if (!inCondition(s.tokens, m.from)) hit('follow-up', m, 0.6);
  for (const m of find(SETS.resolved, s)) hit('follow-up', m, 0.5);
  for (const m of find(SETS.nextStep, s)) hit('follow-up', m, channel === 'email' ? 0.3 : 0.5, channel !== 'email');
  // On social and chat, a question back to the customer keeps the conversation going: a next step.
  const lastTok = s.tokens[s.tokens.length - 1];
  if (channel !== 'email' && lastTok?.norm === '?') addHit(hits, 'follow-up', { start: s.start, end: s.end }, 0.5, true);
}

/** Components that some branches of an `{% if %}` block have and others lack. */
function branchGapsOf(hits: readonly Hit[], blocks: readonly Block[]): BranchGap[] {
  const branchGaps: BranchGap[] = [];
  const countingHits = new Map<ComponentName, SortedHits>();
  const countingOf = (c: ComponentName): SortedHits => {
    let sorted = countingHits.get(c);
    if (!sorted) countingHits.set(c, (sorted = sortHits(hits.filter((h) => h.component === c && h.counts))));
    return sorted;
  };
  for (const b of blocks) {
    if (b.branches.length < 2 && !b.complete) continue;
    const branches = b.complete ? b.branches : [...b.branches, { start: -1, end: -1 }];
    for (const c of COMPONENTS) {
      if (c === 'position' || c === 'intensity') continue;
      const sorted = countingOf(c);
      const outside = hitsIn(sorted, b.start, blockEnd(b)).length < sorted.hits.length;
      if (outside) continue;
      const has = branches.map((br) => hitsIn(sorted, br.start, br.end).length > 0);
      if (has.some(Boolean) && !has.every(Boolean)) branchGaps.push({ component: c, start: b.start, end: b.end });
    }
  }
  return branchGaps;
}

/** Read a reply's sentences once: placeholders, @handles, failures and wait apologies. */
function readingOf(doc: ReplyDoc): Reading {
  // Template placeholders ({{order.item}}, [ORDER_NUMBER]) stand for specifics; URLs and @handles do not.
  // Placeholders are sorted and never overlap, so the one that can hold a token is found by binary search.
  const placeholderStarts = doc.pre.placeholders.map((p) => p.start);
  const placeholderOf = (t: Token): Range | undefined => {
    const p = doc.pre.placeholders[lowerBound(placeholderStarts, t.start + 1) - 1];
    return p && p.start <= t.start && p.end >= t.end ? p : undefined;
  };
  const template = (t: Token): boolean => t.kind === 'placeholder' && placeholderOf(t)?.kind === 'placeholder';
  // Leading @handles of a tweet are not words of the sentence ("@115745 Sorry for…" opens with "Sorry").
  const handle = (t: Token): boolean => t.kind === 'placeholder' && placeholderOf(t)?.kind === 'handle';
  const sentences: Sentence[] = doc.sentences.map((s) => {
    let i = 0;
    while (i < s.tokens.length && (handle(s.tokens[i]!) || (i > 0 && s.tokens[i]!.kind === 'punct' && handle(s.tokens[i - 1]!)))) i++;
    return i ? { ...s, tokens: s.tokens.slice(i) } : s;
  });
  // Failures that happened (not in a condition, not denied), and those outside wait apologies.
  const failSentences = new Set<number>();
  const failures = new Map<number, readonly Match[]>();
  const waitMatches = new Map<number, readonly Match[]>();
  for (const s of sentences) {
    const waits = find(SETS.wait, s);
    waitMatches.set(s.index, waits);
    const happened = find(SETS.fail, s).filter((f) => happenedAt(s.tokens, f.from));
    failures.set(s.index, happened);
    if (happened.some((f) => !waits.some((w) => overlaps(w, f)))) failSentences.add(s.index);
  }
  return { doc, sentences, failSentences, failures, waitMatches, template };
}

/** A reply's reading and its apology expressions. */
export interface Expressions {
  reading: Reading;
  ifids: Ifid[];
  ifidEnd: Map<Ifid, number>;
}

/**
 * A reply's reading and apology expressions, made once: an apology reply is analysed twice, for
 * the gate and then in full, and both read the same sentences the same way. They are kept on the
 * reply (a WeakMap of replies made each garbage collection slower than reading them again cost).
 */
function expressionsFor(doc: ReplyDoc): Expressions {
  if (!doc.expressions) {
    const reading = readingOf(doc);
    doc.expressions = { reading, ...expressionsOf(reading) };
  }
  return doc.expressions;
}

/**
 * Whether the apology expression at `[start, end)` of a reply names its failure, as the analysis
 * reads it: in its own sentence ("We charged you twice, and I'm sorry for that."), in the sentence
 * before, or, for a bare apology, in the sentence after.
 */
export function apologyNamesFailure(doc: ReplyDoc, start: number, end: number): boolean {
  return expressionsFor(doc).ifids.some((i) => i.start < end && start < i.end && i.specific);
}

/** Analyse one reply. */
export function analyze(doc: ReplyDoc, settings: Record<string, unknown> = {}, options: { gateOnly?: boolean } = {}): ApologyAnalysis {
  // The gate needs only the apology expressions and ownership; the rest waits for apology replies.
  const gateOnly = options.gateOnly === true;
  const channel = channelOf(doc, settings);
  const acceptGratitude = settings.acceptGratitude !== false;
  const hits: Hit[] = [];
  const { reading, ifids, ifidEnd } = expressionsFor(doc);
  const { sentences, failSentences } = reading;
  // Content sentences: not a greeting, not "Thanks for reaching out", and nothing above the
  // greeting (a "# Your claim CLM-5521" title).
  const content = gateOnly ? sentences : contentOf(sentences);
  const failureNamed = failSentences.size > 0;

  const onlyWaitFailures = !failureNamed;
  const counting = (i: Ifid): boolean => i.kind === 'apology' || i.kind === 'formal' || (i.kind === 'gratitude' && acceptGratitude && onlyWaitFailures);
  const apology = ifids.find(counting) ?? null;

  // The apology itself, its specificity, intensity and position.
  apologyHits(hits, ifids, counting, failureNamed);
  let apologyPosition: number | null = null;
  const positioned = ifids.find((i) => counting(i) || i.kind === 'vague');
  if (positioned) {
    apologyPosition = content.findIndex((s) => s.index === positioned.sentence);
    if (apologyPosition < 0) apologyPosition = 0;
  }

  const countingBySentence = new Map<number, Ifid[]>();
  for (const i of ifids) {
    if (!counting(i)) continue;
    const list = countingBySentence.get(i.sentence);
    if (list) list.push(i);
    else countingBySentence.set(i.sentence, [i]);
  }
  const ifidSentences = new Set(ifids.map((i) => i.sentence));
  // The other components, sentence by sentence.
  const ownedAnywhere = !gateOnly && sentences.some((s) => find(SETS.ownFull, s).length > 0 || find(SETS.ownGeneric, s).length > 0);
  for (const s of sentences) {
    const sentenceStart = hits.length;
    responsibilityHits(hits, s, countingBySentence.get(s.index) ?? [], ifidEnd);
    if (gateOnly) continue;
    const owned = hits.slice(sentenceStart).filter((h) => h.component === 'responsibility');
    otherHits(hits, s, owned, channel, ownedAnywhere, { failures: reading.failures.get(s.index) ?? [], apology: ifidSentences.has(s.index) });
  }

  // A label for the changes with the changes listed under it ("Here's what's changed in our
  // kitchen, starting Monday:" and a list): the change, whatever the items' wording.
  if (!gateOnly)
    for (const s of sentences) {
      const label = find(SETS.preventionLabel, s)[0];
      if (label && (listItemAfter(doc, s, spanOf(s, label).end) || (label.to >= s.tokens.length - 1 && changeTold(sentences[s.index + 1]))))
        addHit(hits, 'prevention', spanOf(s, label), 1);
      // The same for what we are doing about it: "Here is what we would like to do:" and a list.
      const repairLabel = find(SETS.repairLabel, s)[0];
      if (repairLabel && listItemAfter(doc, s, spanOf(s, repairLabel).end)) addHit(hits, 'repair', spanOf(s, repairLabel), 1);
    }

  const blocks = blocksOf(doc.pre.liquid);
  const credit = {} as Record<ComponentName, number>;
  const present = {} as Record<ComponentName, boolean>;
  for (const c of COMPONENTS) {
    const r = merge(
      hits.filter((h) => h.component === c),
      blocks,
    );
    credit[c] = r.credit;
    present[c] = r.present;
  }
  const apologyLead = apologyPosition !== null && apologyPosition > 1 && !gateOnly ? leadBefore(content.slice(0, apologyPosition), hits) : apologyPosition;
  if (apologyLead !== null) {
    credit.position = apologyLead <= 1 ? 1 : apologyLead <= 3 ? 0.5 : 0;
    present.position = apologyLead <= 1;
  } else present.position = false;

  const branchGaps = branchGapsOf(hits, blocks);

  const compensation = compensationIn(sentences);
  const firstIfid = apology ?? ifids[0];
  const first = content[0] ?? sentences[0];
  const anchor = firstIfid ? { start: firstIfid.start, end: firstIfid.end } : first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
  hits.sort((x, y) => x.start - y.start);
  return { channel, ifids, apology, credit, present, anchor, apologyPosition, apologyLead, failureNamed, compensation, branchGaps, hits };
}

/**
 * Under a heading of its own ("**What we've changed**"), a sentence that tells the change in force:
 * "Our fraud reviewers now see any travel notice…", "From Monday, every order is weighed".
 */
function changeTold(next: Sentence | undefined): boolean {
  return (
    next !== undefined &&
    next.tokens.some(
      (t, i) =>
        t.norm === 'now' ||
        (t.norm === 'no' && next.tokens[i + 1]?.norm === 'longer') ||
        (t.norm === 'from' && /^(now|today|monday|tuesday|wednesday|thursday|friday|next|this)$/.test(next.tokens[i + 1]?.norm ?? '')),
    )
  );
}

/** A line break (LF, CRLF or a lone CR), perhaps a blank line, then a list marker. */
const LIST_ITEM = new RegExp(String.raw`^[ \t]*(?:\r\n?|\n)[ \t]*(?:(?:\r\n?|\n)[ \t]*)?(?:[${ITEM_MARKS}]|\d{1,3}[.)])[ \t]`);

/**
 * Whether a list item opens on the line after `end` (the end of a label in sentence `s`): in the
 * same sentence, as a plain-text list runs on, or as the next sentence ("- All dairy-free dishes…").
 */
function listItemAfter(doc: ReplyDoc, s: Sentence, end: number): boolean {
  const next = doc.sentences[s.index + 1];
  const to = end < s.end ? s.end : (next?.end ?? end);
  return LIST_ITEM.test(doc.text.slice(end, Math.min(to, end + 200)));
}

/** An interjection standing as a sentence: "Oof.", "Ugh!", "Oh no." */
const INTERJECTION = /^(?:oof|ugh|argh|oops|yikes|eek|ouch|gosh|blimey|sigh|hmm|oh(?: no| dear| man)?|ah|wow|urgh|ack)$/;

/**
 * How many of the sentences before the apology put it back: not an interjection ("Oof."), and not
 * one that only validates or owns ("You did everything right, and we got this wrong."), which
 * may come first. An explanation, a record or policy does (C2).
 */
function leadBefore(lead: readonly Sentence[], hits: readonly Hit[]): number {
  let n = 0;
  for (const s of lead) {
    const words = s.tokens.filter((t) => t.kind === 'word');
    if (words.length <= 2 && INTERJECTION.test(words.map((t) => t.norm).join(' '))) continue;
    const inside = hits.filter((h) => h.start >= s.start && h.end <= s.end && h.counts);
    const validates = inside.some((h) => h.component === 'empathy' || h.component === 'responsibility');
    // An explanation that is the admission itself ("We shipped you the wrong hive bodies.") owns
    // the failure; it does not explain it away before the apology.
    const owning = inside.filter((h) => h.component === 'responsibility');
    const explains = inside.some((h) => h.component === 'explanation' && !owning.some((o) => o.start === h.start && o.end === h.end));
    if (validates && !explains) continue;
    // Our act told plainly, before the apology for it ("We mounted your charger on the wrong wall.
    // … I'm sorry."): the admission, not an excuse. A cause given ("because…") still counts, and
    // so does a failure told without us in it ("Please file a Damaged Bag Report").
    if (!explains && (ourWrongAct(s.tokens) || ourActTold(s.tokens))) continue;
    n++;
  }
  return n;
}

/** The analysis of the reply a rule runs on (computed once per reply). */
export function analysisOf(file: VFile): ApologyAnalysis {
  const data = file.data as { apologyAnalysis?: ApologyAnalysis; apologySettings?: Record<string, unknown> };
  data.apologyAnalysis ??= analyze(getDoc(file), data.apologySettings);
  return data.apologyAnalysis;
}
