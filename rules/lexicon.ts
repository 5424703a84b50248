/**
 * Shared lexicons (RULES.md §1) as phrase-pattern classes, usable as `<NAME>` in any rule's
 * patterns. Pattern notation: see src/phrase.ts. Contractions are written contracted (`i'm`)
 * and match every spelling ("I'm", "I am", "Im"); -ise spellings match -ize.
 */

/** Intensifiers before "sorry" (Roschk & Kaiser 2013: intensity raises satisfaction). */
export const INTENS = [
  'so',
  'really',
  'truly',
  'very',
  'terribly',
  'deeply',
  'sincerely',
  'extremely',
  'incredibly',
  'awfully',
  'genuinely',
  'so very',
  'really really',
] as const;

/** Responsibility-class IFIDs: explicit apologies, not sympathy. */
export const SORRY = [
  '(i|we) (am|are|was|were) <INTENS>? sorry',
  '(i|we) <INTENS>? apologize~',
  '(i|we) do apologize',
  'apologizing',
  '^ <INTENS>? sorry',
  // After a greeting on the same line: "Hi Mrs Tan, sorry ah, this one is our mistake".
  '^ (hi|hello|hey|hiya|dear) _? _? _? , <INTENS>? sorry',
  '(my|our) (sincere|sincerest|deepest|heartfelt|humble|profound|personal|genuine|unreserved|full)? apologies',
  '^ apologies',
  'apologies (for|that|,|again)',
  'please accept (my|our) (sincere|sincerest|deepest|heartfelt|personal|genuine|unreserved|full|humble|profound)? apolog*',
  'accept our apologies',
  '(i|we) (deeply|sincerely|truly)? regret',
  'my bad',
  'forgive (me|us)',
  'oops',
] as const;

/** Formal and hedged performative apologies (`prefer-direct-apology`). */
export const SORRY_FORMAL = [
  'we <INTENS>? apologize~',
  'we do apologize',
  'please accept our (sincere|sincerest|deepest|heartfelt|personal|genuine|unreserved|full|humble|profound)? apolog*',
  'we regret',
  '(i|we) (would|want|wish) (like)? to apologize',
  'allow me to apologize',
] as const;

/** Sympathy-only: empathy, never responsibility (Brooks, Dai & Schweitzer 2014). */
export const SORRY_SYMP = [
  'sorry to (hear|learn|know|read|see)',
  'sorry for your loss',
  'sorry for the loss of your (mother|father|mum|mom|dad|husband|wife|partner|son|daughter|brother|sister|grandmother|grandfather|grandma|grandpa|friend|loved one|pet|dog|cat)',
  // Politeness, not an apology for a failure: "Sorry to bother you, but …".
  'sorry to (bother|trouble|disturb) you',
  'sorry to have to (ask|bother|trouble|chase|disturb)',
  // A chaser: "Sorry to chase, but we still need the signed invoice".
  'sorry to (chase|nag|pester|hassle you|be a pain|ask again)',
  // "I'm so sorry you're facing this" (a diagnosis, a loss): sympathy, not an apology.
  'sorry (that)? you (are|have been|were|had been) (going through|dealing with|experiencing|facing|coping with|living with|up against|grieving)',
  // Regret at the customer's own plans: "I'm sorry you can't make it this year".
  "sorry (that)? you (can not|could not|will not be able to|are not able to|won't be able to) (make it|come|attend|join|be there|travel)",
  'sorry (that)? you (have to|had to) (miss|cancel|leave)',
  // A change in the customer's life: "I'm sorry things have changed for you both".
  'sorry (that)? (things|your plans|plans|your circumstances|circumstances) (have|has)? changed',
] as const;

/** The routine wait/process apology (RULES.md §0.3). */
export const SORRY_WAIT = [
  '(sorry|apologies|apologize~) (for|about) the (wait|delay|late reply|slow reply|slow response|delayed response|late response|wait time|long wait|delayed reply)',
  '(sorry|apologies|apologize~) (for|about) the delay in (getting back|replying|responding|our response|my response)',
  // A moment of a chat: "sorry that took a minute!", "Sorry to keep you waiting".
  '(sorry|apologies) (that|it|this) (took|is taking|was taking) (a|so|such a)? (minute|moment|second|sec|bit|while|little while|long|long time)',
  '(sorry|apologies) (to keep|to have kept|for keeping) you (waiting|hanging on|on hold)',
] as const;

/** "Issue", as a noun only: "issued" (a refund) names no failure. */
export const FAIL_ISSUE = '(issue|issues)';

/**
 * Failure nouns that say nothing of whose failure it was ("that error is a common problem", "the
 * warranty covers defects, not damage"): the apology gate counts them once between them unless a
 * sentence ties them to the customer's order, or to us ("our fault").
 */
export const FAIL_GENERIC = ['error~', 'problem~', FAIL_ISSUE, 'glitch*', 'bug~', 'defect~', 'damage~', 'fault'] as const;

