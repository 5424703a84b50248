/** Words that may describe a third party's trouble: "had a major network issue" (not "had no issues"). */
const ADJ = '(major|minor|big|serious|technical|network|server|system|power|hardware|software|temporary|brief|unexpected|connectivity|capacity)';

/** Failure predicates a third party can head (RULES.md B1). */
const PRED = [
  'lost',
  'delayed',
  'damaged',
  'broke',
  // What a carrier does to a parcel: "Our delivery partner dropped the parcel at their hub".
  'dropped (the|your|it|them|a|an|our|every|some|one|both|two|three)',
  'crushed',
  'smashed',
  'mishandled',
  'dented',
  'cracked',
  'ripped',
  'misplaced',
  'mislabel*',
  'misaligned',
  'misprinted',
  'miscut',
  'mixed up',
  'messed up',
  'glitched',
  'crashed',
  'went down',
  '(failed|forgot|neglected) to',
  '(has not|have not) (yet)? (processed|refunded)',
  '(did not|never|could not) (process|send|ship|deliver|collect|arrive|update|pick up|scan|charge|refund|load|work|register|record|recognise|recognize|accept|apply|save|store|keep|sync|carry over|pass on|forward|notify|order|book|reserve)',
  '(experienced|suffered|is experiencing|are experiencing|has been experiencing|have been experiencing|ran into|hit) (some|a|an|technical|severe|major|significant)? (delay~|issue~|problem~|outage~|difficulties|disruption~|failure~)',
  '(sent|shipped|packed|delivered|charged|picked|scanned) (us|you)? (it|the|a|an|your)? (order|parcel|package|item)? (the|a|an)? wrong',
  // "our booking partner entered the wrong vehicle code".
  '(entered|typed|used|booked|assigned|selected|chose|loaded|keyed|applied) (the|a|an)? wrong',
  // "The lab sent us lenses with the wrong prescription".
  '(sent|shipped|delivered|made|supplied) (us|you)? _ _? (with|in|of) the wrong',
  '(sent|shipped|delivered|scanned|took|taken|left) * (to|at) the wrong',
  // "our timber supplier sent us a poor batch of walnut".
  '(sent|supplied|delivered|shipped|gave) (us|you)? (a|an|some) (poor|bad|faulty|defective|damaged|substandard|dodgy|damp|wet|mislabelled|mislabeled|contaminated|incorrect|out-of-date) _',
  // "our payments team made the error of paying from your old details".
  'made (a|an|the) (mistake|error)',
  'made mistakes',
  'got it wrong',
  `had (some|a|an|a few|technical)? ${ADJ}? ${ADJ}? (issue~|problem~|trouble|error~|outage~|glitch*|difficulties)`,
  'charged (you)? twice',
  // "our payment provider sent the renewal through twice".
  '(sent|put|ran|processed|took|pushed) (the|your)? _? (payment|renewal|charge|transaction|order|invoice) (through)? twice',
  'double-charged',
  '(cancelled|canceled) (your|the)',
  'is (down|broken|to blame|at fault)',
  'was (down|broken|to blame|at fault)',
  'dropped the ball',
  'took longer than (usual|expected|planned|normal)',
  // "The courier then made a bad situation far worse by holding the parcel at their depot".
  'made (things|matters|it|everything|a bad situation|the situation|the delay|the problem|a bad day) (far|much|even|a lot|so much)? worse',
];

/**
 * Failures a third party can commit after another act in the same clause: "The courier marked it
 * as delivered but left it at the wrong address". Fewer than PRED: after "and", "dropped it" or
 * "cancelled the" is as often the next step of a service as a failure.
 */
const LATER_PRED = [
  'lost',
  'damaged',
  'broke',
  'crushed',
  'smashed',
  'mishandled',
  'misplaced',
  'mixed up',
  'messed up',
  '(failed|forgot|neglected) to',
  '(sent|shipped|delivered|took|left) * (to|at) the wrong',
  'never (delivered|sent|arrived|turned up|showed up|collected|passed on|processed)',
  'got it wrong',
];

/**
 * "The hold-up came from the frame supplier". Not "The error came from our warehouse": that
 * places the failure inside the company and owns it (see the rule).
 */
export const CAME_FROM = '(delay~|hold-up~|holdup~|problem~|issue~|mistake~|error~|fault~|mix-up~) (came|comes|originated) (from|with) <THIRD_PARTY>';

/**
 * A third party named as the cause: blame only where a failure or an apology is in view (see
 * FAILURE_CONTEXT). "The delay was caused by the courier", "It was the warehouse."
 */
export const CAUSE_PATTERNS = [
  '(was|were|has been|have been|had been) caused by <THIRD_PARTY>',
  '(was|were) (all)? (due|down) to <THIRD_PARTY>',
  CAME_FROM,
  '(it|this|that) was (all)? <THIRD_PARTY> $',
  // Another team of ours as the cause: "this was caused by our payroll team".
  '(was|were|has been|have been|had been) caused by (the|our) _ _? (team|department|office|desk)',
] as const;

/**
 * Words of a failure or an apology. "It was the courier." is blame after "Sorry your parcel is
 * late.", and an answer after "You asked who rang your doorbell."; "the pending charge was caused
 * by the bank holding the amount" explains, it does not blame. Something not done counts as a failure:
 * "this was down to our transfer partner, who did not pass your booking to the driver".
 */
export const FAILURE_CONTEXT =
  /\b(?:sorry|apolog\w*|late|delay\w*|held up|hold-?ups?|stuck|lost|damaged|broken|crushed|faulty|defect\w*|missing|wrong|mix-up|mistake\w*|error\w*|problem\w*|issue\w*|fault\w*|bug\w*|glitch\w*|outage\w*|overcharg\w*|declined|wait\w*|cancel\w*|fail\w*|did not|another customer|given away)\b/;

