/** Sentences that open with "You" + obligation, fault or restriction (RULES.md B11, §0.6). */

/**
 * What may come before the opening "You": a leading @handle or name placeholder, a greeting on
 * the same line ("Hi Kevin, you need to…"), or a conjunction ("However, you didn't…").
 */
const LEAD = '^ (@ph (@ph)? ,?)? ((and|but|so|also|however|now|ok|okay) ,?|(hi|hello|hey|dear) (@ph|_)? ,)?';

/** "You need to…": an order. */
export const obligation = [
  `${LEAD} you (need to|will need to|would need to|have to|will have to|would have to|must|should|are required to|are expected to)`,
] as const;

/** "You didn't…": the customer's failure. */
export const fault = [
  `${LEAD} you (did not|never|failed to|forgot to|neglected to|have not|had not)`,
  `${LEAD} you were (supposed to|told|asked|informed|advised|warned|meant to|required to)`,
] as const;

/** "You can't…": what the customer may not do. */
export const limit = [`${LEAD} you (can not|could not|are not allowed to|are not able to|may not)`] as const;

/** Every pattern. */
export const patterns = [...obligation, ...fault, ...limit] as const;

/** Emotions: "You must be so frustrated" is empathy, not an order (RULES.md §0.7). */
const EMOTION =
  'frustrated|frustrating|worried|annoyed|disappointed|upset|tired|exhausted|fed up|furious|angry|anxious|stressed|confused|concerned|relieved|excited|thrilled|pleased|delighted|devastated|gutted|shocked|surprised|livid|cross|sick of it|sick and tired|at your wits';

/**
 * What may follow a match and turn it into something that is not an order or a reproach,
 * tested on the normalised words after the match.
 */
export const BENIGN_AFTER = new RegExp(
  [
    // "You should see a green tick", "you should have received an email": a forecast.
    '^(?:now|soon|already|then|shortly|also) ',
    '^(?:see|receive|get|hear|find|notice|start|be receiving|be getting|be seeing|be able|be all set|be set|be good|be fine|be ready|be back|be up|be working|be there)\\b',
    '^have (?:received|got|gotten|seen|heard|had)\\b',
    // "You shouldn't have had to chase us": empathy (§0.7).
    '^not (?:have had to|have to|need to|have needed to)\\b',
    '^should (?:not )?have had to\\b',
    // "You must be so frustrated", "you must have been worried".
    `^(?:be|have been|feel|have felt|be feeling)(?: (?:so|very|really|quite|pretty|completely|utterly|absolutely|incredibly|rather|a bit|a little|thoroughly))? (?:${EMOTION})\\b`,
    // "You didn't do anything wrong", "you haven't missed anything": reassurance.
    '^(?:do|done|make|made) (?:anything|a thing|something) wrong\\b',
    '^(?:miss|missed|lose|lost) (?:anything|a thing)\\b',
    '^(?:need|have|had) to\\b',
    // "You never received our reply", "you haven't been charged": our failure or good news.
    '^(?:receive|received|get|got|gotten|hear|heard|hear back|heard back|see|saw|seen)\\b',
    '^been (?:charged|billed|affected|impacted|debited)\\b',
    // "You can't go wrong with either", "you can't miss it".
    '^(?:go wrong|miss it|miss the)\\b',
  ].join('|'),
);

/** The sentence admits our side got it wrong: "You were told the wrong date, and that's on us." */
export const WRONG_INFO = /\b(?:wrong|wrongly|incorrect|incorrectly|in error|by mistake|mistakenly|should not have been|by accident)\b/;

/** "You should have told us", "you must have deleted it": a reproach about the past. */
export const REPROACH =
  /^have (?:been )?(?:\w+ed|told|done|sent|made|given|read|paid|known|taken|gone|put|set|brought|left|kept|shown|written|chosen|spoken|forgotten|forgot|got|gotten|hit|missed)\b/;

/** "You should have a reference number": what the customer probably holds (after "should" only). */
export const SHOULD_HOLD = /^have (?:a|an|the|your|one|it|access)\b/;
