/** Prevention promises with no mechanism (RULES.md C7, the phrase-level `no-vague-prevention`). */

const FUTURE = '(will|shall|are going to|am going to|would like to|want to|aim to)';
const STRIVE =
  '(strive|endeavour|endeavor|do our best|do my best|do (everything|all) (we|i) can|try (our|my)? (best|hardest|hard)?|work (hard)?|take (steps|measures|action)|make every effort)';
const AIM = '(ensure|prevent|make sure|avoid|stop|improve)';

/** Promises that something will be prevented or improved, with nothing behind them. */
export const promises = [
  `(we|i) ${FUTURE} (also|always|now|continue to|always continue to)? ${STRIVE} to ${AIM}`,
  `(we|i) (are|am) (fully|firmly)? (committed|dedicated) to (improving|ensuring|preventing|making sure|doing better|learning)`,
  `lessons (will be|have been|are being|were) (learned|learnt)`,
  '(we|i) (will|are going to|am going to) (learn|take lessons) from (this|it|what happened)',
  '(we|i) (will|are going to|am going to|promise to|must) (also|really|truly|definitely)? (do|be) better',
  '(we|i) (will|are going to|am going to) (use|take) (this|your) (feedback|experience|comments) to (improve|do better|make sure|ensure|get better)',
  `(this|it|that) (will not|will never|shall not|shall never) happen again`,
  `(we|i) (will|are going to|am going to|promise to|will try to|will do our best to) (make sure|ensure) (that)? (this|it|that) (does not|will not|never|won't|doesn't) (happen|occur)~? again`,
  `(we|i) (will|are going to|am going to) (make sure|ensure) (that)? (this|it|that) (never|does not) (happens|happen|occurs|occur) again`,
  `(appropriate|the necessary|necessary) (steps|measures|action) (will be|have been|are being) taken`,
  // "we'll be far sharper about this sort of thing from here on", "We'll be keeping this very much in mind".
  '(we|i) (will|are going to|am going to) (be)? (far|much|a lot|a great deal|so much|even)? (sharper|more careful|more vigilant|more attentive|tighter|more thorough|more on top of things|on the ball) (about|with|on|at|from here|going forward|in future|from now on|$)',
  '(we|i) (will|are going to|am going to|will be|are|am) (keep|keeping|bear|bearing) (this|it|that|your (feedback|comments|experience|complaint)) (very much|firmly|well|fully)? in mind',
] as const;

const LOOK = '(good|close|hard|long|proper|careful|serious|fresh|thorough|real|full|closer|harder)';

/** Reviews announced without a result. */
export const reviews = [
  '(we|i) (are|am|will be|have been) (currently|also|now|urgently|carefully|internally)? (reviewing|looking into|looking at|examining|assessing|evaluating) our _? (processes|process|procedures|procedure|systems|policies|practices|workflows|@ph)',
  '(we|i) (will|are going to|am going to) (also|now|further|carefully|urgently|internally)? (review|look into|look at|examine|assess|evaluate) our _? (processes|process|procedures|procedure|systems|policies|practices|workflows|@ph)',
  // "We'll be taking a good look at how we keep passengers informed", "a long, hard look at how
  // we do things", "We'll be having a proper look at how we do things here".
  `(we|i|our _|our _ _) (are|am|is|will be|will|are going to be|am going to be|is going to be) (taking|take|having|have) a ${LOOK}? ,? (and)? ${LOOK}? look (at|into) (how|our|the way|the ways|what|where|everything)`,
] as const;

/** Every pattern. */
export const patterns = [...promises, ...reviews] as const;

/**
 * A concrete mechanism in the same or the next sentence makes the promise specific (RULES.md C7:
 * "To make sure this doesn't happen again, I've added a check…"). Tested on normalised words.
 */
export const MECHANISM = new RegExp(
  [
    // Not a remedy for the customer's own case: "I've added a free tray of croissants to Friday's
    // delivery", "we've moved your booking".
    '\\b(?:i|we) (?:have |had )?(?:now |already |just |since |also )?(?:changed|added|fixed|updated|flagged|reported|set up|trained|retrained|introduced|put in place|implemented|created|removed|replaced|switched|reconfigured|rewritten|rewrote|corrected|blocked|enabled|disabled|automated|adjusted|tightened|rebuilt|installed|moved|built)\\b(?! (?:you|your|a free|a complimentary|an extra|a bonus|a credit|a refund|a voucher|a discount|a gift)\\b)',
    '\\b(?:by|through) (?:adding|changing|updating|training|retraining|introducing|checking|switching|requiring|replacing|removing|automating|scanning)\\b',
    '\\b(?:a|an) (?:new|extra|additional|second|automatic|automated) (?:check|step|alert|safeguard|control|review step|verification|scan|test|warning|confirmation)\\b',
    '\\b(?:went|goes|is) live\\b',
  ].join('|'),
);
