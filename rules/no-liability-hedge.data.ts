/** Disclaimers of fault or liability that undercut an apology (RULES.md B10). */

const BLAME = '(liability|liable|fault|responsibility|responsible|accountable|blame|guilt|wrongdoing|negligence)';
const NOUN = '(liability|fault|responsibility|blame|guilt|wrongdoing|negligence)';
const WHILE = '(although|though|while|whilst|even though|even if|despite the fact that|albeit)';
const US = '(we|i|this company|the company|our company)';
/** Without "I": "I'm not responsible for billing" states a role, not a disclaimer. */
const WE = '(we|this company|the company|our company)';

/** Introductory clauses and sentences that deny or reserve fault; `expected` drops them. */
export const patterns = [
  'without prejudice',
  `without (admitting|accepting|acknowledging|conceding|any admission of|admission of|an admission of) (any|our|legal)? ${NOUN}`,
  `${WHILE} ${US} (are|am|is|were|was) not (legally)? (responsible|liable|accountable|at fault|to blame)`,
  `${WHILE} ${US} (can not|could not|will not|shall not) be held (legally)? (responsible|liable|accountable)`,
  `${WHILE} (this|it|that|the _|the _ _) (is|was) not (our|my) (fault|responsibility|doing|error|mistake)`,
  `(this|it|that) (is|was) not (our|my) (fault|responsibility|doing)`,
  `${WE} (are|is|were|was) not (legally)? (responsible|liable|accountable) for`,
  `${WE} (are|is|were|was) not (legally)? (liable|at fault|to blame)`,
  'through no fault of (our|my) own',
  `(does|do|should|will|shall) not (imply|mean|indicate) (any)? (liability|fault|responsibility) (on our part)?`,
  `${US} (can not|could not|will not|shall not) be held (legally)? (responsible|liable|accountable)`,
  `${US} (accept|accepts|take|takes|assume|assumes|admit|admits) no ${NOUN}`,
  `${US} (do|does|will|can) not (accept|take|assume|admit) (any)? ${NOUN}`,
  `(this|that|it|which|this _|the _|our _)? (does|do|should|will|shall) not (constitute|be (seen|taken|construed|read) as|amount to|imply) (an|any)? (admission|acceptance|acknowledgement|acknowledgment) (of)? ${BLAME}?`,
  `(this|that|it|which|this _|the _|our _)? (is|are) not an (admission|acceptance) (of)? ${BLAME}?`,
  `(no|not an|not any) (admission|acceptance) of ${NOUN}`,
  `(as|is|purely as|solely as) (a|an) (gesture of goodwill|goodwill gesture) only`,
  '(as|is) (a|an) goodwill (payment|credit|gesture)? only',
  '(as|is) (a|an) (one-time)? courtesy only',
  '(purely|solely|strictly) (as|on) (a|an) (gesture of goodwill|goodwill gesture|goodwill basis)',
] as const;
