/**
 * Sentence roles read from structure rather than from phrase lists: a sentence that tells past
 * events (an account of what happened), a rule now in force for a kind of case or for every case
 * (prevention), and a next step the writer commits to (follow-up). The component analysis
 * (src/components.ts) asks these after its phrase lists, so a writer's own wording of a component
 * is found even when no list has it. Each reads one sentence's tokens in one pass.
 */
import { CLAUSE_PUNCT, CLAUSE_WORDS, clauseBefore } from './clause.js';
import type { Token } from './tokens.js';
import { hasDigit } from './tokens.js';

/** Words that end a bare plural subject's clause on the left ("…, and orders now go …"). */
const SUBJECT_LEAD = new Set(['and', 'so', 'that', 'which', 'but', 'now']);
/** Words before a plural that make it particular: "the refunds", "your orders", "both parcels". */
const PARTICULAR = new Set([
  'the',
  'your',
  'this',
  'these',
  'those',
  'my',
  'his',
  'her',
  'their',
  'its',
  'both',
  'that',
  'a',
  'an',
  'some',
  'any',
  'our',
  'you',
  'they',
  'it',
  'we',
  'i',
]);
/** Words in -s that are not plural nouns, or plurals of time and talk ("three days now"). */
const NOT_PLURAL = new Set([
  'this',
  'is',
  'was',
  'has',
  'does',
  'us',
  'its',
  'yes',
  'plus',
  'across',
  'always',
  'thus',
  'perhaps',
  'unless',
  'less',
  'as',
  'hers',
  'ours',
  'yours',
  'theirs',
  'his',
  'whereas',
  'sometimes',
  'afterwards',
  'towards',
  'besides',
  'days',
  'hours',
  'weeks',
  'minutes',
  'months',
  'years',
  'times',
  'things',
  'thanks',
  'details',
  'news',
  'series',
  'basis',
  'goes',
  'comes',
  'works',
  'looks',
  'seems',
  'shows',
  'says',
  'means',
]);
/** Words after "now" that are no verb of a rule: "orders now ready", "items now in stock". */
const NOT_A_RULE = new Set([
  'in',
  'on',
  'at',
  'available',
  'ready',
  'open',
  'closed',
  'live',
  'back',
  'the',
  'a',
  'an',
  'and',
  'or',
  'with',
  'for',
  'that',
  'more',
  'less',
  'here',
  'there',
  'too',
  'is',
  'are',
  'be',
  'being',
  'been',
]);

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
    if (head.kind !== 'word' || verb.kind !== 'word' || NOT_A_RULE.has(verb.norm) || NOT_PLURAL.has(head.norm)) continue;
    if (!/^[a-z-]{2,}[^s']s$/.test(head.norm)) continue;
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
  if (!subject.some((w) => /^[a-z-]{2,}[^s']s$/.test(w) && !NOT_PLURAL.has(w))) return null;
  return { from: now - 1 - subject.length, to: v + 1 };
}

/** Simple-past forms that are not made with -ed (present-looking ones, like "put", only after a subject pronoun). */
const PAST_FORMS = new Set([
  'went',
  'got',
  'had',
  'was',
  'were',
  'did',
  'made',
  'took',
  'came',
  'left',
  'sent',
  'lost',
  'forgot',
  'saw',
  'found',
  'thought',
  'told',
  'said',
  'gave',
  'kept',
  'broke',
  'fell',
  'ran',
  'brought',
  'bought',
  'caught',
  'meant',
  'held',
  'stood',
  'wore',
  'worn',
  'wrote',
  'drove',
  'rode',
  'threw',
  'knew',
  'began',
  'became',
  'chose',
  'spoke',
  'tore',
  'hung',
  'sold',
  'paid',
  'built',
  'spent',
  'sat',
  'slept',
  'stuck',
  'struck',
  'led',
  'mistook',
  'understood',
  'overslept',
  'misread',
  'misheard',
  'slipped',
  'grabbed',
  'dropped',
  'skipped',
  'stopped',
  'planned',
  'tripped',
  'swapped',
]);
const PRESENT_LOOKING_PAST = new Set(['put', 'set', 'let', 'cut', 'read', 'hit', 'shut']);
const SUBJECT_PRONOUN = new Set(['i', 'we', 'he', 'she', 'they', 'it']);
/** Words before a verb form that make it no simple past: a determiner ("the signed proof"), or an auxiliary of the present, perfect or future ("is checked", "have sent", "will be fixed"). */
const NOT_PAST_BEFORE = new Set([
  'the',
  'a',
  'an',
  'your',
  'our',
  'my',
  'this',
  'that',
  'these',
  'those',
  'every',
  'each',
  'its',
  'their',
  'his',
  'her',
  'any',
  'some',
  'no',
  'have',
  'has',
  'having',
  'is',
  'are',
  'am',
  'be',
  'been',
  'being',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'to',
  'do',
  'does',
  'get',
  'gets',
  'getting',
  'not',
  'fully',
  'newly',
  'well',
  'already',
  'now',
  'also',
  'just',
  // An adjective: "so worried", "three missed deliveries", "as promised"; an indirect question: "what happened".
  'so',
  'very',
  'really',
  'too',
  'quite',
  'extremely',
  'more',
  'most',
  'less',
  'as',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'many',
  'few',
  'what',
  'how',
  'why',
  'whatever',
]);
/** Verbs of wanting before "to": "I wanted to let you know" is politeness, not an event. */
const WANTING = new Set(['wanted', 'hoped', 'wished', 'needed', 'meant', 'tried']);
/** Words that open a clause that is no event: "make sure it didn't get lost", "see whether it arrived". */
const NOT_TOLD = new Set(['sure', 'ensure', 'whether', 'if', 'unless', 'hope', 'hoping', 'check', 'checking']);
/** Auxiliaries of the present, perfect and future: a verb after them is no past event. */
const NOT_PAST_AUX = new Set(['have', 'has', 'having', 'is', 'are', 'am', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'do', 'does']);
/** Words after which a verb has no subject of its own: "… and refunded the fee". */
const SHARED_SUBJECT = new Set(['and', 'or', 'then']);
/** -ed words that are no verbs. */
const NOT_A_PAST = new Set([
  'need',
  'feed',
  'seed',
  'speed',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'breed',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'embed',
  'shred',
]);
/** Words that start a new clause, after which another past verb is another event. */
const NEXT_CLAUSE = new Set([
  'and',
  'but',
  'so',
  'because',
  'when',
  'while',
  'which',
  'then',
  'after',
  'before',
  'until',
  'as',
  'since',
  'that',
  'who',
  'where',
  'once',
]);

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

/** Adverbs between a subject and its verb: "I'll personally call", "we've also booked". */
const BETWEEN = new Set(['personally', 'also', 'then', 'still', 'now', 'already', 'just']);
/** Our people who can take a next step for us. */
const OUR_PEOPLE = new Set([
  'surveyor',
  'planner',
  'planners',
  'mechanic',
  'plumber',
  'electrician',
  'tuner',
  'nurse',
  'team',
  'driver',
  'drivers',
  'engineer',
  'technician',
  'crew',
  'fitter',
  'fitters',
  'installer',
  'manager',
  'courier',
  'staff',
  'specialist',
  'advisor',
  'adviser',
  'agent',
]);
/** After "we will be": a state or an absence, not a step ("closed on Monday", "on holiday from Friday", "out of the office"). */
const AWAY = /^(closed|open|shut|away|off|unavailable|out|busy|on (holiday|leave|vacation|annual))\b/;

/** `n` words from token `at`, joined by spaces. */
function wordsOf(tokens: readonly Token[], at: number, n: number): string {
  return tokens
    .slice(at, at + n)
    .map((t) => t.norm)
    .join(' ');
}

/** Verbs of a next step already booked for the customer: "we've booked you in for Monday". */
const BOOKED = new Set(['booked', 'rebooked', 'scheduled', 'rescheduled', 'arranged', 'reserved', 'matched', 'pencilled', 'penciled']);

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
    let k = verb === 'have' ? j + 1 : j;
    while (k < tokens.length && BETWEEN.has(tokens[k]!.norm)) k++;
    // "We've booked you in", "we have booked a make-up lesson for Oskar".
    if (BOOKED.has(tokens[k]?.norm ?? '') && /^(you|a|an|your)$/.test(tokens[k + 1]?.norm ?? '')) return i;
  }
  return -1;
}

/**
 * News about the service, not a safeguard: a feature ("every order now ships free over £50",
 * "orders now arrive in green boxes") or a report of the past ("since Monday, every message has
 * been answered within an hour"). A sentence that also names a check or a limit is a safeguard.
 */
function serviceNews(tokens: readonly Token[]): boolean {
  let news = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (isControl(w)) return false;
    if (FEATURE.has(w) || ((w === 'been' || w === 'was' || w === 'were') && i > 0)) news = true;
  }
  return news;
}
/**
 * Whether a sentence names a safeguard: a check or a limit ("signs off", "cannot be confirmed",
 * "a test ride"), or a rule for every case done by itself ("prints straight from the order book",
 * "every booking goes into the same calendar") that is no service feature ("every order ships free").
 */
export function safeguardIn(tokens: readonly Token[]): boolean {
  let general = false;
  let feature = false;
  for (const t of tokens) {
    const w = t.norm;
    if (isControl(w)) return true;
    if (GENERAL.has(w)) general = true;
    if (FEATURE.has(w)) feature = true;
  }
  return general && !feature;
}
/** A word of a check or a limit, or its -ed or -s form ("signed", "checks"). */
function isControl(w: string): boolean {
  return CONTROL.has(w) || (w.endsWith('ed') && CONTROL.has(w.slice(0, -2))) || (w.endsWith('s') && CONTROL.has(w.slice(0, -1)));
}

/** Words of a rule that runs by itself or for every case. */
const GENERAL = new Set(['every', 'each', 'automatically', 'straight', 'always']);

/** Verbs of service features: what a customer gets, not what stops a mistake. */
const FEATURE = new Set([
  'free',
  'cheaper',
  'discount',
  'discounted',
  'price',
  'prices',
  'ship',
  'ships',
  'arrive',
  'arrives',
  'cost',
  'costs',
  'take',
  'takes',
  'come',
  'comes',
  'include',
  'includes',
  'qualify',
  'qualifies',
  'earn',
  'earns',
]);
/** Words of a check or a limit. */
const CONTROL = new Set([
  'check',
  'checking',
  'confirm',
  'verify',
  'verified',
  'sign',
  'signed',
  'scan',
  'test',
  'review',
  'match',
  'inspect',
  'approve',
  'require',
  'must',
  'cannot',
  'until',
  'before',
  'second',
  'double',
  'alert',
  'flag',
  'block',
  'label',
  'tag',
  'count',
  'photograph',
  'only',
  'never',
  'longer',
]);

/** Words that make a subject every case: "every scooter", "each part", "no car", "nobody". */
const EVERY = new Set(['every', 'each', 'nobody', 'no', 'any']);
/** Words after "no" or "any" that make no subject of it: "no problem", "no longer", "no charge". */
const NO_SUBJECT = new Set([
  'longer',
  'problem',
  'problems',
  'worries',
  'charge',
  'cost',
  'extra',
  'need',
  'one',
  'more',
  'way',
  'idea',
  'matter',
  'doubt',
  'reply',
  'response',
  'answer',
  'time',
  'questions',
  'question',
  'issues',
  'issue',
  'concerns',
  'help',
  'further',
  'other',
]);
/** Words that put a statement about every case in force: "now", "until", "any more", "from today", "since Monday". */
const IN_FORCE = new Set(['now', 'until', 'anymore', 'more', 'longer', 'since', 'today', 'always', 'before']);

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
