/** Negative-framing openers (RULES.md B8, §0.12). */

/** Adverbs that frame what follows as bad news. */
export const ADVERBS = ['unfortunately', 'regrettably', 'sadly', 'unluckily', 'unhappily', 'alas'] as const;

/** The "I'm afraid" and "regret to inform" family, which open the same way. */
const HEDGES = [
  '(i|we) (am|are) (very|so)? afraid (that|not|so|to (say|tell you|report|inform you|advise you|confirm) (that)?)?',
  '(i|we) (very much)? regret (to (inform|tell|advise|say|report|announce) (you)? (that)?)',
  'it is with (great|deep)? regret that (i|we) (must)? (inform|tell|advise) (you)? (that)?',
  '(i|we) regret that (i|we) (are|am|were|was)? (unable|not able|can not|could not|will not|must)',
] as const;

/** The opener itself, for patterns anchored to the start of a sentence. */
const OPENER = `(${ADVERBS.join('|')}|${HEDGES.join('|')})`;

/**
 * What may come before an opener that still opens the sentence: a leading @handle or name
 * placeholder, a conjunction, or a greeting on the same line ("@handle Unfortunately…", "But
 * unfortunately…", "Hi Sam, unfortunately…").
 */
const LEAD = '(@ph (@ph)? ,?)? ((but|and|so|however|now|ok|okay) ,?|(hi|hello|hey|dear) (@ph|_)? ,)?';

/** Patterns at the start of a sentence (the default). */
export const openerPatterns = [`^ ${LEAD} ${OPENER}`] as const;

/** Patterns anywhere in a sentence (option `anywhere`). */
export const anywherePatterns = [OPENER] as const;

/** "afraid of …" and "afraid to go" are fear, not a hedge (the telling verbs are in the pattern). */
export const AFRAID_FEAR = /^(?:of|to)\b/;