/**
 * Words that make a cancellation a failure: "cancelled your booking by mistake, without telling
 * you", "cancelled your reservation, so your table was given to another guest".
 */
export const CANCEL_FAILURE =
  /\b(?:mistake\w*|error\w*|wrong\w*|without (?:asking|telling|warning|notice|permission)|should(?:n't| not) have|unexpected\w*|fault\w*|lost|missing|(?:given|sold|released) (?:away )?to (?:another|someone)|double[- ]booked)\b/;

/** A cancellation the customer asked for or made: "as you asked, our booking system cancelled your table". */
export const CANCEL_REQUESTED = /\b(?:as you (?:asked|requested)|at your request|you asked (?:us|me) to|you requested|you cancell?ed)\b/;

export const patterns = [
  `<THIRD_PARTY> (team|department|people|staff)? (then|also|just|apparently)? (automatically|accidentally|mistakenly|wrongly|simply|really|completely|totally|badly)? (${PRED.join('|')})`,
  // "The haulage firm we use left the pallet sitting in their depot", "they had the tub sitting
  // in their Brisbane depot", "by holding the parcel at their Perth depot overnight".
  '(left|had|kept|held|holding|keeping) (the|your|our) _ _? (sitting)? (in|at) their _? (depot|warehouse|hub|yard|sorting office|distribution centre|distribution center)',
  `<THIRD_PARTY> (team|department|people|staff)? _ ... ... (but|and|then|and then) (${LATER_PRED.join('|')})`,
  // Another team of ours: "Our card team didn't order it until the 20th".
  `(the|our) _ (team|department|dept) (${PRED.join('|')})`,
  `they (${PRED.join('|')})`,
  ...CAUSE_PATTERNS,
  // "It was the warehouse that lost it."
  `(it|this|that) was <THIRD_PARTY> (who|that|which) (${PRED.join('|')})`,
  '(is|was) (the|their) _ fault',
  '(is|was) their fault',
  // "the sloppy work was his firm's doing rather than ours", "The real culprit here is our paint supplier".
  '(doing|fault|error|mistake|work|responsibility|problem) (rather than|and not|not) (ours|mine)',
  // "so the mix-up really began at their end".
  '(began|started|originated|arose|happened|crept in) (at|on|from) their (end|side)',
  '(the)? (real|actual|main|true)? culprit (here)? (is|was) <THIRD_PARTY>',
  // "so the mistake was theirs rather than ours".
  '(mistake|fault|error|problem|blame) (really|actually|entirely)? (was|is|lies|lay|rests) (entirely|all|squarely|really)? (theirs|with them|on their (side|end))',
  // "The fault lies with the logistics warehouse we use".
  '(fault|blame|responsibility|problem|error|mistake) (really|actually|entirely)? (lies|lay|rests|sits) (entirely|squarely|really)? with (the|our) _? _? (warehouse|courier|carrier|supplier|contractor|subcontractor|partner|manufacturer|factory|lab|agency|processor|provider|bank|depot|installer|driver|haulier)',
  // "The fault lies with the payment company that collects our direct debits", "…with our booking team" (not "with our company").
  '(fault|blame|responsibility|problem|error|mistake) (really|actually|entirely)? (lies|lay|rests|sits) (entirely|squarely|really)? with <THIRD_PARTY>',
  '(fault|blame|responsibility|problem|error|mistake) (really|actually|entirely)? (lies|lay|rests|sits) (entirely|squarely|really)? with (the|our) (haulage|card|booking|ticketing|removals|cleaning|catering|security|direct debit) (company|firm|provider|processor|service|partner|team)',
  // "The paints were left out of the parcel by the fulfilment warehouse that handles our paint range".
  '(was|were|had been|have been|has been) (left out|missed|dropped|lost|damaged|broken|mislaid|misplaced|mislabelled|mislabeled|delayed|forgotten|mixed up|misrouted|crushed|scratched) ... ... ... by <THIRD_PARTY>',
  // "The installation was carried out by a subcontractor".
  '(was|were) (carried out|done|handled|installed|fitted|delivered|completed|managed|performed) by (a|an|the|our) _? (subcontractor|contractor|third party|third-party|partner|supplier|agency)',
  '(is|was) (out of|outside|outside of|beyond) our (control|hands)',
  '(our|my) hands are tied',
  // The present tense ("there's nothing I can do") is a refusal: no-policy-shield's.
  'there was nothing (we|i|our _|our _ _) could (do|have done)',
  // "This was an error by the Private Patients billing office".
  '(error|mistake|fault) (by|of|from) the _ _? _? (office|team|department|desk|unit|centre|center)',
  'there (was|is) (not much|little) (more)? (we|i) could have done',
  '(not much|little) (more)? (we|i) could have done',
  'the policy (does not|will not|would not) (allow|let|permit)',
  'another department (handles|deals with|is responsible)',
] as const;

/** Weaker form: "due to a system error" (warning-level message). */
export const weakPatterns = [
  '(due to|because of) (a|an|the) (system|technical|computer|software|it|server) (error|glitch|issue|problem|fault|outage)',
  // "A glitch in the system wiped your playlists" (not "a bug in our app": that one is ours).
  '(a|an|the) (glitch|error|fault|problem|issue) (in|with) the (system|computer|software|server) (wiped|deleted|removed|cancelled|canceled|lost|erased|corrupted|charged|changed|sent|reset)',
] as const;
