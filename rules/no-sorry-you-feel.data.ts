/** Apologies for the customer's feelings or perception instead of our act (RULES.md A2, §0.22). */
const HEAD = '(sorry|apologies|apologize~|regret~)';
/** "sorry (to hear)? (that|if)? you …": the apology's object is the customer's perception. */
const LEAD = `${HEAD} (to (hear|learn|see))? (that|if)? you`;

/** Perception verbs and their common objects ("that way", "as criticism"). */
const PERCEIVE = [
  '(feel|felt|feel~)',
  // "We're sorry you came away feeling that our reception team didn't take your concerns seriously."
  '(came away|went away|walked away|left|were left|have been left|ended up|have come away) feeling',
  // "I'm sorry you've come away with that view of your appointment".
  '(came|have come|went|walked) away with (that|this|the|a) (view|impression|feeling|sense)',
  // "I'm sorry you came away disappointed with your afternoon at the spa".
  '(came|have come|went|walked|left) away? (disappointed|unhappy|upset|frustrated|dissatisfied|annoyed)',
  '(think|thought|believe|believed|perceive~)',
  '(see|saw|view|viewed|read) (it|this|that|things|my _|our _)? (that way|this way|differently|like that|as)',
  '(took|take|have taken) ... (that way|this way|the wrong way|personally|badly|offence|offense|as)',
  '(misunderstood|misread|misinterpreted|misconstrued)',
  '(did not|do not) (like|enjoy|love|care for|agree with)',
  '(are|were|feel|felt) (offended|insulted)',
  '(are|were|feel|felt) (upset|disappointed|annoyed|hurt) (by|with|at) (my|our|the) (tone|reply|response|message|email|wording|comment~|answer)',
  // "I'm sorry you were upset by this.": the feeling, with nothing of ours named.
  '(are|were|feel|felt|got) (so|very)? (upset|offended) (by|about|at|over) (this|that|it|what happened|what (i|we) said) $',
  '(are|were|got) (so|very)? (upset|offended) $',
  '(are|were) (not|never)? (under the impression|of the impression|of the opinion)',
  '(are|were) (not (happy|satisfied|pleased)|unhappy|dissatisfied) with',
  'got the (wrong)? impression',
];

export const patterns = [
  ...PERCEIVE.map((p) => `${LEAD} ${p}`),
  `${HEAD} (for|about) (any|the) (misunderstanding|confusion|misreading) on your (part|end|side)`,
  `${HEAD} (if|that)? (that is|this is|that was) how you (feel|felt|see it|saw it|took it|read it)`,
  `${HEAD} (for|about) your (frustration|disappointment|upset|feelings|perception|confusion|misunderstanding)`,
  // "I'm sorry the cake wasn't quite what you'd hoped for": the customer's hopes, not our failure.
  `${HEAD} (that)? (the|your|it|this|our) _? _? (was not|were not|is not|are not) (quite)? (what you (had|would have)? (hoped|expected|wanted|imagined|pictured|had in mind)|up to your (expectations|standards))`,
];

/** "sorry you feel unwell": sympathy for how the customer is, not a perception of our act. */
export const SYMPATHY_TAIL = /^(?:unwell|ill|sick|poorly|under the weather|better)\b/;
