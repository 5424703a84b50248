/**
 * Sentence roles read from structure rather than from phrase lists: a sentence that tells past
 * events (an account of what happened), a rule now in force for a kind of case or for every case
 * (prevention), and a next step the writer commits to (follow-up). The component analysis
 * (src/components.ts) asks these after its phrase lists, so a writer's own wording of a component
 * is found even when no list has it. Each reads one sentence's tokens in one pass.
 */
import { CLAUSE_PUNCT, CLAUSE_WORDS, clauseBefore, inCondition } from './clause.js';
import type { Token } from './tokens.js';
import { hasDigit } from './tokens.js';
import * as W from '../rules/roles.data.js';

/** The lists of rules/roles.data.ts as sets. */
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words);
const SUBJECT_LEAD = set(W.SUBJECT_LEAD);
const PARTICULAR = set(W.PARTICULAR);
const NOT_PLURAL = set(W.NOT_PLURAL);
const NOT_A_RULE = set(W.NOT_A_RULE);
const PAST_FORMS = set(W.PAST_FORMS);
const PRESENT_LOOKING_PAST = set(W.PRESENT_LOOKING_PAST);
const SUBJECT_PRONOUN = set(W.SUBJECT_PRONOUN);
const NOT_PAST_BEFORE = set(W.NOT_PAST_BEFORE);
const WANTING = set(W.WANTING);
const NOT_TOLD = set(W.NOT_TOLD);
const NOT_PAST_AUX = set(W.NOT_PAST_AUX);
const SHARED_SUBJECT = set(W.SHARED_SUBJECT);
const NOT_A_PAST = set(W.NOT_A_PAST);
const NEXT_CLAUSE = set(W.NEXT_CLAUSE);
const BETWEEN = set(W.BETWEEN);
const UNDER_WAY = set(W.UNDER_WAY);
const NOT_OUR_OMISSION = set(W.NOT_OUR_OMISSION);
const DONE_WRONG = set(W.DONE_WRONG);
const NEW_SUBJECT = set(W.NEW_SUBJECT);
const NAMES_NOTHING = set(W.NAMES_NOTHING);
const CHANGE_MADE = set(W.CHANGE_MADE);
const EVERY_CASE = set(W.EVERY_CASE);
const GIFT = set(W.GIFT);
const GENERIC_OMISSION = set(W.GENERIC_OMISSION);
const NOT_OUR_SHOULD = set(W.NOT_OUR_SHOULD);
const GENERIC_SHOULD = set(W.GENERIC_SHOULD);
const SKIPPED_STEP = set(W.SKIPPED_STEP);
const CAN_OFFER = set(W.CAN_OFFER);
const OUR_PEOPLE = set(W.OUR_PEOPLE);
const BOOKED = set(W.BOOKED);
const REBOOKED = set(W.REBOOKED);
const GENERAL = set(W.GENERAL);
const FEATURE = set(W.FEATURE);
const CONTROL = set(W.CONTROL);
const EVERY = set(W.EVERY);
const NO_SUBJECT = set(W.NO_SUBJECT);
const IN_FORCE = set(W.IN_FORCE);

/**
 * A rule now in force, told of a bare plural (a generic subject): "address changes now reach the
 * crews the same day", "fragile orders now go out in double boxes". Not a particular case ("the
 * refunds now show", "your items now ship Friday") and not a state ("orders now ready"). The
 * span is the subject to the verb after "now"; null when there is none.
 */
export function genericNowAt(tokens: readonly Token[]): { from: number; to: number } | null {
  const found = genericNowIn(tokens);
  return found && !serviceNews(tokens) ? found : null;
}

