/** Agentless failure statements, the "past exonerative" (RULES.md A5, §0.11). */
const THINGS =
  '(order~|package~|parcel~|refund~|ticket~|request~|email~|e-mail~|message~|case~|claim~|return~|delivery|deliveries|shipment~|payment~|booking~|reservation~|item~|application~|reply|replies|query|queries|complaint~|callback~|appointment~|call~|account~|cancellation~|subscription~|exchange~|replacement~|invoice~|form~|repair~|service~|visit~|installation~|lesson~|collection~|fitting~|job~|bin~|prescription~|reading~|key~|licence~|license~|code~|card~)';
const FAILED =
  '(delayed|lost|mishandled|overlooked|missed|misplaced|mislaid|ignored|forgotten|mis-shipped|misrouted|mislabel*|mixed up|held up|not (handled|actioned|answered|processed|followed up|passed on|escalated) (correctly|properly|in time|on time|as (it|they) should (have been)?)?)';

export const patterns = [
  '(mistake~|error~) (were|was|have been|has been|got) made',
  '(a|an|the|some) (mistake|error|mix-up|mixup|oversight|miscommunication) (occurred|happened|took place)',
  '(a|an|some) (issue~|problem~|error~|mistake~|glitch~) (arose|has arisen|came up|cropped up)',
  `(your|the|this|that) (${THINGS}|_)? ${THINGS} (was|were|has been|have been|had been|got) (somehow|unfortunately)? ${FAILED}`,
  `(your|the|this|that) ${THINGS}? ${THINGS} (was|were|has been|have been|had been|got) (cancelled|canceled|closed|deleted|removed|charged|billed|refunded|sent|shipped|delivered|declined|rejected|returned) (by mistake|in error|by accident|accidentally|incorrectly|wrongly)`,
  `(your|the|this|that) (card|account|order|payment|subscription|invoice) (was|were|has been|have been|got) (charged|billed|debited) twice`,
  `(your|the|this|that) ${THINGS}? ${THINGS} (was|were|has been|have been|had been|got) (mistakenly|accidentally|wrongly|incorrectly|erroneously|inadvertently) _`,
  'something (went|has gone|had gone) (wrong|awry)',
  '(things|it|this|that|your _|something) (fell|slipped|has fallen|had fallen) through the (cracks|net)',
  '(it seems|it looks like|it appears|apparently|seemingly)? there (was|has been|were|had been) (a|an|some) (mix-up|mixup|mix up|miscommunication|oversight)',
  '(it seems|it looks like|it appears) there (was|has been|were|had been) (a|an|some) (mistake|error|glitch|issue|problem)',
  '(this|that|it) (was|were|has been) (not|never) (handled|dealt with|managed|actioned|followed up) (correctly|properly|well|right|in time|on time|as it should (have been)?)?',
  'the ball (was|has been|got) dropped',
  // "We regret the difficulties that arose with Ella's booking".
  '(the|any|these|those) (difficulties|difficulty|issues|problems|trouble|confusion) (that|which)? (arose|occurred|happened|came up|cropped up)',
  // "Your installation slot was removed from the schedule and the change was never passed on to you".
  '(your|the) _? (slot|booking|appointment|order|reservation|visit|place) (was|were|had been|got) (removed|taken|dropped|deleted) (from|off)',
  '(was|were) never (passed on|sent on|forwarded|communicated|relayed) (to you)?',
  // "Somewhere along the line, the wrong house number ended up on the job sheet".
  'somewhere along the (line|way) ,? (the|a|an|your|this|that|some|things|it|something)',
  '(the|a) wrong _ _? (ended up|wound up|found its way) (on|in|at|with|onto|into)',
  // "It appears the shipping labels were switched at some point".
  '(your|the|this|that|these|those) _? (label~|tag~|sticker~|address~|name~|size~|file~|photo~|order~|parcel~|package~|box~|bag~) (were|was|got|had been|have been) (switched|swapped|transposed)',
];

/** First-person ownership in the same or the next sentence names the agent (beyond the lexicon). */
export const OWN_LOCAL = [
  '(which|that|this|it) (is|was) (on us|on me|(our|my) (mistake|fault|error|doing|responsibility|oversight))',
  '(we|i) (take|accept) (full)? responsibility',
  '(because|as|since|when|after) (we|i)',
  '(because|due to) (of)? (our|my) (mistake|error|oversight|fault)',
  '(by|on) (us|me)',
  '(we|i) (made|caused|sent|lost|packed|shipped|forgot|missed|ran out|mixed|mislabel*|overlooked|misread|entered|typed|set up|did not|failed)',
  // "Both were our crew's mistakes", "that was my colleague's error".
  '(our|my) _? (mistake|mistakes|fault|error|errors|oversight)',
];