/** Failure nouns (RULES.md §1.2). */
export const FAIL_NOUN = [
  'mistake~',
  ...FAIL_GENERIC,
  'mix-up',
  'mixup',
  'missed (delivery|collection|appointment|visit|callback)',
  'outage~',
  'downtime',
  // Not "delayed flights" (a kind of flight): "was delayed" is in FAIL_PRED.
  '(delay|delays)',
  'overcharge~',
  'double charge~',
  'wrong item',
  'late (refund|delivery|parcel|package|order|payment|reply|response|shipment)',
  'missing item',
  'misunderstanding',
  'oversight',
] as const;

/** Failure predicates (RULES.md §1.2). */
export const FAIL_PRED = [
  '(was|were|got|has been|have been|is|are) (lost|delayed|damaged|cancelled|canceled|overcharged|missed|ignored|mis-shipped|misplaced|mishandled|declined|broken|late)',
  '(was|were|got) (charged|billed|debited|imported|processed|taken|booked|posted|sent|applied) twice',
  '(we|i) (delayed|damaged|lost|cancelled|canceled|overcharged|missed) (your|the|you)',
  // "the SUV you'd reserved wasn't there", "An update we shipped overwrote some notes", "arrived 72
  // minutes after the time we promised", "the money still hasn't reached you".
  '(was not|were not) (there|ready|available|waiting|in stock|included|in the box|on board|on the van)',
  '(overwrote|overwritten|deleted|wiped|erased|corrupted) (some|your|the|all|most|part of|half of|#n|two|three|four|five|six|ten|several|years of|months of|weeks of) _',
  '(after|later than|past) the (time|date|day|window|slot|hour) (we|you were) (had)? (promised|quoted|gave|given|agreed|booked)',
  'still (has not|have not|had not) (reached|arrived|come|been paid|been refunded|been returned|been sent|been fixed|been credited)',
  '(arrived|came|turned up) (#n|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|seventy|ninety) (minutes|hours|days|weeks) (late|after)',
  // "We misspelled your shop's name on the new fascia."
  '(we|i) (misspelled|misspelt|misprinted|mislabelled|mislabeled|misquoted|miscalculated|mismeasured|misfiled|misdirected|misrouted) (your|the|a|an|her|his|their)',
  '(was|were|got) (sent|shipped|delivered) to the wrong',
  // "Your order #441 shipped to the old address" (RULES.md C9 trap).
  '(went|shipped|was shipped|was sent|was delivered|was posted|got sent) to (the|your|an) (old|wrong|previous|former|incorrect)',
  '(was|were|got) (left|put|dropped) (at|in|on|with) (the|a) wrong',
  '(was|were|has been|have been) not (processed|refunded|shipped|sent|checked|tested|inspected|proofed|proofread)',
  // "The upper tray was cracked along the left side", "printed with last year's date".
  '(was|were|got) (cracked|torn|scratched|dented|smashed|chipped|stained|split|snapped|shattered)',
  '(was|were) (printed|made|engraved|labelled|labeled|cut|built|fitted) (with|in|on) (the wrong|last year|the old|an old|the previous|incorrect)',
  'arrived (late|broken|damaged|open|cracked|smashed)',
  'arrived with ... (smashed|broken|cracked|damaged|missing|torn|dented|leaking|leaked|split|chipped|stained|scratched|snapped)',
  '(we|the (courier|carrier|driver|warehouse)) lost your (parcel|package|order|item|delivery|luggage|bag|suitcase|booking|payment)',
  '(did not|failed to|forgot to|never) (arrive|ship|send|process|refund|call|reply|update|deliver|collect|pick up|show up|attend|turn up)',
  // A product of ours that failed in the customer's hands: "your dishwasher leaked onto the floor".
  '(your|the) _ _? _? (leaked|stopped (working|responding|charging|syncing)|broke down|has stopped (working|responding|charging|syncing)|packed up|overheated|short-circuited|caught fire)',
  // "The exit barrier did not open", "the screen didn't work".
  '(barrier|gate|door|app|machine|card reader|reader|lock|screen|system|payment|page|site|website|terminal|lift|printer) ... (did not|failed to|would not|could not) (open|work|load|start|connect|respond|scan|read|print|unlock)',
  '(was|were) missing from (your|the) (order|parcel|package|box|delivery)',
  // "Your order was missing the two tiramisu desserts".
  '(order|delivery|parcel|package|box|bag) (was|were) missing (the|a|an|two|three|four|some|your|its|one)',
  '(our|the|your) (engineer|technician|driver|courier|fitter|installer|rider) (was|were) unable to (attend|deliver|collect|come|make it|complete)',
  'went wrong',
  // "Her teacher never came", "the engineer never turned up".
  'never (came|arrived|showed up|turned up|called|rang|replied|got back)',
  // "we neither turned up nor rang to say why".
  'neither (came|arrived|showed up|turned up|called|rang) nor',
  '(is|are|was|were|running|fallen) (#n|two|three|a few|several)? (day~|week~)? behind schedule',
  'broke',
  'crashed',
  'went down',
  'arrived (cold|torn|dented|crushed|melted|spoiled|incomplete|wet|faulty|defective|empty|leaking|scratched)',
  '(#n|an|a|one|two|three|four|five|six|several) (hour~|day~|week~) late',
  // What should have happened and did not: "the discount code should have applied".
  '(the|your|this|that|it) ... should have (applied|arrived|worked|shipped|gone through|been (sent|shipped|applied|refunded|processed|cancelled|canceled|delivered|fixed|paid|settled))',
  // "…, which shouldn't have happened", "Lily was left waiting at the pick-up point".
  'should not have happened',
  '(was|were|got) left (waiting|stranded|behind)',
] as const;