function genericNowIn(tokens: readonly Token[]): { from: number; to: number } | null {
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.norm !== 'now') continue;
    const passive = passiveRuleAt(tokens, i);
    if (passive) return passive;
    const head = tokens[i - 1]!;
    const verb = tokens[i + 1]!;
    if (head.kind !== 'word' || verb.kind !== 'word' || NOT_A_RULE.has(verb.norm) || !isPlural(head.norm)) continue;
    // The subject: the plural and at most two words before it, back to a clause start.
    let from = i - 1;
    let particular = false;
    while (from > 0 && i - from < 4) {
      const t = tokens[from - 1]!;
      if (t.kind !== 'word' || SUBJECT_LEAD.has(t.norm)) break;
      if (PARTICULAR.has(t.norm)) particular = true;
      from--;
    }
    if (particular) continue;
    const lead = tokens[from - 1];
    if (lead && lead.kind === 'word' && !SUBJECT_LEAD.has(lead.norm)) continue;
    return { from, to: i + 2 };
  }
  return null;
}

/** Whether a word reads as a plural noun: "changes", "orders", but not "is", "days" or "goes". */
function isPlural(w: string): boolean {
  return /^[a-z-]{2,}[^s']s$/.test(w) && !NOT_PLURAL.has(w);
}

/**
 * "Heating reports between October and March are now always classed as urgent": a plural
 * subject with no word that makes it particular in its clause ("the", "your", "it"…), then
 * "are now", then a participle.
 */
function passiveRuleAt(tokens: readonly Token[], now: number): { from: number; to: number } | null {
  if (tokens[now - 1]?.norm !== 'are') return null;
  let v = now + 1;
  if (tokens[v]?.norm === 'always' || tokens[v]?.norm === 'only') v++;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || !/^[a-z-]{3,}ed$/.test(verb.norm)) return null;
  const subject = clauseBefore(tokens, now - 1, 8, false);
  if (subject.length === 0 || subject.some((w) => PARTICULAR.has(w) || w === 'everything')) return null;
  if (!subject.some(isPlural)) return null;
  return { from: now - 1 - subject.length, to: v + 1 };
}

/** Whether one of the three tokens before `i` opens a clause that is no event ("make sure it didn't …"). */
function toldAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (NOT_TOLD.has(tokens[k]!.norm)) return true;
  return false;
}

/**
 * Where a sentence tells events in the past, one token per clause: the first simple-past verb of
 * each clause ("The fitter grabbed a 27.5 from the wrong rack and didn't do a fit check"). Not a
 * present perfect ("I've refunded"), a present passive ("is checked"), an -ed word after a
 * determiner ("the signed proof"), or the customer's own account ("you ordered").
 */
export function pastClauses(tokens: readonly Token[]): number[] {
  const heads: number[] = [];
  let open = true;
  let nonPast = false;
  let seenWord = false;
  let auxAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (CLAUSE_PUNCT.has(t.norm)) open = true;
      continue;
    }
    // A heading ("Resolved - Adjustment Applied"): an event has a subject before it.
    const first = !seenWord;
    seenWord = true;
    // A subject opens a clause too: "When I updated your account I put your old number back".
    if (NEXT_CLAUSE.has(t.norm) || SUBJECT_PRONOUN.has(t.norm)) {
      open = true;
      continue;
    }
    if (!open) continue;
    const prev = tokens[i - 1];
    const before = prev && prev.kind === 'word' ? prev.norm : '';
    if (NOT_PAST_AUX.has(t.norm)) {
      nonPast = true;
      auxAt = i;
    }
    // "We've since moved", "it has now been fixed": an adverb between the auxiliary and the verb.
    if (auxAt >= 0 && i - auxAt <= 2 && i !== auxAt) continue;
    if (before === 'you' || NOT_PAST_BEFORE.has(before) || hasDigit(before)) continue;
    if (WANTING.has(t.norm) && tokens[i + 1]?.norm === 'to') continue;
    if (toldAfter(tokens, i)) continue;
    if (first) continue;
    // "I've sent her a card and refunded the fee": a verb with no subject of its own shares the
    // tense of the one before it.
    if (SHARED_SUBJECT.has(before) && nonPast) continue;
    const past =
      PAST_FORMS.has(t.norm) ||
      (t.norm === 'could' && tokens[i + 1]?.norm === 'not') ||
      (PRESENT_LOOKING_PAST.has(t.norm) && SUBJECT_PRONOUN.has(before)) ||
      (t.norm.endsWith('ed') && /^[a-z-]{2,}ed$/.test(t.norm) && !NOT_A_PAST.has(t.norm));
    if (past) {
      heads.push(i);
      open = false;
      nonPast = false;
    }
  }
  return heads;
}

