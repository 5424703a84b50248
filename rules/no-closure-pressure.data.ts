/** Presumptive closure: asking for forgiveness or declaring the matter closed (RULES.md A8). */
export const patterns = [
  '(i|we) (have)? (already)? (said|told you) (that)? (i am|we are|i was|we were) <INTENS>? sorry',
  '(i|we) (have)? already apologized',
  '(i|we) (have)? apologized (already|several times|many times|more than once|twice|repeatedly|multiple times)',
  '(i|we) (do)? (hope|trust) (that)? you (can|will|would|could)? (understand|forgive|appreciate|accept)',
  '(i|we) (would|do)? (ask|appreciate) (for)? your forgiveness',
  // "We appreciate your patience and understanding" is no-hollow-reassurance's.
  '(i|we) (would|do)? (kindly|respectfully|humbly)? (ask|request) (for)? your (continued)? patience and understanding',
  '(i|we) (would)? (kindly|respectfully)? ask (for)? your understanding',
  // "trust" presumes the outcome; a friendly "I hope this answers your question" does not.
  '(i|we) (trust|believe) (that)? (this|that|the above|our reply|our response|my reply|my response) (resolves|has resolved|will resolve|settles|has settled|will settle|closes|concludes|puts an end to|answers|has answered|addresses|clears up)',
  '(i|we) (trust|believe) (that)? (this|that|the above) (is|was|will be) (satisfactory|acceptable|sufficient|to your satisfaction|the end of)',
  '((i|we) hope|hopefully) (that)? (this|that) (resolves|settles|closes|concludes|puts an end to|brings) (the|this) matter',
  '(i|we) (will|shall)? (now)? consider (this|the|that) (matter|issue|case|complaint|conversation|ticket) (to be|as)? (closed|resolved|settled|concluded|finished|final)',
  '(this|the) (matter|complaint) is (now)? (closed|concluded|settled|finished)',
  // "after that, please consider this resolved".
  '(please|kindly) (now)? consider (this|the|that) (matter|issue|case|complaint)? (to be|as)? (closed|resolved|settled|concluded|finished)',
  '(hope|hopefully) (this|that) (clears|cleared|will clear) (things|this|that|it|everything|matters) up',
  'what (more|else) (do|can|could) you (want|expect|ask)',
  'what more (can|could|do you want) (we|i) (do|say)?',
  '(can|could|shall) we (just)? (move on|put (this|it|that) behind us|forget (about)? (this|it|that)|draw a line under)',
  '(i|we) hope (that)? we (can|could) (just)? (move on|put (this|it|that) behind us|forget (about)? (this|it|that)|draw a line under)',
  'let us (just)? (move on|put (this|it|that) behind us|forget (about)? (this|it|that)|draw a line under)',
  // Closing the complaint for the customer: "so I can close this complaint off today", "we would
  // ask you to withdraw your complaint". Not "so I can close the ticket", a routine step.
  '(so|so that) (i|we) (can|could|may) (close|mark) (this|the|your|that) (complaint|matter) (off|as (closed|resolved))?',
  '(ask|asking|request|requesting|need|like) you to (withdraw|drop|retract|remove|delete|take down|edit) (your|the|this) _? _? (complaint|review|dispute|chargeback)',
  '(please|kindly) (withdraw|drop|retract|remove|delete|take down) (your|the|this) _? _? (complaint|review|dispute|chargeback)',
  // "Would you mind taking your review down" (or "taking down your review"), "we'd ask that you update your one-star review".
  '(would|do) you mind (taking|removing|deleting|withdrawing|editing|updating|amending|changing) (down)? (your|the|this) _? _? (review|complaint|rating|post|comment)',
  '(taking|take) (your|the|this) _? _? (review|post|comment|rating) down',
  // "would you mind having another look at the review you left on Google?"
  '(would|do) you mind (having|taking) (another|a second|a fresh|a new) look at (your|the|this) _? _? (review|rating|post|comment)',
  // "I'd be grateful if you'd consider revisiting your Tripadvisor review".
  '(appreciate|grateful|happy|pleased) (it)? if you (could|would|might) (consider|think about) (revisiting|updating|amending|editing|changing|removing|taking down|deleting|withdrawing) (your|the|this) _? _? (review|rating|post|comment)',
  '(would|could) you (consider|think about) (revisiting|updating|amending|editing|changing|removing|taking down|deleting|withdrawing) (your|the|this) _? _? (review|rating|post|comment)',
  // "I'd be really grateful if you could edit or take down the review you left".
  '(appreciate|grateful) (it)? if you (could|would) (take down|remove|delete|withdraw|update|amend|edit) ((or|and) (take down|remove|delete|withdraw|update|amend|edit))? (your|the|this) _? _? (review|complaint|rating)',
  // "Could you please reply today to confirm I can close this complaint?"
  '(confirm|agree|let me know) (that)? (i|we) (can|may) (close|withdraw) (this|the|your) (complaint|matter)',
  // "reply today confirming you're happy for us to close the complaint".
  '(happy|okay|ok|content) for (us|me) to close (the|this|your) (complaint|matter)',
  '(ask|request) that you (update|amend|edit|change|withdraw|remove|delete|take down) (your|the|this) _? _? (review|complaint|rating)',
  // Any request to change the review, however it is put: "it would mean a lot to us if you could
  // take down the one-star rating you left", "could you possibly revise your review".
  '(if|whether) you (could|would|might|can|could possibly|would consider) (please)? (take down|remove|delete|withdraw|edit|update|amend|change|revise|revisit|reconsider|rethink|look again at|take another look at|have another look at|take a second look at|have a second look at|take a fresh look at) (your|the|that|this) _? _? _? (review|rating|reviews|ratings)',
  '(could|would|can) you (please|possibly|perhaps)? (take down|remove|delete|withdraw|edit|update|amend|change|revise|revisit|reconsider|rethink|look again at|take another look at|have another look at|take a second look at|have a second look at|take a fresh look at) (your|the|that|this) _? _? _? (review|rating|reviews|ratings)',
  // "so that we can treat the complaint as closed", "confirm by end of day that this resolves everything".
  '(treat|mark|log|record) (the|this|your) (complaint|matter) as (closed|resolved|settled)',
  '(please)? confirm (by|before) _ _? _? (that)? (this|it|that) (resolves|settles|fixes) (everything|the matter|the issue|your complaint|things)',
  '(please|kindly)? do not hold (this|it|that) against (us|me)',
  'no hard feelings',
];

/** "I hope you can understand the new report now": understanding a how-to, not our position. */
export const HOWTO_TAIL =
  /^(?:(?:how|what|where|which) \w+|the (?:new |\w+ )?(?:steps|instructions|settings|features?|report|layout|dashboard|guide|options|menu|screen))\b|\bbetter\b/;