/** Goodwill given as money or a gift: a voucher, "a £30 credit", "no charge" (the apology gate, RULES.md C10). */
export const GOODWILL = [
  'voucher~',
  'coupon~',
  'gift card~',
  'gift certificate~',
  'goodwill',
  'complimentary',
  'on the house',
  'no charge',
  'free of charge',
  '¤ _? credit~',
  'credit~ of ¤',
  '#n (%|percent) off',
] as const;

/** Third parties the customer cannot see inside (RULES.md §1.3). */
export const THIRD_PARTY = [
  '(the|our) (warehouse|courier|carrier|shipper|factory|manufacturer|supplier|vendor|wholesaler|distributor|subcontractor|contractor|bank|system|computer|computers|software|server|servers|algorithm|developers|management|policy|depot|franchisee)',
  '(the|our) (shipping|delivery|courier|logistics|freight|haulage|transport|pallet|payment|fulfilment|fulfillment|hosting|cloud|network|email|sms|data centre|data center) (partner|company|provider|processor|team|driver|center|centre|host|vendor|warehouse|firm)',
  // Any kind of outside firm: "our tyre supplier", "our metering partner", "the lens lab".
  '(the|our) _ (supplier|suppliers|manufacturer|wholesaler|distributor|subcontractor|contractor|partner|vendor|lab|laboratory)',
  '(the|our) (partner airline|airline partner|partner hotel|hotel partner|restaurant)',
  // Whoever we buy from: "the label printer we use", "the haulage firm we work with".
  '(the|a) _ _? (we|i) (use|used|work with|worked with|hire|hired|buy from|order from)',
  '(the|our) (booking|billing|payment|ordering|reservation|ticketing|order|delivery|phone|computer) (system|software|platform) (provider|vendor|supplier|company)?',
  '(the|our) post office',
  '(the|our) (upstream|internet|network|broadband|power|energy|software|it|email) (provider|supplier|vendor)',
  '(the|our) (outside|external|partner|testing)? (lab|laboratory)',
  '(the|our) (it|billing|tech|technical|dev|engineering|accounts|finance|shipping|returns) (team|department|dept)',
  'billing',
  '(the|our) (head office|corporate|other department)',
  'another department',
  '(ups|fedex|dhl|usps|royal mail|hermes|evri|stripe|paypal|dpd|parcelforce)',
] as const;

/** Customer relationship nouns: "they" after these is the customer's people (RULES.md §5, trap 2). */
export const CUSTOMER_PEOPLE = [
  'your (son|daughter|kids|children|child|team|colleague|colleagues|husband|wife|partner|boss|accountant|manager|staff|family|parents|mum|mom|dad|friend|friends|employees|users|clients|customers|developers|it team|admin)',
] as const;

/** First-person ownership cues (RULES.md §0.2, §0.20). */
export const OWNERSHIP = [
  '(that|this|it) (is|was) (on us|on me|our (mistake|fault|error|bug)|my (mistake|fault|error))',
  '(that|this|it) is still on us',
  '(our|my) (mistake|fault|error)',
  'our bug',
  '(on|from) our (end|side)',
  'we (made a mistake|messed up|got (this|it|that) wrong|dropped the ball|let you down)',
  'i (made a mistake|messed up|got (this|it|that) wrong|dropped the ball|let you down)',
  'we (chose|picked|hired|use) (that|the) (courier|carrier|partner)',
  "we (did not|didn't) get (this|it) right",
  'not up to our standard*',
  '(i|we) (should have|forgot to|failed to|missed)',
  'you are (right|correct)',
  'my bad',
  '(is|was) our responsibility',
] as const;

/** All classes, for `<NAME>` references in rule patterns. */
export const CLASSES: Record<string, readonly string[]> = {
  INTENS,
  SORRY,
  SORRY_FORMAL,
  SORRY_SYMP,
  SORRY_WAIT,
  FAIL_NOUN,
  FAIL_PRED,
  THIRD_PARTY,
  CUSTOMER_PEOPLE,
  OWNERSHIP,
};
