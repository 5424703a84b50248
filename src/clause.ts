/**
 * Left- and right-context helpers for phrase-rule guards. Many catalog traps turn on the words
 * around a match inside its clause: who the subject is ("I just refunded" vs "just clear your
 * cache"), whether it is negated ("not a minor delay"), or conditional ("if you forgot your
 * password"). These functions read that context from a sentence's tokens.
 */
import { META_COMMENT, META_WORDS } from '../rules/no-conditional-apology.data.js';
import type { Token } from './tokens.js';

/** Punctuation that ends a clause for these guards (sentence ends always do). */
export const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '-', '\u2013', '\u2014', '--', '"', '\u201c', '\u201d']);
/** Conjunctions that start a new clause. */
export const CLAUSE_WORDS = new Set(['and', 'but', 'so', 'then', 'or', 'because', 'while', 'although', 'though', 'however']);

function isWord(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'placeholder';
}

function endsSentence(t: Token): boolean {
  return (t.kind === 'punct' || t.kind === 'symbol') && /^[.!?\u2026]+$/.test(t.norm);
}

/**
 * Normalised words of the clause before token `from`, back to a clause boundary (at most `max`
 * words). With `conjunctions` false, only punctuation ends the clause, not "and", "or", "but"….
 */
export function clauseBefore(tokens: readonly Token[], from: number, max = Infinity, conjunctions = true): string[] {
  const out: string[] = [];
  for (let i = from - 1; i >= 0 && out.length < max; i--) {
    const t = tokens[i]!;
    if (!isWord(t)) {
      if (CLAUSE_PUNCT.has(t.norm) || endsSentence(t)) break;
      continue;
    }
    if (conjunctions && CLAUSE_WORDS.has(t.norm)) break;
    out.unshift(t.norm);
  }
  return out;
}

/** Up to `n` normalised words before token `from` in the sentence (punctuation skipped). */
export function wordsBefore(tokens: readonly Token[], from: number, n: number): string[] {
  const out: string[] = [];
  for (let i = from - 1; i >= 0 && out.length < n; i--) {
    const t = tokens[i]!;
    if (isWord(t)) out.unshift(t.norm);
  }
  return out;
}

/**
 * Up to `n` tokens after token `to` (exclusive end of a match), as normalised strings; words and
 * punctuation alike, so guards can see "No problem!" vs "no problem with".
 */
export function tokensAfter(tokens: readonly Token[], to: number, n: number): string[] {
  return tokens.slice(to, to + n).map((t) => t.norm);
}

/** Up to `n` normalised words after token `to` in the sentence (punctuation skipped). */
export function wordsAfter(tokens: readonly Token[], to: number, n: number): string[] {
  const out: string[] = [];
  for (let i = to; i < tokens.length && out.length < n; i++) {
    const t = tokens[i]!;
    if (isWord(t)) out.push(t.norm);
  }
  return out;
}

/** True when the token after the match ends the sentence or is clause punctuation (or there is none). */
export function endsClauseAt(tokens: readonly Token[], to: number): boolean {
  const t = tokens[to];
  return !t || (!isWord(t) && (CLAUSE_PUNCT.has(t.norm) || endsSentence(t) || t.norm === '!'));
}

/** Negators that flip a phrase's meaning when they come just before it. */
export const NEGATORS = new Set(['not', 'no', 'never', 'hardly', 'nothing', 'none', 'nor', 'neither', 'without']);

/** True when one of the `n` words before token `from` negates it ("not a minor delay", "isn't your fault"). */
export function negatedBefore(tokens: readonly Token[], from: number, n = 3): boolean {
  const before = wordsBefore(tokens, from, n);
  return before.some((w) => NEGATORS.has(w)) || /\b(anything but|far from)$/.test(before.join(' '));
}

/** How far back `inCondition` looks for "if", "unless" or "in case". */
const CONDITION_WORDS = 12;

/**
 * Whether token `from` is in a condition: its clause, up to it, has "if", "unless" or "in case"
 * ("can't be returned unless they arrive damaged", "if they haven't processed it by Monday").
 * The "if" of "sorry if you were inconvenienced by the late delivery" is the apology's own hedge
 * (no-conditional-apology's business): what follows it did happen.
 */
export function inCondition(tokens: readonly Token[], from: number): boolean {
  // Back to the clause's punctuation: "if your bag is lost or damaged" keeps "damaged" in the
  // condition. At most CONDITION_WORDS words, so a long sentence is not read again for each match.
  const clause = clauseBefore(tokens, from, CONDITION_WORDS, false);
  const at = clause.indexOf('if');
  // Nor is "as if" a condition: "it looks as if the courier lost it".
  if (at >= 0 && !/^(sorry|apologi[sz]e[sd]?|apologies|regret|as)$/.test(clause[at - 1] ?? '')) return true;
  return clause.includes('unless') || clause.some((w, i) => w === 'in' && clause[i + 1] === 'case');
}

/**
 * Whether the words just before token `from` deny it: "no problem", "no known issues", "without
 * any delay", "not a mistake", "it wasn't damaged", "this isn't an issue with your account",
 * "your account doesn't have a problem", "nothing is lost", "none of your data was lost". Not
 * "nothing but problems", nor "we did nothing to fix the problem".
 */
export function deniedAt(tokens: readonly Token[], from: number): boolean {
  const before = wordsBefore(tokens, from, 4);
  const n = before.length;
  const [one, two, three] = [before[n - 1], before[n - 2], before[n - 3]];
  const article = one === 'a' || one === 'an' || one === 'any';
  if (one === 'no' || one === 'without' || one === 'not' || one === 'never' || two === 'no' || two === 'without') return true;
  if ((two === 'not' && article) || (three === 'not' && two === 'have' && article)) return true;
  // "Nothing is missing", "none of your data was lost": the denial is the subject.
  if (one === 'but') return false;
  for (let k = 0; k < n - 1; k++) if ((before[k] === 'nothing' || before[k] === 'none') && DENYING_SUBJECT.has(before[k + 1]!)) return true;
  return one === 'nothing';
}

/**
 * Whether the failure named at token `from` happened: it is neither in a condition ("if your
 * parcel is lost") nor denied ("this isn't an issue with your account"). The gate, the component
 * analysis and `no-agentless-apology` read failures this one way.
 */
export function happenedAt(tokens: readonly Token[], from: number): boolean {
  return !inCondition(tokens, from) && !deniedAt(tokens, from);
}

/** Words after "nothing" or "none" that make it the subject of a denial ("nothing is lost", "none of it was"). */
const DENYING_SUBJECT = new Set(['is', 'was', 'has', 'had', 'of', 'got', 'went', 'are', 'were', 'will']);

/**
 * Whether token `at` is the "if" of a comment on the writer's own message ("sorry if I'm
 * repeating myself", "sorry if I've missed anything"): not a conditional apology, and not an
 * apology for a failure at all (RULES.md §0.17).
 */
export function metaCommentAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.norm === 'if' && META_COMMENT.test(tokensAfter(tokens, at, META_WORDS).join(' '));
}
