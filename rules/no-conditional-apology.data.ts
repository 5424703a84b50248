/** Conditional apologies (RULES.md A1). */
const HEAD = '(sorry|apologies|apology|apologize~|regret~)';

export const patterns = [
  `${HEAD} if`,
  `^ if (we|i|this|that|it|our _) * ...? , ...? (i am|we are|i was|we were)? <INTENS>? (sorry|apologies|apologize~|regret~)`,
  `^ if (that is|this is) (the case|so) , (sorry|apologies)`,
  // "If the late delivery of your washing machine caused you any trouble, we're sorry."
  // Only harm as the condition, and only an apology after it: not "If the rail strike affected
  // your trip, we're sorry to hear that" (sympathy), nor "caused you no further problems".
  `^ if ... ... ... (caused|gave) (you)? (any|some)? (trouble|inconvenience|problems|issues|stress|upset|frustration|disruption|difficulty|difficulties|distress|harm) ((with|to|for|at) (your|the|home|work) _? _?)? , then? ((i am|we are|i was|we were|i|we) (do)?|please accept (our|my))? <INTENS>? ${HEAD}`,
  // "If the service you got from us on Monday wasn't up to scratch, then we apologise."
  `^ if * ... ... (was|were|is|has been) not (up to (scratch|standard|par)|good enough|acceptable|satisfactory|what you expected) , then? ((i am|we are|i was|we were|i|we) (do)?|please accept (our|my))? <INTENS>? ${HEAD}`,
  `^ if ... ... ... (inconvenienced|upset|disrupted|troubled|hurt|offended) (you|her|him|them|your _) , then? ((i am|we are|i was|we were|i|we) (do)?|please accept (our|my))? <INTENS>? ${HEAD}`,
  // "If the finish has come back darker than you were expecting, then I'm sorry for that."
  `^ if * ... than (you|we) (expected|were expecting|had expected|hoped|had hoped|were hoping|wanted|imagined|pictured|had in mind) , then? ((i am|we are|i was|we were|i|we) (do)?|please accept (our|my))? <INTENS>? ${HEAD}`,
  // Any condition with the apology as its main clause and its only object: "If the lettering on
  // your forearm has left you feeling let down in any way, then I apologise." Not "If the new
  // router caused you no further problems, sorry for the extra email", nor a condition about
  // the writer's own words, "If I've misunderstood your question, I apologise" (META_COMMENT).
  `^ if * ... ... ... ... , then? ((i am|we are|i was|we were|i|we) (do)?|please accept (our|my))? <INTENS>? ${HEAD} ((for|about) (that|this|it))? $`,
  `(may|might|could) have (caused|created|resulted in|led to)`,
  // "We regret any difficulties you may have experienced".
  '(you|they) (may|might) have (experienced|had|faced|encountered|suffered)',
  // "To the extent that the turkey you collected fell short of what you needed, we apologise",
  // "To whatever degree the dust bothered you, I apologise", "insofar as…".
  `to the extent (that)? _`,
  `to (whatever|what|any|some|a certain) (degree|extent)`,
  `(insofar|inasmuch) as`,
  `in so far as`,
  // "Should the missing recording have set your team back in any way, please accept our apology."
  `^ should * ... ... ... ... , then? ((i am|we are|i was|we were|i|we) (do)?|please accept (our|my))? <INTENS>? ${HEAD} ((for|about) (that|this|it))? $`,
] as const;

/** Words after "if" that META_COMMENT can read: enough for its longest form. */
export const META_WORDS = 12;

/** Conditionals about the writer's own communication are fine (RULES.md §0.17). */
export const META_COMMENT =
  /^if (?:(?:i am|i have been|i was|we are) (?:repeating|going over|over-explaining|over-explain\w*|being|missing something|rambling|overthinking|stating the obvious)|(?:i|we) (?:have )?(?:missed|overlooked|misunderstood|misread) (?:anything|something|a question|any of your questions|your question|what you (?:meant|asked))\b|(?:i|we) (?:have )?(?:misunderstood|misread|misheard)\b)/;

/** `may have caused` counts only in a sentence that apologises. */
export const APOLOGY_WORD = /\b(?:sorry|apolog\w*|regret\w*)\b/;