/**
 * Whether a sentence tells an event that happened, with its verb plainly a finite past: an
 * irregular past form ("The 40 prints came back green", "the cable hadn't been tightened") or a
 * past after its subject pronoun ("The tickets we emailed you were for Saturday", "we still
 * charged your card"), or any past told with what was wrong in it ("The report you exported
 * showed the wrong figure"). Not a participle after a noun ("the number provided is not…", "the
 * locations listed here"), nor an event in a condition ("If that flight never showed up, it was
 * full").
 */
export function eventTold(tokens: readonly Token[]): boolean {
  // "If that flight never showed up, it was full": what it would mean, not what happened.
  const first = tokens.find((t) => t.kind === 'word')?.norm;
  if (first === 'if' || first === 'unless') return false;
  // "The return you exported showed the wrong figure": a past told with what was wrong in it.
  const wrongness = tokens.some((t) => WRONGNESS.has(t.norm));
  for (const h of pastClauses(tokens)) {
    if (inCondition(tokens, h)) continue;
    if (PAST_FORMS.has(tokens[h]!.norm) || wrongness) return true;
    let k = h - 1;
    while (k > 0 && BETWEEN.has(tokens[k]!.norm)) k--;
    if (SUBJECT_PRONOUN.has(tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * Whether ownership read in a sentence (by `owns`) is ownership of the failure in view, as the
 * rules that let nearby ownership excuse a third party or a passive ("The carrier sent it to the
 * wrong hub. That's on us.") need it: not when "also" makes it ownership of a second failure
 * ("We also didn't tell you it was running late").
 */
export function ownsThisFailure(tokens: readonly Token[], owns: (tokens: readonly Token[]) => boolean): boolean {
  return owns(tokens) && !tokens.some((t) => t.norm === 'also');
}

/**
 * Words that say something in a told event was wrong ("showed the wrong figure", "charged twice",
 * "Your box arrived without the salmon").
 */
const WRONGNESS = set([...W.WRONG_WORDS, 'missing', 'broken', 'late', 'without']);

/** After "we will be": a state or an absence, not a step ("closed on Monday", "on holiday from Friday", "out of the office"). */
const AWAY = /^(closed|open|shut|away|off|unavailable|out|busy|on (holiday|leave|vacation|annual))\b/;

/** `n` words from token `at`, joined by spaces. */
function wordsOf(tokens: readonly Token[], at: number, n: number): string {
  return tokens
    .slice(at, at + n)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * Where a sentence tells our own act done wrong or left undone, as its subject and verb: "We
 * picked the wrong stock code", "Our engineer set the sensitivity too high", "we didn't carry out
 * the real-ear measurement", "We hadn't marked the job as paid". The span (token indices, end
 * exclusive), or null. Not "we didn't receive your form", "we didn't charge you", nor someone
 * else's act told after ours ("We checked, and the courier sent the wrong size").
 */
export function ourActDoneWrong(tokens: readonly Token[]): { from: number; to: number; account: boolean } | null {
  let ours = false;
  for (let i = 0; i < tokens.length - 2; i++) {
    const w = tokens[i]!.norm;
    let j: number;
    if (w === 'we' || w === 'i') j = i + 1;
    else if (w === 'our' && OUR_PEOPLE.has(tokens[i + 1]?.norm ?? '')) j = i + 2;
    // The same subject after "but": "We carried out the first treatment but did not leave you the sheet".
    else if (ours && (w === 'but' || w === 'and') && (tokens[i + 1]?.norm === 'did' || tokens[i + 1]?.norm === 'never')) j = i + 1;
    else {
      // A new subject after a clause boundary ends ours: "We called, but the courier did not leave a card".
      const prev = tokens[i - 1];
      if (prev && (CLAUSE_PUNCT.has(prev.norm) || CLAUSE_WORDS.has(prev.norm)) && NEW_SUBJECT.has(w)) ours = false;
      continue;
    }
    ours = true;
    if (inCondition(tokens, i)) continue;
    while (j < tokens.length && BETWEEN.has(tokens[j]!.norm)) j++;
    const verb = tokens[j]?.norm ?? '';
    // A step we skipped: "We should have checked the damage log before charging you".
    if (verb === 'should' && tokens[j + 1]?.norm === 'have') {
      const done = tokens[j + 2];
      if (!done || done.kind !== 'word' || NOT_OUR_SHOULD.has(done.norm) || !(PAST_FORMS.has(done.norm) || /^[a-z-]{2,}ed$/.test(done.norm))) continue;
      // "We should have handled it better" owns it and names nothing: the clause has no other word.
      let named = false;
      for (let k = j + 3; k < tokens.length && !named; k++) {
        const y = tokens[k]!;
        if (CLAUSE_PUNCT.has(y.norm) || CLAUSE_WORDS.has(y.norm) || y.norm === 'and' || y.norm === 'but') break;
        named = y.kind === 'word' && !NAMES_NOTHING.has(y.norm) && !/^(more|better|sooner)$/.test(y.norm);
      }
      return { from: i, to: j + 3, account: named && !GENERIC_SHOULD.has(done.norm) };
    }
    // An omission: "we didn't carry out…", "we hadn't marked…", "we never re-ordered".
    const negated = (verb === 'did' || verb === 'had' || verb === 'have') && tokens[j + 1]?.norm === 'not' ? j + 2 : verb === 'never' ? j + 1 : -1;
    if (negated > 0) {
      let k = negated;
      while (k < tokens.length && BETWEEN.has(tokens[k]!.norm)) k++;
      const done = tokens[k];
      // "we never re-ordered" tells an omission; "we never pack glassware without…" a practice.
      if (verb === 'never' && !(done && (PAST_FORMS.has(done.norm) || /^[a-z-]{2,}ed$/.test(done.norm)))) continue;
      if (done && done.kind === 'word' && !NOT_OUR_OMISSION.has(done.norm) && !/^(any|anything|a|an|the|enough)$/.test(done.norm))
        return { from: i, to: k + 1, account: !GENERIC_OMISSION.has(done.norm) };
      continue;
    }
    // An act with what was wrong in its own clause: "set the sensitivity … too high", "picked the wrong code".
    const t = tokens[j];
    if (!t || t.kind !== 'word' || WANTING.has(t.norm) || !(PAST_FORMS.has(t.norm) || PRESENT_LOOKING_PAST.has(t.norm) || /^[a-z-]{2,}ed$/.test(t.norm)))
      continue;
    for (let k = j + 1; k < Math.min(tokens.length, j + 12); k++) {
      const x = tokens[k]!;
      if (x.kind !== 'word') {
        if (CLAUSE_PUNCT.has(x.norm)) break;
        continue;
      }
      // "I wanted to let you know what was wrong": what follows a wh-word is another clause.
      if (CLAUSE_WORDS.has(x.norm) || /^(i|we|he|she|they|what|which|that|who|whether|if|how|why|when|where)$/.test(x.norm)) break;
      // Done without the step that would have caught it: "added a second booking by hand … without checking the calendar".
      if (x.norm === 'without' && SKIPPED_STEP.has(tokens[k + 1]?.norm ?? '')) return { from: i, to: k + 2, account: true };
      if (
        DONE_WRONG.has(x.norm) ||
        (x.norm === 'too' && /^(high|low|many|much|few|early|late|soon|short|long|hot|cold|tight|loose|fast|slow|quickly)$/.test(tokens[k + 1]?.norm ?? ''))
      ) {
        // "We got this wrong" owns it but tells nothing of what happened; "we got your address wrong" does.
        const between = tokens.slice(j + 1, k).filter((y) => y.kind === 'word');
        return { from: i, to: k + 1, account: !between.every((y) => NAMES_NOTHING.has(y.norm)) };
      }
    }
  }
  return null;
}

/**
 * Where a sentence tells a change of ours to how we work, for every case: "We've also made
 * real-ear measurement a required step at every first fitting", "We're adding an overnight test
 * mode to every new installation", "We no longer book events within three hours of each other".
 * The span, or null. Not a gift to the customer ("We've added a free month to every plan"), nor
 * the customer's own case ("we've changed your plan for all future bills").
 */
export function ourChangeForEveryCase(tokens: readonly Token[]): { from: number; to: number } | null {
  for (let i = 0; i < tokens.length - 2; i++) {
    const w = tokens[i]!.norm;
    if (w !== 'we' && w !== 'i') continue;
    let j = i + 1;
    while (j < tokens.length && (BETWEEN.has(tokens[j]!.norm) || /^(have|are|am|since)$/.test(tokens[j]!.norm))) j++;
    const verb = tokens[j]?.norm ?? '';
    // "We no longer book events within three hours of each other."
    if (verb === 'no' && tokens[j + 1]?.norm === 'longer' && tokens[j + 2]?.kind === 'word') return { from: i, to: j + 3 };
    if (!CHANGE_MADE.has(verb) || inCondition(tokens, i)) continue;
    for (let k = j + 1; k < Math.min(tokens.length, j + 16); k++) {
      const x = tokens[k]!;
      if (x.kind !== 'word') {
        if (/^[;.!?]$/.test(x.norm)) break;
        continue;
      }
      if (GIFT.has(x.norm)) break;
      if (EVERY_CASE.has(x.norm)) return { from: i, to: k + 1 };
    }
  }
  return null;
}

/**
 * Where the writer commits to a next step of their own: "I'll come to the flat", "we are going
 * to call", "we've booked you in". The index of "I" or "we", or -1. Not "we won't".
 */
export function commitmentAt(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length - 1; i++) {
    const subject = tokens[i]!.norm;
    // "Our delivery team will bring a replacement door on Tuesday": our people are us.
    if (subject === 'our' && OUR_PEOPLE.has(tokens[i + 1]?.norm ?? '') && tokens[i + 2]?.norm === 'will') return i;
    if (subject === 'our' && OUR_PEOPLE.has(tokens[i + 2]?.norm ?? '') && tokens[i + 3]?.norm === 'will') return i;
    if (subject !== 'i' && subject !== 'we') continue;
    let j = i + 1;
    while (j < tokens.length && BETWEEN.has(tokens[j]!.norm)) j++;
    const verb = tokens[j]?.norm;
    const next = tokens[j + 1]?.norm;
    if (verb === 'will' && next !== 'not' && next !== 'never' && !(next === 'be' && AWAY.test(wordsOf(tokens, j + 2, 2)))) return i;
    if ((verb === 'am' || verb === 'are') && next === 'going' && tokens[j + 2]?.norm === 'to' && tokens[j + 3]?.norm !== 'miss') return i;
    // "We're sending replacements on Thursday's van", "I can add them to a delivery tomorrow".
    if ((verb === 'am' || verb === 'are') && UNDER_WAY.has(next ?? '')) return i;
    if (verb === 'can' && CAN_OFFER.has(next ?? '')) return i;
    let k = verb === 'have' ? j + 1 : j;
    while (k < tokens.length && BETWEEN.has(tokens[k]!.norm)) k++;
    // "We've booked you in", "we have booked a make-up lesson for Oskar".
    // "I've rebooked the installation for Wednesday", "I've reserved Tuesday at 10am": a new slot
    // (not "we booked the wrong date": the caller needs a time after it).
    const booked = tokens[k]?.norm ?? '';
    if (BOOKED.has(booked) && (/^(you|a|an|your)$/.test(tokens[k + 1]?.norm ?? '') || REBOOKED.has(booked))) return i;
  }
  return -1;
}

/** What a sentence says of the service: a check or a limit, a rule for every case, a feature, a report of the past. */
interface ServiceWords {
  control: boolean;
  general: boolean;
  feature: boolean;
  past: boolean;
}

function serviceWords(tokens: readonly Token[]): ServiceWords {
  const found = { control: false, general: false, feature: false, past: false };
  for (let i = 0; i < tokens.length && !found.control; i++) {
    const w = tokens[i]!.norm;
    if (isControl(w)) found.control = true;
    else if (GENERAL.has(w)) found.general = true;
    // "no van goes out with two jobs": a rule for every case, told as none (not "no problem").
    else if ((w === 'no' || w === 'nobody') && i + 1 < tokens.length && !NO_SUBJECT.has(tokens[i + 1]!.norm)) found.general = true;
    else if (FEATURE.has(w)) found.feature = true;
    else if ((w === 'been' || w === 'was' || w === 'were') && i > 0) found.past = true;
  }
  return found;
}

/**
 * News about the service, not a safeguard: a feature ("every order now ships free over £50",
 * "orders now arrive in green boxes") or a report of the past ("since Monday, every message has
 * been answered within an hour"). A sentence that also names a check or a limit is a safeguard.
 */
function serviceNews(tokens: readonly Token[]): boolean {
  const w = serviceWords(tokens);
  return !w.control && (w.feature || w.past);
}

/**
 * Whether a sentence names a safeguard: a check or a limit ("signs off", "cannot be confirmed",
 * "a test ride"), or a rule for every case done by itself ("prints straight from the order book",
 * "every booking goes into the same calendar") that is no service feature ("every order ships free").
 */
export function safeguardIn(tokens: readonly Token[]): boolean {
  const w = serviceWords(tokens);
  return w.control || (w.general && !w.feature);
}

/** A word of a check or a limit, or its -ed or -s form ("signed", "checks"). */
function isControl(w: string): boolean {
  return CONTROL.has(w) || (w.endsWith('ed') && CONTROL.has(w.slice(0, -2))) || (w.endsWith('s') && CONTROL.has(w.slice(0, -1)));
}

/**
 * A rule for every case, in force: "From today every scooter gets a test ride", "no car leaves a
 * ramp until a second technician has re-torqued every wheel", "each part now gets a printed tag".
 * A subject of every case at a clause start, and a word that puts it in force, in one clause; not
 * about the customer ("every item before it ships to you") and not "right now" or "for now".
 */
export function everyCaseAt(tokens: readonly Token[]): { from: number; to: number } | null {
  let subjects = false;
  for (const t of tokens) {
    if (t.norm === 'you' || t.norm === 'your') return null;
    if (EVERY.has(t.norm)) subjects = true;
  }
  if (!subjects || serviceNews(tokens)) return null;
  // One pass from the end: for each token, the next word that puts a rule in force before the
  // clause ends (-1 when none), so each subject is answered without scanning its clause again.
  const next = new Int32Array(tokens.length + 1).fill(-1);
  for (let j = tokens.length - 1; j >= 0; j--) {
    const t = tokens[j]!;
    next[j] = t.kind === 'punct' && /^[;.!?]$/.test(t.norm) ? -1 : inForceAt(tokens, j) ? j : next[j + 1]!;
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    const word = tokens[i]!.norm;
    if (!EVERY.has(word) || ((word === 'no' || word === 'any') && NO_SUBJECT.has(tokens[i + 1]!.norm))) continue;
    // At a clause start: the sentence's start, after punctuation, a conjunction or a time phrase.
    const prev = tokens[i - 1];
    if (
      prev &&
      prev.kind === 'word' &&
      !CLAUSE_WORDS.has(prev.norm) &&
      !/^(on|for|today|week|month|term|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(prev.norm)
    )
      continue;
    // "From today every scooter …": the word may also come just before the subject.
    for (let j = Math.max(0, i - 4); j < i; j++) if (inForceAt(tokens, j)) return { from: j, to: i + 1 };
    const j = next[i + 1]!;
    if (j >= 0) return { from: i, to: j + 1 };
  }
  return null;
}

/** Is token `j` a word that puts a rule in force ("now", but not "right now" or "for now"; "no longer"; "any more"; "from today")? */
function inForceAt(tokens: readonly Token[], j: number): boolean {
  const w = tokens[j]!.norm;
  if (!IN_FORCE.has(w)) return false;
  const before = tokens[j - 1]?.norm;
  if (w === 'now') return before !== 'right' && before !== 'for' && tokens[j + 1]?.norm !== 'that';
  if (w === 'longer') return before === 'no';
  if (w === 'more') return before === 'any';
  if (w === 'today') return before === 'from' || before === 'of';
  return true;
}
