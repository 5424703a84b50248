/**
 * Cue lists for the parts of an apology (RULES.md §4 C, §6): what counts as ownership, repair,
 * empathy, explanation, prevention and follow-up. Read by src/components.ts, which builds the one
 * analysis that the document-level rules and the apology score share. Pattern notation: see
 * src/phrase.ts; `<NAME>` resolves to the classes below or to rules/lexicon.ts.
 */

/** Feelings and burdens a reply can validate (C5). */
export const FEEL = [
  'frustrat*',
  'annoying',
  'annoyed',
  'stressful',
  'stressed',
  'disappointing',
  'disappointed',
  'worrying',
  'worried',
  'upsetting',
  'upset',
  'exhausting',
  'infuriating',
  'maddening',
  'irritating',
  'inconvenient',
  'awful',
  'unsettling',
  'tiring',
  'alarming',
  'concerning',
  'disheartening',
  'confusing',
  'scary',
  'unacceptable',
  'embarrassing',
  'heartbreaking',
  'gutting',
  'devastating',
  'distressing',
  'frightening',
  'nerve-wracking',
  'galling',
  'deflating',
  'irritated',
  'humiliating',
  'mortifying',
  'exasperating',
  'letdown',
  'let-down',
  'let down',
  'embarrassed',
  'anxious',
  'angry',
  'humiliated',
  'shocked',
  'nervous',
  'uneasy',
] as const;

/** Feelings as nouns: "I understand your annoyance", "the fear you must have felt". */
const FEEL_NOUN =
  '(annoyance|frustration|anger|disappointment|worry|concern|upset|distress|embarrassment|stress|anxiety|confusion|irritation|exasperation|shock|fear|panic|hurt)';

/** Past-tense verbs of things we did wrong, for "sorry we <verb>" ownership (C3). */
export const OUR_FAILURE_VERB = [
  'sent',
  'shipped',
  'charged',
  'billed',
  'overcharged',
  'booked',
  'cancelled',
  'canceled',
  'renewed',
  'missed',
  'froze',
  'rejected',
  'lost',
  'forgot',
  'mislabelled',
  'mislabeled',
  'packed',
  'deleted',
  'removed',
  'broke',
  'misread',
  'mixed',
  'kept',
  'left',
  'gave',
  'told',
  'delivered',
  'double-charged',
  'dropped',
  'ignored',
  'closed',
  'blocked',
  'suspended',
  'declined',
  'let',
] as const;

/** Explicit first-person ownership, full credit (C3). */
/**
 * Our own act told as what went wrong: ownership and an account at once (C3 and C6). "an email
 * address we had stored incorrectly", "The mistake happened when we booked the test", "The fabric
 * was snagged when we stapled the back panel", "we told you it was in progress without checking".
 */
export const OWNERSHIP_ACCOUNT = [
  '(we|i) (had)? _ ... ... (incorrectly|wrongly|in error|by mistake|by accident)',
  '(mistake|error|problem|fault|mix-up) (happened|occurred|crept in|came in|arose) (when|because|as) (we|i)',
  '(was|were|got) (snagged|damaged|scratched|broken|cracked|torn|dented|chipped|stained|lost|deleted|misplaced|bent|marked|ripped|crushed) (when|while|as) (we|i|our _)',
  '(we|i) (had)? _ ... ... ... without (first)? (checking|confirming|testing|verifying|looking|reading)',
  // "We telephoned most of them but failed to contact you", "…, spotted it, cancelled it, and then never re-ordered".
  '(we|i) _ ... ... ... (but|and) (then)? (failed|forgot|neglected) to',
  '(and|but) (then)? never (re-ordered|reordered|rebooked|re-booked|sent|called|rang|replied|followed up|checked|updated|told|ordered|booked|chased|confirmed)',
  // "we updated the address on your savings account but not on your current account".
  '(we|i) (changed|updated|corrected|moved|cancelled|canceled|refunded|fixed|amended) ... ... ... but not (on|in|the|your|for)',
] as const;

export const OWNERSHIP_FULL = [
  // Nobody else to blame: "No one else to point at here.", "No excuse.", "I've got no excuse",
  // "I promised your dad's clock would be ready by May 2, and it wasn't", "I grabbed from the wrong
  // drawer", "we applied it without thinking about what it meant for a busy shop".
  '(nobody|no one|no-one) else to (point at|blame|point the finger at)',
  // "…came loose within a week, and that's down to my workmanship".
  '(that|this|it) (is|was) (all|entirely|squarely)? down to (me|us|my _|my own _|our own _|our (workmanship|scheduling|planning|mistake|error))',
  '^ (there is)? no excuse (for (it|that|this))? $',
  '(i|we) (have)? (got)? no (real|good|better|other)? excuse',
  '(i|we) (promised|said|told you|agreed|guaranteed) ... ... ... ... ... ... ... , and (it|they|that|we|i) (was not|were not|did not|had not|could not)',
  '(i|we) _ ... ... (from|with|on|to|at|in|into|onto) the wrong (drawer|shelf|box|bin|roll|bolt|batch|file|peg|rail|tray|rack|list|sheet|order|account|address|date|day|size|colour|color|version|one|template|form)',
  '(we|i) _ (it|them|this|that|the _|your _) ... ... without (thinking|checking|looking|asking|testing|reading|confirming|telling)',
  '(that|this|it) (is|was) (all|entirely|completely)? (on us|on me|our (mistake|fault|error|doing|bug|failure)|my (mistake|fault|error|failure))',
  '(that|this|it) is still on us',
  "(that|this) (one is|one was|one's) (all)? on (us|me)",
  '(our|my) (mistake|fault|error|bad|failure|failing|oversight|lapse)',
  // "The leak under your sink was our doing."
  '(was|is|were) (all|entirely)? (our|my) doing',
  // "That one is mine.", "we didn't catch it", "That's a basic step and I skipped it."
  '(that|this|it) (one)? (is|was) (all)? (mine|ours) (.|!|$)',
  '(we|i) did not (catch|spot) (it|this|that|the|them)',
  '(we|i) skipped (it|this|that|the|a|an)',
  '(were|are) (both|all)? our (<STAFF_POSS>)? (mistakes|errors|faults|failings|failures)',
  '(careless|sloppy|thoughtless|clumsy) of (me|us)',
  '(we|i) made the (mistake|error) $',
  '(we|i) (double-booked|overbooked|double booked)',
  '(we|i) did not (leave|allow|give|allocate|book) (enough|sufficient) (time|room|space|staff|stock)',
  // "That was our driver's mistake", "our crew's error": our people are us.
  '(our|my) <STAFF_POSS> (mistake|fault|error|oversight)',
  'our bug',
  '(we|i) (made (a|an|this|that) (mistake|error)|messed up|got (this|it|that|them) wrong|dropped the ball|let you down|slipped up|fell short|fall short|failed you)',
  // "we got this one wrong", "we messed this one up".
  '(we|i) (really)? (got (this|that) one wrong|messed (this|that|it) (one)? up)',
  // One place sold twice: "we'd booked the Harbour Room to two people at once", "We allocated cabin 7114 to two bookings".
  '(we|i) (had)? (booked|allocated|assigned|sold|let) ... ... ... to two (people|customers|guests|bookings|groups|families|parties|clients|members)',
  '(we|i) (really|completely|totally|truly) (dropped the ball|messed up|got (this|it|that) wrong|let you down)',
  // "that delay was caused by us", "We're responsible.", "a handling error by our team", "that decision was mine".
  '(caused|made) by (us|me)',
  '(we are|i am|we were|i was) (fully|entirely|completely|solely)? responsible',
  '(error|mistake|failure|oversight) by (our|my) _',
  '(decision|call|choice|mistake|error) was (mine|ours)',
  // "we didn't let the waiting room know, which we should have", "That was our packing mistake".
  '(which|that|as) (we|i) should have',
  '(our|my) (own)? _ (mistake|error|oversight)',
  '(we|i) (accept|are accepting|am accepting|have accepted) (full)? (liability|responsibility)',
  '(failure|failures|failing|failings|mistake|mistakes|error|errors|fault|oversight|slip|lapse|carelessness|negligence|sloppiness|poor planning|bad planning|poor communication) on (our|my) (part|side|end)',
  // "Nobody on my team checked the finished work", "we were wrong to let it lapse", "it happened because of us".
  '(nobody|no one) (on|in) (my|our) team (checked|rechecked|caught|noticed|spotted|told|called|followed up|confirmed|reviewed|looked)',
  '(we|i) (were|was) wrong to',
  '(happened|was) because of (us|me)',
  '(mistake|error) made (here|by us|by me|on our side|in our (office|team|warehouse|kitchen|workshop|shop|depot|studio|clinic))',
  '(mistake|error) (was|were) made (here|by us|by me|on our side|in our (office|team|warehouse|kitchen|workshop|shop|depot|studio|clinic))',
  // "I left you sitting there with no call", "It was our code", "our testing missed it", "I typed it in wrong",
  // "your booking was cancelled by us", "We changed how waitlists work and got it wrong".
  '(i|we) left you (sitting|waiting|standing|stranded|stuck|without|hanging)',
  '(it|this|that) was our (own)? (code|update|release|change|software|testing)',
  '(our|my) (testing|tests|checks|review|process) (missed|overlooked) (it|this|that|the)',
  '(we|i) (typed|entered|keyed|wrote|put|copied|noted|took) (it|them|this|that|the _|your _)? (in|down|up)? (wrong|wrongly|incorrectly)',
  '(was|were) (cancelled|canceled|deleted|removed|changed|moved|lost|sent|charged|closed|released|given away) by (us|me)',
  '(and|but) got (it|this|that|them) wrong',
  // Our act done wrong: "we put the wrong tag on your bag", "we recorded your payment against another patient", "we took your fee twice".
  '(we|i) (put|attached|printed|used|fitted|ordered|recorded|logged|filed|applied|allocated|entered|took|imported|processed|debited|collected|ran|labelled|labeled|marked|tagged|addressed|shelved|issued|emailed|posted|sent) (your|the|a|an)? ... ... (wrong|twice|against another|against the wrong|to the wrong)',
  // Our people's act: "our fraud team blocked the card without first reading the travel note".
  '(our|my) _ _? (team|staff|agent|analyst|advisor|adviser|operator|consultant) ... ... ... without (first)? (reading|checking|asking|telling|confirming|looking)',
  '(and|but) (skipped|missed|forgot|overlooked) (the|your|a|an|it|them|to)',
  '(the|this|that) (mistake|error|fault|oversight|failure|delay|miss|slip|lapse|problem|mix-up|mixup|blunder) (is|was) (all|entirely|completely)? (ours|mine|on us|on me)',
  // "which is a basic check we should always make".
  '(check|step) (that|which)? (we|i) should (always|have) (make|made|do|done|run)',
  '(we|i) (have|had)? (also|then|now|even)? (lost|misplaced|overcharged|double-charged|mislabelled|mislabeled|damaged|broke|broken|deleted|forgot|forgotten|ignored|shrank|shrunk|ruined|scratched|stained|tore|torn|chipped|dented|misspelled|misspelt) (your|the|you)',
  // "we misread it" (not "if I misunderstood your question": a remark on the conversation).
  '(we|i) (misread|mistyped|misfiled|miscounted|miscalculated|misdirected) (it|them|the|your)',
  // "We should have heeled them in or kept them wrapped, and we didn't."
  '(we|i) should have _ ... ... ... ... ... (and|but) (we|i) did not $',
  'we (also|then|accidentally|mistakenly)? (sent|shipped|charged|billed|booked|gave|delivered|mislabelled|mislabeled|packed|posted|submitted|switched|assigned|set) (you)? ... (wrong|instead of|twice|incorrect|without|too late)',
  "(we|i) (did not|didn't) get (this|it|that) right",
  '(we|i) (forgot to|failed to|neglected to)',
  '(we|i) should (also|really|definitely|certainly)? have (spoken|talked|phoned|rung|built|planned|allowed|given|left|booked|ordered|held|waited|tested|delayed|paused|been|checked|caught|spotted|noticed|told|called|sent|emailed|flagged|warned|asked|done|made|kept|let|given|updated|confirmed|followed|read|double-checked|shipped|packed|replied|answered|looked|seen|known|mentioned|explained|contacted|offered|refunded|cancelled|canceled|escalated|rolled|reversed|fixed|identified|investigated|acted|stopped|responded)',
  '(we|i) (did not|never) (send|ship|reply|respond|update|call|ring|phone|email|text|rebook|notice|check|tell|process|refund|deliver|follow up|cancel|record|let (you|guests|customers|them|anyone) know|warn|inform|notify|identify|spot|find|add|include|list|enter|copy|save|turn up|show up)',
  // Our people's act or omission is ours: "a configuration change our engineers made", "our supervisor on the day should have stopped it".
  '(change|mistake|error|update|decision) (that)? (our|my) (engineers|team|staff|developers|technicians|crew|people|installers|fitters|drivers) made',
  '(our|my) (team|staff|crew|driver|drivers|movers|fitter|fitters|engineer|engineers|technician|supervisor|manager|mechanic|receptionist|colleague|installer|installers|packer|packers|picker|pickers|dispenser|pharmacist|dispatcher|agent|agents) ... ... should have (stopped|caught|checked|spotted|noticed|flagged|told|called|asked|refused|warned|known|seen|wrapped|protected|done|tested|confirmed|used|packed|put|sent)',
  // "making sure that happens every time is our job", "is my job, and I hadn't…".
  '(is|was) (our|my) job (.|,|!|;|$|and)',
  // "That was our planning", "We should never send a confirmation without that number, and we did".
  '(that|this|it) was our (own)? (planning|scheduling|organisation|organization|doing)',
  '(we|i) should (never|not) _ ... ... ... , and (we|i) did',
  '(we|i) did not (put|pack|include) (one|it|them|the|your|a|an)',
  '(we|i) caused (this|it|that|the (problem|issue|delay|error|outage|mix-up))',
  'we made the (mistake|error) (when|at|in|by|with|on|:)',
  '(that|this|it) was (our|my) _? (call|decision|choice) ... ... wrong',
  '(we|i) (missed|overlooked|mixed up)',
  // "You were right to raise this", not "you were right at the door".
  'you (are|were) (absolutely|completely|quite|totally)? (right|correct) (to|about|that|,|.|!|;|:|-|and|$)',
  // Our act done badly, or our own slowness: "I didn't re-tighten the cable properly", "I fell behind on editing".
  '(we|i) did not _ _? _? _? _? _? _? (properly|correctly|fully|securely|tightly|carefully|in time|on time)',
  '(we|i) (fell|have fallen|got) behind (on|with)',
  '(for|about) letting you down',
  // Our act, done without a word to the customer: "after we had moved it to Friday without telling you".
  '(we|i) (had)? (moved|changed|cancelled|canceled|rescheduled|switched|swapped|closed|removed|updated|sold|reassigned) ... ... ... without (telling|asking|warning|notifying|informing|letting) you',
  'we take (full)? responsibility',
  '(is|was|are|were) (our|my) responsibility',
  ', and (our|my) responsibility',
  // "The fault is completely with us", "the responsibility is ours, not yours", "Both mistakes were ours".
  '(fault|responsibility|blame|mistake|error|cause) (for (that|this|it))? (is|was|lies|lay|rests|sits|sat) (completely|entirely|fully|squarely|solely|all)? (with us|with me|ours|mine|with the (practice|clinic|surgery|company|business|shop|store|salon|studio|school|venue|garage|office)|with (the way|how|the order in which) (we|i))',
  '(mistakes|errors|faults|failures) (were|are) (all|both)? (ours|mine)',
  // "That's a failure in how we run the school", "That's our process, and it failed you", "I hadn't made it clear enough".
  '(a|the) (failure|gap|flaw|weakness|hole) in how (we|i)',
  // "The error came from our office."
  '(error|mistake|fault|problem) (came|comes|originated) from (our|my) (office|team|end|side|shop|branch|clinic|warehouse|department|kitchen|workshop|desk|store)',
  // "Nothing about your tank caused this - it came from us."
  '(this|it|that) (all)? (came|comes|originated) from (us|me|our end|our side)',
  // "That's two mistakes, and both were ours."
  '(both|all) (of them)? (were|are) (ours|mine)',
  // "That's a hole we should have plugged long ago", "we'd never set up a lock between the two".
  '(hole|gap|step|check|flaw) (that|which)? (we|i) should have (plugged|closed|fixed|caught|spotted|added|had|put in)',
  '(we|i) had never (set up|put in|built|added|installed)',
  '(our|my) (process|processes|system|procedure|checks) , and (it|they) (failed|let down) you',
  '(i|we) (had not|have not|did not) made (it|this|that) clear',
  // "This was our mechanic's work, which makes it my responsibility."
  '(makes|made) (it|this|that) (our|my) (responsibility|fault|mistake)',
  // "That is a failure in our process", "That gap is in our own work", "a bug we introduced".
  '(a|the) (failure|mistake|error|fault|gap|flaw|weakness|oversight|breakdown) in our (own)? (process|processes|procedure|procedures|checks|work|handling|set-up|setup|organisation|organization|systems)',
  '(failure|mistake|error|fault|gap|flaw|weakness|oversight) (is|was) in our (own)? (process|processes|procedure|procedures|checks|work|handling|set-up|setup)',
  '(bug|mistake|error|fault|glitch) (that)? (we|i) (introduced|caused|created|shipped|released)',
  // A check we left out: "we didn't run a test print", "we never tested it", "a check we should never have skipped".
  '(we|i) did not (run|test|verify|measure|review|save|pull|reset|recheck|re-check|double-check|weigh|count|label|tag|lock|secure|clean)',
  '(we|i) never (tested|ran|checked|verified|confirmed|reviewed|saved|measured|pulled|sent|updated|told|noticed|called|replied)',
  '(we|i) should (never|not) have (skipped|missed|let|allowed|ignored|sent|charged|cancelled|canceled|closed|booked|released|shipped|posted|left|removed|deleted|changed|moved|sold|billed|declined|rejected|suspended|blocked|promised|assumed|delayed|lost|relied)',
  // "That one's down to me."
  '(that|this|it|that one|this one) (is|was) (all|entirely)? down to (me|us)',
  "(that|this) one's (all|entirely)? down to (me|us)",
  // A step we skipped, told after what we did: "…and didn't check courses outside the UK".
  '(and|but) (did not|never) (check|test|confirm|verify|tell|ring|call|update|notice|catch|send|warn|follow up|amend|change|move|correct|fix|rebook|adjust|stop|act|pass on)',
  'i take (full)? responsibility',
  '(we|i) own (this|that|it)',
  // "That was us."
  '(that|this|it) was (all)? (us|me) $',
  // "Our final check should have caught the shortfall, and it didn't."
  '(our|my) _? _? (check|checks|process|review|system|procedure|count) should have (caught|spotted|flagged|stopped|picked up|prevented)',
  // "This lapse was entirely from our side."
  '(lapse|mistake|error|fault|oversight|failure|slip) (was|is) (entirely|completely|fully|clearly|squarely)? (from|on) our (side|end|part)',
  'not up to our standard*',
  // "Holding it back was our decision, and it was the wrong one", "That was our packing decision, and it
  // was the wrong one", "…, and it wasn't a good change".
  '(our|my) _? (call|decision|choice) , (and|but) (it|that) was (the wrong one|wrong|a mistake|a bad one)',
  '(and|but) it (was|is) not (a good|the right) (change|call|decision|idea|choice|move)',
  // "a formatting step we hadn't properly tested", "something we have handled badly", "That fell well short".
  '(we|i) (had not|have not) (properly|fully|thoroughly)? (tested|checked|updated|trained|configured|set up|reviewed)',
  '(we|i) (have)? handled (it|this|that|things|your _ _?)? (badly|poorly|wrongly)',
  '(that|this|it) fell (well|far|way|badly)? short',
  'we (chose|picked|hired|use) (that|the) (courier|carrier|partner)',
  // "We sent the order to the address from your previous order", "we sent the request to the wrong
  // practice", "nobody on our side followed it up", "I set my tool case on the lid without a cloth".
  '(we|i) (sent|shipped|posted|delivered|addressed) ... ... (to|from) (the|your) (old|previous|former|last) (address|order|flat|house|home)',
  '(we|i) (sent|shipped|posted|delivered|emailed|forwarded) ... ... (to|at) the wrong',
  '(nobody|no one) on our (side|end|team) (followed|checked|called|chased|picked)',
  '(we|i) (set|put|rested|placed|stood|left) (my|our|the|a) ... ... without (a|any) (cloth|cover|mat|sheet|dust sheet|protection|padding|cool pack|ice pack|guard|blanket|wrapping)',
  // "we really stuffed up your booking", "we got your collection wrong today", "We marked them as picked".
  '(we|i) (really|totally|completely|properly)? (stuffed|mucked|screwed|cocked|botched) (up|it|this|that|your)',
  '(we|i) got (your|the) _ _? wrong',
  '(we|i) marked (it|them|your|the) ... as (picked|packed|sent|delivered|done|complete|completed|paid|dispatched|shipped|collected)',
  // "I entered the row from a scanned image and misread it, and nobody caught it", "I handled it the
  // wrong way", "That was our call, and a bad one".
  '(and|but) (misread|misheard|mistyped) (it|them|the)',
  '(nobody|no one) (here)? caught (it|this|that|the)',
  '(i|we) handled (it|this|that) (the wrong way|badly|poorly|wrong|wrongly)',
  '(was|is) (our|my) (call|decision|choice) , and a (bad|poor|wrong) one',
  // "It was our job to staff your event properly", "Entirely my own doing.", "a bad call on our part, and
  // I'm the one who made it".
  '(it|this|that) was (our|my) job to',
  '^ (entirely|all|completely)? (my|our) own doing',
  '(a|the) (bad|wrong|poor) (call|decision|choice) on (our|my) part',
  '(i am|we are) the (one|ones) who (made|caused|did|missed|forgot|booked|sent)',
  // "It was our team who broke it", "it's ours to carry", "Both of those are on us", "We broke it.",
  // "that comes down to how we brief our night staff", "That's our slip", "The mistake was in our app".
  '(it|this|that) was (us|me|our _|our _ _|my _) (who|that) (<OUR_FAILURE_VERB>|damaged|made|got|missed|ruined)',
  '(is|was) (ours|mine) to (carry|own|fix|answer for|put right|sort out)',
  '(both|all|each) (of)? (those|these|them)? (are|were) (on us|on me|our (fault|mistake|doing|responsibility)|my (fault|mistake|responsibility))',
  '(we|i) (broke|ruined|damaged|deleted|wiped|corrupted|misplaced) (it|them|this|that|everything) (.|!|;|$)',
  '(comes|came|come|is|was) (all)? down to (how|the way|what) (we|i)',
  '(our|my) (slip|slip-up|stuff-up|blunder|cock-up|screw-up|goof|muck-up|mess-up)',
  '(mistake|error|fault|bug|problem) (was|is|lay|lies) (entirely|squarely|all)? in (our|my) (own)? _',
  // Our act done to the wrong count or thing: "we tagged four items instead of five".
  '(we|i) (tagged|counted|wrote|typed|printed|charged|billed|booked|packed|picked|used|cut|made|dispensed|fitted|entered|recorded|labelled|labeled|linked|mapped|piped|engraved|loaded|assigned) ... ... ... instead of',
] as const;

/** Ownership named only as "on our end/side" beside a failure: partial credit (C3). */
export const OWNERSHIP_GENERIC = [
  '(went wrong|<FAIL_NOUN>|<FAIL_PRED>|happened) ... (on|at|from) our (end|side)',
  '(cause|fault|problem|error|issue) (was|is) (on|at) our (end|side)',
] as const;

/** Agentless regret: partial credit, not enough for C3 alone. */
export const OWNERSHIP_WEAK = [
  '(this|that|it) (should not|should never) have happened',
  'an honest mistake',
  'not the (experience|service) (you|we) (expect|deserve|should)*',
  // Agentless, like "this shouldn't have happened": "That behaviour is not acceptable."
  '(that|this) (behaviour|behavior|service|treatment|response)? (is|was) (not acceptable|unacceptable|not good enough) (, | . | ! | and | $)',
] as const;

/** Completed remedies, full credit (C4). */
export const REPAIR_DONE = [
  '(i|we) have? (just|now|already|also)? (refunded|credited|reshipped|re-shipped|re-sent|resent|replaced|rebooked|re-booked|restored|upgraded|waived|reinstated|honoured|honored|reissued|re-issued|reimbursed|compensated|reversed|voided|refunding|crediting)',
  '(i|we) have? (just|now|already|also)? (issued|applied|added|approved|processed|arranged|booked|scheduled|sent|posted|dispatched|couriered|moved|corrected|fixed|covered|reserved|reset|unlocked|reactivated|re-enabled|cancelled|canceled|closed|extended|removed|changed|re-placed|reordered|re-ordered|resubmitted|re-submitted|reprocessed|re-processed|reopened|re-opened|reconnected|re-connected|re-credited|recredited|re-activated|lifted|released|unblocked|unsuspended|unbanned) (a|an|the|your|you|her|him|them|it|all|every|#n|¤|@ph|this|that|three|two|one|another|full)',
  '(refund|replacement|credit|voucher|reimbursement) ... (has|have) been (issued|sent|processed|applied|added|approved|arranged|dispatched)',
  '(has|have) been (refunded|credited|waived|reversed|reinstated|restored|reimbursed|repaired|remade|redone|reprinted|reissued)',
  // "we're crediting $48.80 to your account", "Set 8 was remade and went out by express", "A new set was made and sent",
  // "and no charge for the tyres", "no fee has been added", "- Reset completed and confirmed".
  '(we are|i am) (also|now|just)? (crediting|refunding|reimbursing|replacing|waiving|reissuing|reprinting|remaking) (you)? (¤|#n|the|your|a|an|two|three|all|both|every|each)',
  // "I'm making a new side panel", "we're taking a week's rent (£323) off your next invoice".
  '(we are|i am) (also|now)? (making|building|cutting|printing|baking|sewing|remaking) (you)? (a|an) (new|fresh|replacement|brand-new|brand new)',
  '(we are|i am) (also)? taking ... ... ... ... off (your|the)',
  '(was|were) (remade|reprinted|redone|resent|re-sent|reissued|repaired) (and|by|on|yesterday|today|this)',
  '(a|an) (new|replacement|fresh) _ (was|has been) (made|sent|printed|fitted|posted|issued|dispatched)',
  '(and|,) no (charge|fee|cost) for',
  '(no|not any) (fee|charge|penalty|interest) (has been|was|will be) (added|charged|applied)',
  '^ (reset|repair|fix|replacement|refund|reinstall|reinstallation) (completed|done|processed|issued)',
  // Money put back: "We returned £1,146.30 to your account this morning", "it is back in your account".
  '(i|we) have? (also|just|now|already)? (returned|paid back|put back|sent back|refunded back|transferred) (the)? (¤|#n|the money|your money|the full|the payment|the amount|the charge)',
  // Told of the money: "£15 refunded this morning" (no `^`: a sentence's start is its first word).
  '¤ #n (refunded|credited|repaid|returned|reimbursed) (this morning|this afternoon|today|just now|to your)',
  '(is|are) (now)? back in your (account|bank|wallet|balance)',
  // "The $186 went back onto your card this arvo", "£30, the price difference, back on your card today".
  '(went|is|are|was|were|will be|has gone|have gone) back (on|onto|to|into) your (card|account|bank|balance)',
  '¤ ... ... ... back (on|onto|to|into) your (card|account|bank)',
  // A list item: "- 3 free guest passes added to your account", "- This month's membership fee (£38) refunded".
  '^ _ _? _? _? _? (added|credited) to your (account|order|booking|membership|balance)',
  '(fee|charge|cost|price|payment|deposit|fare|subscription|premium|rent) ... ... ... (refunded|waived|credited) $',
  // "We're reprinting now, free", "refunding the £38 too".
  '(we are|i am) (reprinting|remaking|redoing|refitting|replacing|resending|re-sending|reshipping|re-shipping|rebooking) (now|it|them|your|the|a|an|all|#n|¤|this|today)',
  ', and (refunding|crediting|reimbursing|waiving) (the|your|you)? (¤|#n|full|fee|charge|cost)',
  // "I refund the full price of the groom, €55, today to your card."
  '(i|we) (refund|credit) (the|your|you) ... ... ... ... (today|now|this (morning|afternoon|week))',
  // "The tuning is on me this time."
  '(is|are|will be) on (me|us) this time',
  // "- Full refund of your VIP upgrade amount (₱8,400) to your GCash, processed today."
  '(refund|credit|reimbursement) ... ... ... ... ... (processed|issued|sent|paid) (today|this morning|this afternoon|yesterday|just now)',
  // "We give you two extra weeks of course for free."
  '(i|we) (give|are giving) you (#n|a|an|one|two|three|four|another) (extra|free|more|complimentary|bonus)',
  // Ready for the customer: "A second box is ready for you now at the counter".
  '(is|are) (now)? ready for (you|collection|pickup|pick-up) (now)? (at|from|in|to)',
  '(i|we) have (just|now|already|also)? paid (you)? ... ... (compensation|back)',
  // "We've paid you interest on the £15,000 for the eleven days".
  '(i|we) have (just|now|already|also)? paid (you)? (interest|the difference|the shortfall)',
  '(i|we) have (just|now|already|also)? paid (you)? (the|a)? (full)? (¤|@ph)',
  // "The missing €500 was transferred to your account today".
  '(was|were|has been|have been) (transferred|paid|sent|returned|credited|refunded|deposited|put) (back)? (to|into|onto) your (account|card|bank|wallet|balance)',
  // "and the labour's on us", "Your stay is on the house".
  '(labour|labor|parts|call-out|callout|fitting|delivery|postage|shipping|installation|repair|work|visit|fix|lesson|meal|drinks|stay|night|nights|room) (is|are|will be) (all)? (on us|on me|on the house)',
  "(labour's|labor's|fitting's|delivery's|postage's|repair's|visit's|lesson's|meal's|stay's|room's) (all)? (on us|on me|on the house)",
  '(correct|corrected|new|replacement|revised|updated|reissued) ... (report|invoice|statement|certificate|document|letter|copy|ticket~|label|contract|agreement|application|quote|receipt|confirmation) (is|are) (attached|enclosed)',
  '(i|we) have (also|now)? (changed|corrected|fixed) (how|the way) your',
  // The second of two things done: "I've run your export manually and sent the file to you".
  '(i|we) have _ ... ... and (also)? (issued|refunded|credited|replaced|restored|reshipped|re-sent|resent|approved) (the|your|a|an|it|them|you|all|both|every|#n|¤|two|three|four)',
  '(i|we) have _ ... ... and (also)? (sent|emailed) (you)? (the|your|a|an) ... (file|export|replacement|refund|voucher|code|label|ticket~|pass~|key~|part~)',
  // A team's remedy: "Our accounts team has added a £20 credit to your account".
  '(our|the) ... (team|department) (has|have) (also|now|just)? (added|applied|issued|refunded|credited|waived|reversed) (a|an|the|your|#n|¤)',
  '(i|we) have? (just|now|already|also)? made the (necessary|required)? (correction~|adjustment~) (to|on)',
  // A list of what was done, under "Here's what I've done:": "- Reversed the charge of $12".
  '(i|we) have? (also|just|now)? (recovered|retrieved|rescued) (#n|the|your|all|most|some|it|them|every)',
  '(i|we) have? (also|just|now)? (reprinted|remade|re-made|redone|re-done|recut|re-cut|rewritten|re-engraved|merged|relisted|re-listed) (the|your|a|an|both|all|it|them|#n|this|that|these|those)',
  '(i|we) have? (also|just|now)? (re-run|rerun|re-ran|reran|regenerated|re-generated|rebuilt|re-exported|reimported|re-imported|resynced|re-synced) (the|your|a|an|both|all|it|them|#n|this|that|these|those)',
  // "I've withdrawn the case from the enforcement agency", "I've gone ahead and added the skin".
  '(i|we) have? (also|just|now|already)? (withdrawn|withdrew|written off|wrote off) (the|your|a|an|it|them|#n|¤|this|that|all)',
  '(gone|went|go) ahead and (added|refunded|sent|issued|credited|restored|booked|reinstated|cancelled|canceled|waived|replaced|upgraded)',
  '(i|we) have (allocated|assigned|transferred|given) (them|it|these|those|the|a|an|two|#n) ... ... to you',
  '(i|we) have (issued|sent|allocated|emailed) (you)? (e-tickets|tickets|new tickets|replacement tickets|vouchers|a new ticket)',
  // A remedy made by another party at our request: "They have deleted your CV and confirmed this in writing".
  '(they|it) (have|has) (now)? (deleted|removed|withdrawn|corrected|cancelled|canceled|refunded|reversed|restored) (your|the)',
  // The corrected thing sent: "I've attached a corrected export", "and attached the complete file".
  '(i|we|and) (have)? (also|now|just)? attached (a|an|the|your) (corrected|complete|completed|fixed|new|updated|revised|full|replacement|working|correct) _',
  // Done over, the right way: "I've placed the order again at the same price".
  '(i|we) have (also|now|just)? (placed|put through|booked|submitted|resubmitted|sent) (the|your|it|this) _? again',
  // The replacement under way: "A new lamp left our warehouse this afternoon".
  '^ (a|your) (new|replacement|fresh|second|brand-new) _ _? (left|has left|went out|was sent|has been sent|was dispatched|has been dispatched) ... ... (today|tonight|this (morning|afternoon|evening)|an hour ago|by (express|courier|next-day|tracked|special))',
  '^ (refunded|credited|reversed|waived|reissued|re-issued|reshipped|re-shipped|re-sent|resent|reimbursed|rebooked|booked|posted|couriered|dispatched|arranged|fixed|replaced|swapped|restored|reinstated|corrected|upgraded|paid|transferred|approved|settled|cancelled|canceled|withdrawn|removed|deleted|submitted|resubmitted|recalculated|changed) (the|your|a|an|all|#n|¤|@ph|this|that|these|those|it|them|you|both|our|every|each)',
  // A list item of what was done: "Cancelled notice PN-20931", "Credited April's permit fee", "Arranged for a dehumidifier".
  // "re-embroidering 182 blazers at our cost and refunding £410".
  '(we are|i am) (also|now)? (re-printing|re-embroidering|re-engraving|re-sewing|re-stitching|re-making|re-doing|re-cutting|re-fitting|re-sending|re-shipping|re-booking|re-issuing|re-delivering|re-installing|re-painting|re-baking|re-framing|re-upholstering|re-tiling) (the|your|all|every|#n|both|it|them)',
  '(goes|go|going|went|will go) out ... ... (at|on) (our|my) (own)? (cost|expense)',
  // "A furniture restorer can visit you on Tuesday to assess the damage, at our cost."
  ', at (our|my) (own)? (cost|expense) $',
  '(and|,) (refunding|crediting|reimbursing) (you)? (the|your)? (full)? ¤',
  // A labelled line: "Refunded: %AMOUNT% to your card".
  '^ (refunded|credited|waived|reversed|replaced|rebooked|reshipped|sent) :',
  '^ (cancelled|canceled|credited|waived|removed|refunded|reversed|withdrawn) _? _? (fee|fees|charge|charges|notice|fine|penalty|invoice|bill|order|booking|subscription|payment|ticket)',
  '^ arranged (for|to)',
  // "Your next cut's on me", "All fourteen balances were corrected on 2 April".
  '(your|the) (next)? _ _? (is|are|will be) (on me|on us|on the house|complimentary)',
  '(your|the) next _ _? (on me|on us|on the house)',
  '(was|were) (corrected|fixed|restored|reinstated|refunded|credited|reissued|rebooked) (on|today|yesterday|this|last|by|within|overnight)',
  // The harm undone: "Greystone have confirmed in writing that your CV has been deleted from their systems".
  '(has|have) been (deleted|removed|erased|destroyed|wiped|withdrawn|taken down|retracted) (from|off) (their|our|the|your|all|every) _',
  // A list of what we are doing, in the -ing form: "- Refunding this visit and your next three
  // months of service", "- Regrinding the tip by hand"; a waiver standing alone: "- No charge for
  // Tuesday's shoeing", "No charge, and your $84 has been refunded", "to do all four feet, no
  // charge"; the new one made: "New plates are cut."
  '^ (refunding|crediting|waiving|replacing|remaking|redoing|reprinting|reshipping|resending|regrinding|repairing|covering|rebooking|reinstating|refitting|recutting|rehanging|relaying|reupholstering|re-doing|re-making|re-fitting) (the|your|this|that|a|an|all|both|#n|¤|it|them|her|his)',
  '^ no (charge|fee|cost|call-out fee|callout fee) (for|on|,|.|$|and|either)',
  ', no (charge|fee|cost) (,|.|$|and)',
  '^ (a|the|your)? (new|replacement|fresh) _ _? (is|are|has been|have been) (cut|made|printed|ordered|on order|being made|in production|ready|done|finished|engraved)',
  // Money towards what the failure cost them: "I'll put €40 towards the leave you lost".
  '(i|we) (will|have|had)? (put|pay|paid|contribute|contributed|give|gave|chip in) (¤ #n|#n|¤) ... (towards|toward)',
  // "The fine is removed from your account", "The hold is lifted" (not "your hold was cancelled": that is the failure).
  '(fine|fee|charge|hold|block|penalty|debt|notice|restriction|suspension|ban|late fee) (is|are|has been|have been|was) (now)? (removed|lifted|waived|reversed|withdrawn|cleared|refunded|written off)',
  // "Full reprint of 2,000 at our cost", "we'll sort it while you wait", "I'll drop them at your door".
  '(reprint|replacement|repair|redo|refit|collection|visit|remake|rebuild|reprinted|replaced|repaired|redone|remade) ... ... at our (cost|expense)',
  'with no charge (for|on)',
  '(i|we) will (sort|fix|repair|replace|reset|swap|redo|refit) (it|this|them) (while you wait|today|now|for you|for free|free|in)',
  // "We've stopped all duplicate sends", "We rolled it back by 11am", "your revision deadline has been
  // extended by four weeks", "I have asked our accounts team to send the full £860 today".
  '(i|we) have (stopped|paused|halted|blocked) (all|the|any|every) _',
  '(i|we) (have)? rolled (it|this|that|the _ _?) back',
  '(has|have) been (extended|reassigned|expedited|fast-tracked|prioritised|prioritized|corrected|rebooked|rescheduled) (by|to|for|and|,|.|$)',
  '(i|we) have (also|nonetheless|now|just|already)? asked (our|the) _ _? to (send|refund|pay|credit|release|transfer|return) (the|your|you)',
  '(i|we) will (drop|bring|deliver|return) (it|them|your _|_ _? _?) (off|at|round|to|back) ... (door|home|house|office|flat|desk)',
  // Put back as it was: "I've set your grind back to whole bean".
  '(i|we) have? (also|just|now)? (set|switched|changed|put|turned|moved) (your|the|it|them|her|his) _? _? back (to|on|in)',
  // Done, told of the remedy: "Your day's rental is refunded", "I've put a free lift pass on your booking".
  '(is|are) (now)? (fully)? (refunded|credited|waived|reversed|reimbursed)',
  '(i|we) have? (also|just|now)? put (a|an|the|#n|¤) ... ... (on|onto|into) your (account|booking|order|card|file|reservation)',
  '^ applied (a|an|the|your)? ... (credit|refund|discount)',
  '(claim|refund|return|request|replacement|exchange|warranty claim) (is|was|has been) (now)? (approved|accepted|authorised|authorized)',
  '(is|are) on (its|their) way',
  '(i|we) have? (just|now|already|also)? (pushed|put|rushed|fast-tracked) (it|this|the (refund|payment|order|claim|return)|your (refund|payment|order|claim|return)) through',
  'at no (cost|charge|extra cost)',
  "(there will be|there is|there's) no charge for",
  '(there will be|there is|with) no (labour|labor|call-out|callout|delivery|service|booking|admin|repair|parts|fitting) (charge|fee|cost)',
  // "The translation is now corrected", "We will not charge for this project", "we will pay your lawyer's invoice", "- Added 500 gems".
  '(is|are) now (corrected|fixed|repaired|resolved|restored|replaced|reinstated)',
  '(we|i) will not charge (you)? (for|anything)',
  '(i|we) will (pay|cover|reimburse) (your|the) _ _? (invoice|bill|costs|fees|fee|receipt|expenses)',
  // "We'll pay your roofers' £150 call-out charge", "The first week's hire, £420, is written off",
  // "with the £60 call-out waived and 15% off the glass".
  '(i|we) will (pay|cover|reimburse) (your|the) ... ... ... ... (charge|charges|invoice|bill|fee|fees|costs|cost)',
  // Money, not a car: "Your car has been written off" is no repair.
  '(hire|fee|fees|charge|charges|invoice|bill|balance|cost|costs|amount|rent|deposit|#n) ,? ¤? #n? ,? (is|are|has been|have been|will be) written off',
  '(call-out|callout|fee|charge|delivery charge|booking fee|admin fee|deposit) (is|will be|has been)? waived',
  '^ (added|unlocked|restored) (@ph|#n|¤)',
  // Put right, told of the thing: "Your bin was emptied yesterday"; had done: "I've had a new certificate printed".
  'your _ _? (was|has been) (emptied|collected|repaired|fixed|replaced|refunded|reconnected|restored|cleaned|picked up|delivered|reinstated|reprinted|re-sent|resent) (yesterday|today|this morning|this afternoon|this evening|last night|earlier today|an hour ago|at)',
  '(i|we) have had (a|an|the|your) (new|replacement|corrected|fresh)? _ (printed|made|reprinted|remade|sent|issued|reissued|fitted|delivered|couriered|signed)',
  '(i|we) have (also)? (knocked|taken) (the)? ¤? ... ... off (your|the)',
  // Set right in our records: "Your application is now marked complete".
  '(is|are) now (marked|showing|shown|listed|recorded) (as)? (complete|completed|paid|correct|active|resolved|valid|received)',
  // "Biscuit's booster is now booked for Saturday", "I've booked Dave for this Saturday at 8".
  '(is|are) now (booked|rebooked|re-booked|rescheduled|scheduled) (in)? (for|on)',
  '(i|we) have (booked|rebooked|re-booked|scheduled|rescheduled) _ _? (for|on) (this|next|tomorrow|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|#n)',
  // Paid or sent back: "I've also mailed you a $150 check", "We have paid the full penalty", "I've authorised reimbursement".
  '(i|we) have? (also|just|now|already)? (mailed|posted|sent|wired) (you)? (a|an) (¤|#n)? (check|cheque|payment|refund|reimbursement|credit)',
  '(i|we) have (also|just|now|already)? paid (the|your) (full)? (penalty|fine|fee|fees|bill|charge|charges|invoice|cost|costs|interest|balance|excess)',
  '(i|we) have? (also|just|now|already)? (authorised|authorized|approved) (a|an|the|your|full)? (reimbursement|refund|credit|repayment|compensation)',
  // Done through someone: "This morning I had your policy reinstated".
  '(i|we) (had|got) (your|the) _ (reinstated|restored|refunded|replaced|reissued|re-issued|corrected|fixed|rebooked|re-booked|reconnected|reactivated|reopened|re-opened|unblocked)',
  // "The labor on the install is on us."
  '(labor|labour|cost|fee|bill|repair|install|installation|delivery|shipping|postage|callout|call-out|visit|parts|treatment|session|lesson|night|meal|drinks|reprint|redo) ... ... (is|are|will be) on us',
  'free of charge',
  'on the house',
  // "Your next three sessions are on us", "I'm also taking £250 off the final balance".
  '(sessions|lessons|nights|visits|meals|classes|treatments|repairs|deliveries|collections|fees|appointments|grooms|services) (is|are|will be) on (us|me)',
  '(i|we) (am|are) (also)? taking ¤ #n? off',
  // "We're paying your loan payments for March and April".
  '(we are|i am) (also|now)? (paying|covering) (your|the|for)',
  // "We've paid your vet bill of $186".
  '(i|we) have (also|just|now|already)? paid (your|the) _ _? (bill|invoice|fee|costs|charge|charges)',
] as const;

/** Promised or offered remedies: partial credit (C4). */
export const REPAIR_PROMISED = [
  // "The duplicate £360 will be returned to you on 1 December".
  '(will be|is being) (returned|refunded|credited|repaid|reimbursed|sent back|paid back) (to you|to your|in full)',
  // An offer: "I can send a new jug today or refund you in full".
  '(i|we) can (send|refund|replace|reship|re-ship|rebook|re-book|credit|swap|exchange|resend|re-send) (you)? (a|an|the|your|it|them|#n|¤|in full)',
  // A place kept for the customer: "I've held the window table for you at 7:30".
  '(i|we) have (held|reserved|saved|kept) (the|a|an|your|#n|two|three|four|five|six) (_)? (table|room|seat|place|places|seats|booking|reservation|slot|slots|spot|spots|appointment|ticket|tickets|item|size|unit) (for you|for|until|till|on|at)',
  '(i|we) (am|are) (holding|keeping|reserving|saving) (the|a|an|your) ... for you',
  '(i|we) have (saved|reserved|booked|held) you (a|an|the) (seat|place|table|room|spot|slot)',
  '(i|we) can (either) (send|refund|replace|reship|rebook|credit|swap|exchange|resend)',
  '(happy|glad) to (send|refund|replace|reship|re-ship|rebook|re-book|credit|swap|exchange|resend)',
  '(i|we) will (personally)? (refund|credit|send|ship|replace|redo|rebook|re-book|fix|reship|re-ship|resend|re-send|cover|waive|reimburse|honour|honor|arrange|restore|reissue|re-issue|upgrade|courier|get (a|the|you)|make (this|it) right|sort (this|it) out|put (this|it) right)',
  'a (full|partial)? (refund|replacement|credit|reimbursement)',
  'a (service|goodwill|account)? credit',
  '(voucher|coupon|discount|gift card|gift certificate|promo code|discount code)',
  'replacement',
  '(a|an|our) (technician|engineer|fitter|installer|courier|driver) will (visit|come|call round|collect|repair|fix|replace)',
  // "An engineer from Apex Heating will replace the faulty pump", "our driver will bring the boxes".
  '(a|an|our) (technician|engineer|fitter|installer|plumber|electrician|courier|driver|mechanic|crew) ... ... ... will (visit|come|collect|repair|fix|replace|install|bring|deliver|return|empty|redo|swap|refit)',
  '(i|we) will (reduce|lower|cut|discount) (your|this|the|next)',
  '(i|we) have (also)? taken ¤ ... off (your|the)',
  '(i|we) have? (also|just)? (taken|knocked) ¤ #n? off _',
  // "I've also taken this month's rental for the sofa off your bill", "New screen ordered at our cost".
  '(i|we) have? (also|just)? taken ... ... ... ... ... off (your|the) (bill|invoice|account|total|balance|next)',
  '(ordered|sent|fixed|replaced|repaired|booked|arranged|done|redone|reprinted|remade|returned|collected|couriered|posted|refitted|covered|made|cleaned|repainted) at (our|my) (cost|expense)',
  // "We've arranged for Precision Alloy Repairs to refurbish the wheel at our expense", "we'll pay
  // for the full repair", "This morning I sent Northgate a corrected application".
  '(i|we) have? (also|just|now)? (arranged|booked|organised|organized) for _ _? _? _? to (refurbish|repair|fix|replace|collect|redo|remake|reprint|refit|clean|restore|visit|re-cover|recover|reupholster|re-upholster)',
  '(i|we) will (also)? (pay|cover|foot the bill) (for)? (the|a|all|any|your) (full)? (repair|repairs|replacement|cost|costs|restoration|refurbishment|bill)',
  // "Gareth, will visit on Monday at 8am", "Next week's lesson is free", "A reprint is already in
  // production", "Oak desks are being loaded now", "as our guest", "I'll restring it".
  ', will (visit|come|call round|repair|fix|replace|reroute|redo) (on|at|tomorrow|today|this|next)',
  '(lesson|session|visit|night|stay|class|wash|service|month|treatment|appointment) (is|will be) (free|on us|on the house|complimentary)',
  '(reprint|replacement|remake|new _) ... (is|are) (already)? (in production|being made|being printed|on (its|their) way|underway|under way)',
  '(are|is) (now)? being (loaded|made|printed|packed|prepared|sent|shipped|built|remade|reprinted|repaired)',
  'as our (guest|guests)',
  '(i|we) will (also)? (restring|redo|re-do|refit|re-fit|rework|re-cover|reupholster|reinstall|re-install|reprint|remake|rebuild|repaint|regrout|re-grout|reset|reseal|re-seal|reglaze|re-glaze)',
  '(i|we) (will|would)? (settle|pay out) (the|your) claim (at|in) (full|its full)',
  '(i|we) (have)? (sent|submitted|resubmitted|emailed|given|handed) _ _? (a|the|their|your) (corrected|new|revised|updated|amended|fresh|replacement)',
  // "The radiator valve was replaced yesterday afternoon".
  '(was|were|has been|have been) (replaced|repaired|fixed|refitted|mended|swapped out|restored) (yesterday|today|this (morning|afternoon|evening|week)|last night|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))',
  // "The 21st is still yours, and it is now blocked under your names".
  '(is|are) (now)? (blocked|held|reserved|booked) (out)? (under|in|for) your (name|names)',
  '(i|we) have? (also|just)? (decided|arranged|agreed) to (refund|replace|credit|waive|cover|reimburse|send|reprint|redo|remake)',
  '(i|we) have (placed|made|put in) (a|an) (new|fresh|priority|second) (hold|reservation|booking|order|request)',
  // "I've switched your next bag to whole bean".
  '(i|we) have? (also|just|now)? (switched|changed|moved|swapped) your (next|upcoming|remaining|future)? _ _? to',
  '(refund|credit) (will|should) (be|go|arrive|show)',
  '(will|should) go out to you',
  '(we|i) will (get|have) (this|it|that|everything) (sorted|fixed|resolved|put right)',
  // "I'll have it delivered to your hotel by 9pm", "we'll deliver it to your hotel tonight".
  '(we|i) will (have|get) (it|them|your (order|parcel|package|bag|item|replacement|luggage|suitcase|tickets|documents|card)) (delivered|sent|couriered|brought|taken)',
  '(we|i) will (personally)? deliver (it|them|this|your _)',
  '(gesture of goodwill|goodwill gesture)',
  '#n (%|percent) off (your|the)',
  'so (we|i) can (sort|fix|resolve|put right) (it|this|that)',
  // Offers and promises told another way: "we'd like to cover the cost of a carpet clean", "I'll
  // recalculate your bill and refund any overpayment", "ten extra edits as a thank you for waiting".
  '(i|we) would (like|love) to (cover|pay for|refund|reimburse|credit|offer you|send you|replace)',
  '(i|we) will pay (that|this|it|the|you|¤|#n)',
  '(i|we) will (also)? pay for (the|a|an|your|professional|any|all)',
  '(our|a|an|the) (driver|courier|engineer|technician|fitter|rider) can (bring|deliver|collect|drop|fit|fix|replace) (it|them|the|a|an|your)',
  '(added|sent|given|put|booked|included|attached|reserved|enclosed) (you)? (#n|a|an|two|three|four|five|some|your)? (complimentary|free|bonus) (ticket~|pass~|month~|night~|session~|lesson~|visit~|class~|service~)',
  '(i|we) have? (also)? set aside (a|an|our|the|one) _ _? _? (for you|so you)',
  '(i|we) will _ _? _? _? and (refund|credit|reimburse|replace|waive|reship|resend)',
  'as a (thank you|thank-you|thankyou|gesture|goodwill gesture) for (waiting|your patience|bearing with)',
  // "I'll make you a new top at the correct length".
  '(i|we) will (make|build|cut|print|bake|knit|sew|frame) you (a|an) (new|fresh|replacement|second)',
  // "I'll knock 25% off", "we will not charge the labour (60 EUR)".
  '(i|we) (will|want to) (also)? (knock|take) (#n|¤) ... off',
  // "I'd also like to take $100 off your rescheduled session".
  '(i|we) would (also)? (like|love) to (knock|take) (#n|¤) ... off',
  // "we'll knock the €1,800 grant off your final invoice now".
  '(i|we) will (knock|take) (the|a|an|that|this) ... ... ... off (your|the)',
  // "The correct 10mg pack will be with you today before 6pm".
  '(the|a|your) (correct|right|new|replacement|fresh|proper) _ _? _? (will be|is) (with you|at your door|delivered to you)',
  // "A new copy is going out to you today".
  '(the|a|your) (correct|right|new|replacement|fresh|proper) _ _? (is|are|will be) (going out|on its way|on their way|being sent|being posted) (to you)?',
  '(i|we) will not charge (you)? (for)? (the|your)? (labour|labor|fee|call-out|callout|delivery|postage|visit|repair|service|lesson|session)',
] as const;

/**
 * A label for what we are doing about it, with a list of it under it ("Here is what we would like
 * to do:", "Here's the plan:", "What I'm doing:"): the repair, whatever the items' wording (read
 * with the list, see src/components.ts).
 */
export const REPAIR_LABEL = [
  '^ (here is|here are|this is) (what|how) (we|i) (would like to|will|are going to|want to|plan to|propose to|are doing|have done|did|can do|are offering|would like to offer) (do)? ... ... ... :',
  '^ (here is|this is) (the|our|my) (plan|fix|remedy|offer) ... ... :',
  '^ what (we|i) (will|are going to|have done|are doing|would like to|want to) (do)? ... ... :',
] as const;

/** Asking how to make it right: partial credit (C4). */
export const REPAIR_ASK = [
  '(what|how) (can|could|would) (i|we) (do to)? make (this|it|things) right',
  'would you (prefer|like) (a|the) (refund|replacement|credit|exchange)',
  '(would you like|shall|should|do you want) (me|us)? to (refund|reserve|replace|reship|re-send|resend|exchange|credit|hold|rebook)',
  '(what|how) would you like (us|me) to (do|proceed)',
] as const;

/** Empathy that names the customer's situation: full credit (C5). */
export const EMPATHY_FULL = [
  // The feeling named: "I can understand your annoyance", "I can understand feeling embarrassed",
  // "the fear you must have felt", "Your concerns were entirely reasonable".
  `(i|we) (can|completely|totally|fully|really|do)? (understand|appreciate|imagine|get) (your|the) ${FEEL_NOUN}`,
  '(i|we) (can|completely|totally|fully|really|do)? (understand|imagine|appreciate|see) (you)? (feeling|being) <INTENS>? <FEEL>',
  `${FEEL_NOUN} you (must have|must|will have) (felt|had|gone through|been through)`,
  '(your|the) (concerns|concern|frustration|anger|complaint|reaction|worry|worries|questions) (was|were|is|are) (entirely|completely|totally|perfectly|quite)? (reasonable|justified|fair|valid|understandable)',
  // The concrete impact: "a nasty surprise, especially the week before payday", "You stayed home
  // all day in a cold house", "A special day out ended in disappointment", "the worst version of
  // that situation", "You planned your celebration around our date", "you're now behind on…".
  '(a|an) (nasty|horrible|unwelcome|awful|rotten|unpleasant|horrid) (surprise|shock|discovery)',
  '(especially|particularly) (the|before|during|over|at|in) _',
  '(you|your _ _?) (stayed|waited|sat|stood) ... ... ... ... (all day|all morning|all afternoon|all evening|all night|for hours|the whole (day|morning|afternoon|evening))',
  '(ended|ending|turned) (in|into) (disappointment|tears|frustration|a let-down|a disaster|chaos)',
  '(is|was) (about|probably|just)? the worst (version|kind|sort|time|moment|place|way|possible)',
  'you (planned|arranged|organised|organized|timed|built|scheduled|rearranged) (your|the|a|an|everything|things|it) ... ... ... around',
  '(i|we) (know|understand|realize|realise|appreciate|can see) (that)? you (are|were|have been|will be) (now)? (behind|out of pocket|stuck|stranded|short|late)',
  '(i|we) (completely|totally|fully|really|truly|absolutely|do|can)? (know|understand|can see|get|can imagine|can only imagine|appreciate|realize) (how|why|what) ...',
  '(i|we) (know|understand|can see|realize) (that|this|it) (is|was|has been|must be|must have been) ...',
  // The concrete impact on the customer (RULES.md §0.16): "I know it meant rearranging your day".
  '(i|we) (know|understand|realize|realise|can see|appreciate) (that)? (this|it|that) (meant|means|left|cost|held up|delayed|disrupted|ruined|spoiled|put) ...',
  '(sorry|apologies|apologize~) (that)? (this|it|that) (spoiled|ruined|disrupted|cost you|took up|upset|caused you) ...',
  '(sorry|apologies|apologize~|gutted|sad|heartbroken) (that)? you (missed|lost|had to|were left|spent|ended up)',
  // "I know you ended up playing a borrowed guitar", "it left you wondering", "made you look
  // unreliable", "You came to us to relax and left feeling embarrassed", "That's not a small thing",
  // "I get it:", "reflects on you", "You trusted us with your car".
  '(i|we) (know|understand|realize|realise|appreciate|can see) (that)? you (ended up|had to|were left|lost|missed|spent|went without)',
  '(understand|imagine|appreciate) (it|this|that) leaving you',
  'you (should|deserved to) have (had|got|received|been given|heard)',
  '(made|make|makes) you (look|feel|seem|appear) _',
  '(left|leave|leaving|came away|walked away) feeling <INTENS>? <FEEL>',
  '(that|this|it) (is|was) (not|no) (a)? small (thing|matter|deal)',
  '(i|we) (totally|completely|really|fully)? get (it|that) (:|,|.|!|$)',
  '(reflects|reflected) (badly)? on you',
  'you trusted us (with|to)',
  '(i|we) (know|understand|realize|realise|appreciate|can see) (that)? _ _ _? _? (was|is|has been|must have been) (both)? <INTENS>? <FEEL>',
  'you were left (without|stranded|waiting|out of pocket|standing|sitting|stuck|hanging|in the (rain|cold|dark|lurch))',
  '(that|this|it|which) must (have been|be) ...',
  '(that|this|it) (sounds|sounded) <INTENS>? (<FEEL>|awful|horrible|terrible|like a)',
  'you (should not|should never) have (had to|needed to|been)',
  '(should not|should never) have been (necessary|needed|your problem)',
  '(especially|particularly) (since|when|with|as|after|because|on)',
  '(left|has left) (you|part of your _|your (team|staff|family|kids|children|guests|daughter|son|husband|wife|partner|customers|clients|pupils|students)) without',
  'after (waiting|chasing|writing|calling|two|three|four|five|six|several|weeks|days|months|hours)',
  'no wonder you',
  'you (were|had been|have been) (counting|relying|looking forward|waiting)',
  'you deserved (better|a|an)',
  '(is|was|are|were|be|been|being) <INTENS>? (a|an)? (really|so|very|understandably)? <FEEL>',
  '<FEEL> (for|to) you',
  'you (must|must have) (be|been|feel|felt) <INTENS>? <FEEL>',
  'you (are|were) (absolutely|completely|quite|totally)? (right|correct) (to|about|that|,|.|!|;|:|-|and|$)',
  'you have had to (deal with|wait|chase|go through|contact|write|call|put up with|repeat|put|pay|borrow|cover|find|take|cancel|rearrange|miss|turn|send|explain)',
  // What it cost: "it cost you a night on airport benches", "and that you missed the first evening".
  '(it|this|that) (cost|ruined|spoiled) you (a|an|your|#n|two|three|nearly|almost|over|more than|hours|days|weeks|money|time)',
  '(it|this|that) left you (with|without|stuck|stranded|waiting|out of pocket)',
  '(is|was) the last thing you (want|wanted|need|needed)',
  'the last thing you (needed|wanted) (was|is)',
  '(you|your _ team) had to (phone|call|ring|chase|contact|email|write to) us',
  '(you|your _|your _ _) spent (the|a|an|your|#n|two|three|hours|days) (morning|afternoon|day|evening|weekend|hours|days|night|week)',
  'not what you (paid|booked|signed up|asked) for',
  // "Not what you want on a Friday night", "not what you were hoping for".
  '(, | - | ;) (and|which is|that is|that was|this is)? not what you (want|wanted|need|needed|expected|were expecting|hoped for|were hoping for)',
  '^ (that is|this is|it is|it was|that was)? not what you (want|wanted|need|needed|expected|were expecting|hoped for|were hoping for)',
  // "Three days without a working phone is a lot.": the burden weighed.
  '(is|was|has been) (a lot|too much) (to (deal with|handle|put up with|ask))? $',
  // "… caused real problems for your team", "must have made getting home very hard".
  '(caused|created) (you|your _|your _ _)? (real|serious|genuine|big|huge|so many|a lot of|no end of) (problems|trouble|stress|hassle|headaches|disruption|difficulties)',
  'must have made ... ... (hard|harder|difficult|stressful|impossible|awkward|worse|tricky|exhausting)',
  // "£240 is a lot to have leave your account", "we made that harder".
  '(is|was) a lot (to|for) (have|lose|pay|find|spend|wait|deal|ask|go|take|be)',
  '(we|i) (made|have made) (that|this|it|things|everything) (even|much|so much)? (harder|worse|more difficult)',
  // Without something for days: "you were without a fridge for three days", "You have been without a car".
  'you (were|have been|had been|are|were left|have been left) without (a|an|your|any|the|power|heating|hot water|water|internet|broadband|a phone|money|wages|pay)',
  'you were left with (nothing|no _|(a|an|the|your) (damaged|broken|cracked|useless|empty|dead|cold|wet|soaking|flooded|bill|mess|hole|leak|gap))',
  // What the customer had arranged: "You'd already arranged for him to miss school", "You'd planned that weekend for months".
  'you (had|would) (already)? (arranged|rearranged|planned|booked|organized|cleared|moved|saved|taken|waited|counted on|looked forward|picked|chosen|set aside)',
  // "I understand this will feel worrying", "Annoying, I know.", "it's been nagging at you all
  // weekend", "I get that finding a mark on a brand-new bike takes the shine off".
  '(i|we) (know|understand|realize|realise|appreciate|can see) (that)? (this|it|that) (will|would|might|may) (feel|be|seem) <INTENS>? <FEEL>',
  '<FEEL> , (i|we) (know|get it|imagine|bet)',
  '(nagging|weighing|preying) (at|on) you',
  '(takes|took|taken) the (shine|joy|fun) (off|out of)',
  '(i|we) (totally|completely|really|fully)? get (why|how|that) _',
  '(and|then) spent (your|the) (first|whole|entire|last|only) _',
  '(could|might) (easily)? have been (dangerous|serious|really dangerous|much worse|far worse|a disaster|nasty|frightening)',
  '(could|might) (easily|so easily)? have been (badly|seriously|really)? (hurt|injured)',
  // "I'm so glad he's all right", "the worry that caused you", "the worry the letter caused you".
  '(glad|relieved) (that)? (he|she|they|you|everyone|nobody|no one|your _) (is|are|was|were) (not)? (all right|alright|okay|ok|safe|fine|unhurt|hurt|injured)',
  // "a disappointing and embarrassing morning", "would have been worrying", "made a long day much harder".
  '<FEEL> (and <FEEL>)? (morning|day|evening|afternoon|night|weekend|week|trip|visit|journey|start|wait)',
  'would have been <INTENS>? (<FEEL>|horrible|dreadful|miserable|awful)',
  '(made|makes) (a|the|your) _ _? (much|far|even|so much)? (harder|worse|longer|more stressful|more difficult)',
  // "which makes this much more than a piece of furniture", "isn't something you should have had to spot yourself".
  '(makes|made) (this|it|that) (much|far|so much) more than (a|an|just a|just)',
  '(is not|was not) (something|anything) you should (have had to|have needed to|need to|have to)',
  // "another week struggling to hear your grandchildren", "it landed on you", "the opposite of what you pay us for", "can't simply be replaced".
  '(another|a whole|an extra) (week|day|month|night|weekend|fortnight) (of)? (struggling|without|waiting|stuck|trying)',
  '(it|this|that|which) (landed|fell) on you',
  // "so you've been paying the higher rate since the 3rd", "a miserable start to term", "the worry of whether…", "on top of everything else".
  '(so|and) you have been (paying|waiting|stuck|without|charged|left)',
  '(a|such a) (rotten|horrible|miserable|lousy|terrible|awful|dreadful|rubbish|sad|grim|stressful|bad) (start|end) to',
  '(the|a) worry (of|about) (whether|how|what|if)',
  'on top of everything else',
  'opposite of what you (pay|paid|come to|came to)',
  '(can not|could not|cannot) (simply|just|easily)? be replaced',
  // What it was like, as the subject: "Being sent by taxi to another hotel at midnight is …".
  '^ being (sent|turned away|left|told|moved|kept|stranded|stuck|refused|ignored|passed around|cut off|locked out|woken|charged twice) _',
  '(worry|stress|distress|anxiety|upset|alarm|disruption|hassle|panic) (that)? (this|it|the _|the _ _|our _|our _ _)? (has)? (caused|gave) you',
  // "I understand the pressure that puts on you", "I understand this has affected your production schedule".
  '(i|we) (completely|fully|really|do)? (understand|know|appreciate|realize|realise|can see) (the|what) (pressure|stress|worry|disruption|impact|hassle|strain|trouble|upheaval)',
  '(i|we) (understand|know|appreciate|realize|realise|can see) (that)? (this|it|that) (has|had)? (affected|disrupted|hit|hurt|held up|set back)',
  // "You took time out of your day to be home", "is a real disappointment", "not a great start to a trip".
  'you (took|had taken|have taken) time (out|off)',
  '(is|was|must be|must have been) (a|such a) (real|big|huge|genuine|nasty|horrible|awful|terrible|rude|unpleasant)? (disappointment|letdown|let-down|blow|worry|shock)',
  // "I can picture how your stomach dropped", "Your anger is entirely justified", "Annoying with your event tomorrow, I get it".
  '(i|we) can (just|only|well|easily)? picture (how|what|the|you)',
  // "I can tell how fed up you are."
  '(i|we) can (tell|hear) (how|that|why)',
  // "I can completely see why you're gutted".
  '(i|we) can (completely|totally|fully|really|absolutely|easily|certainly) (see|understand|imagine) (how|why|what)',
  // "I can't imagine the sinking feeling of reading that message", "You're entitled to be furious with us".
  '(i|we) (can not|could not) (even|begin to)? imagine (how|what|the)',
  'you (are|were) (entitled|right|justified|within your rights) to be (furious|angry|upset|annoyed|frustrated|cross|disappointed|livid|unhappy)',
  '(your|the|that) (anger|frustration|annoyance|upset|disappointment|complaint|reaction|irritation) (is|was) (entirely|completely|fully|totally|quite|more than|perfectly)? (justified|understandable|fair|reasonable|warranted|deserved)',
  '<FEEL> ... ... ... , (i|we) (totally|completely|fully|really)? get (it|that)',
  'not a (great|good|nice|happy) (start|way to start|end|way to end)',
  // How long it went on: "you had a full bin and a pile of bags in the drive for over a month".
  'you (had|have had|were|have been|had been|went) ... ... ... ... for (over|more than|nearly|almost|the best part of)? (a|an|#n|two|three|four|five|six|several) (day|days|week|weeks|month|months|whole day|whole week)',
  '(i|we) (know|understand|realize|realise|can see) (that)? (this|it|that) took',
  'must have been <INTENS>? (a|an)? (real)? (<FEEL>|horrible|dreadful|miserable|rotten|horrid|awful)',
  'you (took|had taken|have taken) (a|the) (morning|day|afternoon|evening|time) off',
  '(waited|waiting) in (for|all)',
  '(is|was) no fun',
  '(i|we) can (only)? imagine the',
  'and that you (missed|lost|had to|spent|ended up|were left)',
  '(a|such a) (real|big|huge|genuine)? (worry|shock|blow) (for you|to you|.|!|,|$)',
  // The burden named: "your accounts team had to chase us twice", "you had to stop work".
  '(you|your (team|family|kids|children|staff|colleagues|partner|husband|wife|son|daughter|guests|customers|clients|users)|your _ team) had to (deal with|wait|chase|go through|put up with|repeat|stop|rearrange|re-enter|redo|start again|field|answer|handle|explain|calm)',
  '(it|this|that) (is|was) not the (experience|service) (we|you)',
  '(makes|make) (complete|total|perfect)? sense (that|why) you',
  'you (have been|were) (more)? patient',
  '(what|such) a <INTENS>? <FEEL>',
  '(i|we) (know|understand|realize|can see) (that)? you (had|have|had been|were|would|would have|needed|wanted|planned|cleared|took|waited|relied|rely|count|counted|spent|lost)',
  '(i|we) (know|understand|realize|realise|can see) (that)? you (missed|went|drove|travelled|traveled|gave up|were looking forward|had been looking forward)',
  // What it was needed for: "I know you need it for work on Monday".
  '(i|we) (know|understand|realize|realise) (that)? you (need|needed|rely|relied|depend|depended) (on)? (it|this|them|that|your _|the _) (for|by|on|to)',
  '(i|we) (know|understand|realize|realise) (that)? (money|cash|budgets|things) (is|are|was|were) (tight|stretched)',
  '(i|we) (am|are) (well)? aware (that)? you (have|had|were|are|need|needed|rely|relied)',
  // The impact named: "must have felt like we weren't listening", "this has put you in a difficult position".
  'must have (felt|seemed) (like|as if|as though|<INTENS>? <FEEL>)',
  'must have (spoiled|ruined)',
  '(has|have|had|this|that|it|which) (put|left) (you|your _) in (a|an|such a) (really|very)? (difficult|awkward|tough|hard|horrible|impossible|stressful|bad) (position|spot|situation)',
  '(is|was) (a|such a) (real)? (nuisance|hassle|headache|strain|pain)',
  '(is|was) such an annoyance',
  'put a (real)? squeeze on',
  // The feeling as an exclamation: "Annoying!", "So frustrating."
  '^ (so|how|really|very|utterly|totally)? <FEEL> $',
  // Sharing the feeling: "I'd be gutted too", "I would be fed up as well".
  '(i|we|anyone) would (be|feel|have been|have felt) <INTENS>? (properly|pretty|just as)? (<FEEL>|gutted|fed up|furious|fuming|livid|annoyed|upset|angry|the same) (too|as well|in your (shoes|place|position))?',
  // "the last thing either of you needed", "time they should never have had to spend", "That's not the day you planned".
  'the last thing (either of you|you both|you two|anyone|your _) (needed|wanted)',
  '(they|you both|your _|your _ _) (should not|should never) have (had to|needed to)',
  '(that is|this is|it is|it was|that was) not the _ _? you (were after|wanted|hoped for|expected|deserved|planned|had in mind|paid for|booked)',
  // What it cost, told of the customer: "you lost the first two hours of your ski day", "you and
  // your partner missed a gig", "you couldn't use your grinder for a month".
  '(and|so|which meant|it meant|that meant|which is why|that is why) (you|you and (your)? _ _?) (lost|missed|wasted|spent|could not|were not able to|did not get to|had to|ended up|opened|went without|waited|sat|stood|were stuck|have been stuck|were stranded|were left|drove|travelled|traveled)',
  '(it|this|that|which) meant (that)? (you|your _|your _ _) (had to|could not|missed|lost|opened|went|were|spent)',
  '(a|such a|the|your) (wasted|lost|ruined|spoiled) (morning|afternoon|evening|day|trip|journey|weekend|week|night)',
  // More of what it cost, told of the customer: "which meant two wasted trips into Exeter", "you
  // still had to pay their call-out", "you've now spent a month wondering" (not "we then had to
  // pay for a new part"). "You were left standing in the rain" and "you've had to put part of it
  // on a credit card" are read by the "you were left" and "you have had to" entries above.
  '(#n|two|three|four|several|another|more) wasted (trips|journeys|days|mornings|afternoons|evenings|visits|drives|weekends)',
  'you (still|then|also|even) had to (pay|find|book|take|drive|walk|borrow|buy|hire|cancel|rearrange|cover|miss|chase|ring|call)',
  '(you have been|you were|you had been) left facing (a|an|the|#n|¤)',
  // "Pretty annoying to open that up on a Friday arvo", "You had to get through the consultation
  // relying on notes", "you've had a week of lower generation", "that spoiled your mum's birthday
  // treat", "your marketing team has had to push the brochure back", "you both lost most of your rental".
  '^ (pretty|really|so|very|quite|rather|incredibly)? <FEEL> to (open|find|get|see|receive|come home to|discover|unpack|read|hear|arrive to)',
  'you had to (get through|sit through|go through|manage|cope|face|explain|rely)',
  'you left without (understanding|knowing|getting|being|a|an|the|your|any)',
  'you have had (a|an|two|three|#n) (week|weeks|month|months|day|days|fortnight|morning|evening|weekend) of',
  '(spoiled|spoilt|ruined|marred) (your|the) _ _? _? (birthday|anniversary|wedding|day|treat|trip|holiday|evening|weekend|party|celebration|meal|visit|night|launch|surprise)',
  'your _ _? (team|family|guests|staff|customers|clients|kids|children|son|daughter|husband|wife|partner) (has|have) had to (push|move|delay|cancel|rearrange|postpone|reschedule|redo|chase|wait|cover|explain|find)',
  '(you both|both of you|you two|you all|all of you) (lost|missed|had to|spent|ended up|waited|were left)',
  // "You had to turn people away and rewrite the specials board", "it has cost you a week on your
  // submission" (not "it cost you the same as a standard seat"), "you've had the hassle of a parcel that wasn't what we promised", "That's money
  // and time out of your holiday", "so that's a double let-down" (not "If you had to pay…").
  '^ you (still|then|also|even)? had to _',
  '(it|this|that|which) (has|had)? cost (you|your _|your _ _) (a|an|#n|two|three|four|several|a whole|a full)? (day|days|week|weeks|morning|afternoon|evening|night|weekend|month|months|hours|money|time|sales|business|customers|sleep|fortune)',
  '(lost|cost) (business|sales|customers|trade|bookings|money|time) for you',
  'you have had (the|all the) (hassle|trouble|bother|stress|worry|inconvenience|expense|cost) of',
  // Not "£10 off your weekend rate": a discount.
  'out of your (holiday|trip|weekend|day|break|honeymoon|evening|week|morning|afternoon)',
  '(a|such a) double (let-down|letdown|disappointment|blow|headache)',
  '(that is|this is|it is|it was|that was) (a|such a) (real|huge|big)? (let-down|letdown|disappointment|blow)',
  'you have (now)? spent (a|an|the|#n|two|three|four|five|six|several) (month|months|week|weeks|day|days|morning|afternoon|evening|weekend|hours)',
  // Plans the failure spoiled: "I know he's been building up the whole set", "the morning you'd
  // pictured", "the timing could hardly be worse", "something that can't be given back".
  // Not a fact about them ("I know your family has had the sofa for years", "what you'd hoped for").
  '(i|we) (know|understand|realize|can see) (that)? (he|she|your (son|daughter|husband|wife|partner|mother|father|mum|dad|team|family|guests|kids|children)) (is|are|has|have|had|was|were)? (been)? (building|planning|looking forward|saving|waiting|relying|counting|collecting|training|preparing|needed|wanted|planned|relied|relies|counted)',
  'you had (pictured|imagined|dreamed of|looked forward to)',
  'the timing (could not|could hardly|could barely) (have been|be) worse',
  '(something|time|a day|a moment|moments) (that)? (can not|could not|we can not|we could not) (be given back|give back|get back|be replaced|be undone|be redone|be repeated)',
  // "you did everything right": the customer was right.
  'you did (everything|all of it|it all) (right|correctly|properly|by the book)',
  '(a|such a) (rotten|horrible|miserable|lousy|terrible|awful|dreadful|rubbish|sad|grim) (way|thing) to (spend|start|end|come home to|find|have happen|go through|deal with)',
  // "a horrible and embarrassing position to be in", "We put you in that position", "when you'd done nothing wrong".
  '(a|an) (really|very|so)? (<FEEL>|horrible|awful|dreadful|rotten|miserable) (and <FEEL>)? (position|situation|spot|place) to be in',
  'put you in (that|this|a|an|such a)? ... (position|spot|situation)',
  '(when|and|as|since|where) you (had|would)? done nothing wrong',
  // "You and your husband waited almost an hour in the lobby", "you've now had two days of a phone you can barely use".
  '(you|you and (your)? _ _?|your _) (waited|sat|stood|queued) (for)? (almost|nearly|over|more than|about|around)? (an|a|#n|two|three|four|five|six) (hour|hours|minutes|min|mins|day|days|half-hour)',
  // "You stayed home for it and nobody called you", "You lost half a day", "I understand entirely why you were angry", "That's a real cost".
  '(and|but) (nobody|no one) (called|rang|told|phoned|contacted|emailed|came)',
  'you lost (half a|half the|a|an|the|your|#n|two|three) (day|morning|afternoon|evening|hours|days|week|shift)',
  '(i|we) (understand|know|can see) (entirely|completely|fully|totally|perfectly) (how|why|what)',
  '(is|was) a real (cost|blow|loss|setback)',
  '(you have|you had) (now)? had (#n|two|three|four|five|six|several) (days|weeks|hours|months) (of|without)',
  'you (went|walked|had to go) (into|to) ... ... without',
  '(was|is) not the (start|end|beginning|way to start) (to|of) your _',
  '(you|you have|you then) spent (the|your)? (#n|two|three|four|five|six|several|the next|the best part of) (hours|minutes|days|weeks|hour)',
  'you were late (for|to)',
  '(i|we) can see from _ _? _? how',
  // "Not the move-in you were after", "which makes this far worse".
  '^ not the _ _? you (were after|wanted|hoped for|expected|deserved|planned|had in mind)',
  '(makes|made) (this|it|that) (far|much|even|so much)? worse',
  // "you ended up on a gate bench for three hours", "and then had to chase us three times", "at a
  // time when you were already worried", "I know your mother has had to park two streets away".
  '(you|you have|you had) ended up (on a|waiting|sitting|sleeping|spending|paying|driving|walking|standing|stuck|stranded)',
  '(and|then) (then)? had to (chase|call|phone|ring|contact|email|write to|wait|come back|drive)',
  '(you|and) had to (pay for|take|get|find|borrow|hire|buy) (a|an|your|the|another|taxis|rideshares|cabs|ubers|buses|trains|time off)',
  'you (had|would) (kept|set aside|cleared|booked|taken) (the|a|your|that)? _? _? (free|off|aside)',
  '(when|while|as) you (were|are) (already)? (worried|anxious|stressed|<FEEL>)',
  '(i|we) (know|understand|realize|realise|can see) (that)? your (mother|father|mum|mom|dad|partner|wife|husband|son|daughter|family|kids|children|parents|grandson|granddaughter|guests|colleagues|team|staff|boss|friend|friends) (_ ... ... and)? (has had to|have had to|had to|needed to|relies on|relied on|was|were|is|are|had been|has been)',
  '(you|you have) spent (your|the) (first|whole|entire|last) (week|day|weekend|morning|evening|night|month|days|hours)',
  '(a|such a) (real|big|huge|genuine)? disappointment (for|to)',
  // Knowing what the customer's people went through: "I know she'd been practising all week",
  // "I can see he sat waiting on the call for 40 minutes".
  '(i|we) (know|understand|realize|realise|can see) (that)? (he|she|they) (had|would|was|were|sat|waited|spent|tried|lost|missed|had been|would been)',
  // "walking into someone else's mess is the last thing anyone wants", "What a horrid thing to happen on her day",
  // "has added stress at an already difficult time", "a rough way to start a camp", "it can't have been easy",
  // "Fair enough that you're irritated".
  '(is|was) the last thing (anyone|you|anybody) (wants|wanted|needs|needed)',
  'took the shine off',
  'what a (horrid|horrible|awful|rotten|miserable|terrible|stressful|upsetting|disappointing|frustrating) (thing|way|start|day|experience|mess)',
  '(added|adds|caused) (stress|worry|pressure|hassle|strain) (to|at|on)',
  'an already (difficult|stressful|hard|busy|tough|worrying) (time|day|week|period)',
  '(a|such a) (rough|horrible|awful|terrible|miserable|stressful|rotten) way to (start|begin|end|spend)',
  '(can not|could not) have been easy',
  '(fair enough|no wonder|small wonder|understandable) (that)? you (are|were|feel|felt) <INTENS>? (<FEEL>|fed up|cross|angry|upset)',
  // "I can fully appreciate how anxious", "so I know this stings", "is nobody's idea of a relaxing weekend",
  // "That's horrible, and it's down to me".
  '(i|we) can (fully|completely|well|really)? appreciate (how|why|what)',
  '(i|we) (know|understand|can see) (that)? (this|that|it) (stings|hurts|smarts)',
  "(is|was) nobody's idea of (a|an)",
  '^ (that|this|it) (is|was) (so|really|just|pretty)? (horrible|dreadful|miserable|rotten|horrid|awful)',
  // "being alarmed and angry is the right reaction".
  '(is|are|was) (the|a) (right|natural|fair|understandable|reasonable) (reaction|response)',
  // "it's miserable to set off without the kit you paid for", "we made it stressful", "about as annoying as it
  // gets", "I understand very well how worrying this is".
  '(it|that) (is|was) (so|really|pretty|just)? (miserable|horrible|awful|rotten|grim|horrid) to',
  '(we|i) made (it|this|that|the day|your day) (so)? (stressful|harder|worse|miserable|difficult|upsetting)',
  '(is|was) (about|just)? as <FEEL> as it gets',
  '(i|we) (understand|know|see) (very well|fully|completely|perfectly|only too well) (how|why|what)',
  // "You should have been enjoying those photos by now", "you've been left wondering whether they exist".
  'you should (already)? have been (enjoying|using|wearing|celebrating|relaxing|sleeping|watching|reading|playing|driving|living|cooking|working|settled|settling|looking at)',
  'you have been left (wondering|waiting|guessing|chasing|without|in the dark|stranded|out of pocket|to (chase|wonder|guess|sort))',
  // "that's the worst possible timing", "I'd be swearing at my screen too", "a genuinely lousy way to hear it".
  'worst (possible timing|possible moment|possible time|timing)',
  '(i|we) would (be|have been|feel|have felt) (<FEEL>|swearing|fuming|livid|cross|mad|gutted|furious|angry|raging|seething|tearing my hair out)',
  // "gutted we put you both through that", "a lousy spot to put you in", "a horrible feeling".
  '(sorry|gutted|devastated) (that)? (we|i) (have)? put you (both|all)? through',
  '(a|such a) <INTENS>? (lousy|rotten|horrible|terrible|awful|tough|bad|difficult|unfair|stressful) (spot|position|situation) to (put|leave) you in',
  '(a|such a|the) <INTENS>? (horrible|awful|sick|sinking|terrible|rotten|dreadful|horrid) feeling',
  '(unpleasant|embarrassing|awkward|humiliating|stressful|upsetting) for you to (explain|tell|have|deal|find|see|hear|discover)',
  '(a|such a|the) <INTENS>? (lousy|rotten|horrible|terrible|awful|rubbish|miserable|grim|poor|bad|crummy|unfair|cruel) way to (hear|find out|learn|discover|be told|be treated|start|end|spend|finish)',
  // "I know it feels bad to pay real money and get nothing", "this may have left you with hours of cleanup".
  '(i|we) (know|understand|can see|realize|realise) (that)? (this|it|that) (feels|felt|must feel|must have felt|can feel) ...',
  '(this|it|that) (may|might|will|would|could) (well)? have left you (with|without|stuck|stranded|out of pocket|short|scrambling)',
  // "that dress holds memories nobody can replace", "it deserved far more care than we gave it".
  'memories (that)? (nobody|no one|you|money) (can|could|can not|could not|cannot|can never|could never|will ever)? (replace|buy)',
  '(deserved|deserves) (far|much|a lot|so much)? (more|better) (care|attention|respect|thought) than (we|i)',
  // A chat's "Must be quite annoying to see that on your statement".
  '^ must (be|have been) (quite|so|really|pretty|very|incredibly|such)? <INTENS>? (<FEEL>|horrible|miserable|rotten|awful|a (shock|worry|pain|nightmare))',
  // What the failure took from the customer, told plainly: "You've waited six weeks for that room",
  // "you came home from Galway to spoiled food" ("You spent most of the three hours watching" is
  // read by the "spent most of" entry below), "you
  // had nothing to give her on the day", "you put three evenings into them", "I know a replacement
  // isn't the same thing", "a fence you paid good money for", "now you're looking at a strip of
  // bare floorboard", "Your fridge and freezer were without power for the whole weekend".
  'you (have|had)? waited (#n|two|three|four|five|six|seven|eight|nine|ten|several|many|almost|nearly|over|more than) _? (days|weeks|months|years)',
  'you came (home|back) ... ... ... ... to (a|an|spoiled|spoilt|ruined|no|cold|wet|flooded|dead|empty|broken|rotten|mouldy|moldy|the smell)',
  'you had (nothing|no _|no _ _) to (give|wear|use|show|serve|eat|take|offer|play|ride|drive|put|hand)',
  'you (put|had put|have put) (#n|two|three|four|five|six|several|many|so many|hours|days|weeks|months|a lot of|so much) ... into (them|it|that|this|those|these|the _|your _)',
  '(replacement|new one|refund|money|credit|voucher) (is not|was not|will not be|can not be|could never be|will never be|would not be) (quite)? the same',
  'you never should have (had to|needed to|been)',
  'you (paid|have paid|had paid) good money',
  'now you are (looking at|left with|stuck with|facing|without)',
  '(was|were|have been|has been|had been) without (power|electricity|heating|heat|hot water|water|internet|broadband|a phone|a car|a kitchen|a fridge|a freezer|a bathroom|a toilet|a shower) (for|all|over|until|since)',
  // What it meant to them: a gift or an heirloom ("it was a gift from your dad", "those were meant
  // as wedding gifts for your brother", "a class your partner had given you as a birthday present",
  // "That rug came from your grandmother"), plans spoiled ("the reading corner you've been planning
  // since spring"), what we cost them ("That's a week of practice I've cost her", "that leaves you
  // without a home for them", "one more job on an already full list").
  '(was|were|is|are) (a|an)? (gift|gifts|present|presents) (from|for) (your|her|his|their)',
  'meant as (a|an)? _? (gift|gifts|present|presents)',
  '(given|bought|gave|got) (you|him|her|them) (as|for) (a|an|your|her|his)? _? (present|gift|treat)',
  '(came|comes|was handed down|was passed down|belonged) (from|to) your (late)? (grandmother|grandfather|gran|granny|nan|nana|grandad|grandpa|mother|father|mum|mom|dad|mother-in-law|great-grandmother|family)',
  'you (have been|had been|were) (planning|saving|saving up|building|preparing|organising|organizing|working on|dreaming of|looking forward to)',
  '(i|we) (have|had)? cost (you|her|him|them|your _|your _ _) (a|an|#n|two|three|four|the|your|her|his|their|time|money|days|hours|sleep|,|.|;|!|$)',
  '(it|this|that|which) (leaves|has left) you (with|without|stuck|stranded|waiting|out of pocket|short)',
  '(on|to) an already (full|busy|packed|long|stretched|hectic|crowded) _',
  // More of the cost told plainly: "the vege garden you've spent three seasons building up", "a
  // floor you did not choose", "a trip hazard you didn't ask for", "You found out when you opened
  // the bag", "you found out halfway through a commission", "That's real money and a real hassle",
  // "pushed your checking account into overdraft", "half the fabric … is no use to anyone", "each
  // time you had to nip out to the shop", "We're meant to save you that trip", "which meant lost
  // work for them and a headache for you", "you've paid for a
  // repair that hasn't fixed anything", "another week of trips to the launderette", "you waited
  // nearly fifty minutes", "it left you unable to pay", "instead you got one you can't trust", "your
  // team spent most of the morning resetting passwords", "going without their car for a week", "a
  // print you had bought as a wedding present", "Christmas dinner took some juggling".
  'you have spent (#n|two|three|four|five|six|several|many|all|the last) _? (seasons|years|summers|winters|months|weeks|weekends|evenings) (building|working|growing|saving|planning|restoring|making|training|practising|practicing|preparing)',
  '(a|an|the) _ _? you (did not|never|would never have) (choose|chosen|want|wanted|ask for|asked for|order|ordered|pick|picked|agree to|agreed to|sign up for|signed up for|expect|expected)',
  'you (found out|discovered|noticed|realised|realized) (it|this|that)? (only)? (when|as|after|once) you (opened|unpacked|arrived|got home|got there|tried|went|came|sat down|switched|turned)',
  '(found out|discovered|realised|realized) (halfway|half-way|part way|partway|midway) through',
  '(is|was) (real|serious|good) money',
  'a real (hassle|headache|pain|nuisance|worry|blow|setback)',
  '(pushed|tipped|put|sent) (you|your _|your _ _) into (overdraft|the red|debt|arrears|your overdraft)',
  '(is|was|are|were) (of)? no use to (you|anyone|anybody|her|him|them)',
  '(each time|every time|each morning|every morning|and|so) you (had|have had) to _',
  '(meant|supposed) to save you (that|the|a|an|this) _',
  '(meant|means) (lost|wasted) (work|time|money|wages|pay|sales|business|earnings|shifts)',
  '(a|such a) headache for (you|your _)',
  'you have paid for (a|an|the) _ _? that (has not|did not|does not|never|still)',
  'you have had (another|a further|an extra|one more) (week|day|month|fortnight|weekend|night) of',
  '(you|you and (your)? _ _?|your _) (waited|sat|stood|queued) (for)? (almost|nearly|over|more than|about|around)? (fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety) (minutes|mins)',
  '(it|this|that|which) (left|has left|leaves) you (unable|stuck|stranded|scrambling|short|out of pocket)',
  '(and|but)? instead (you|your _) (got|received|had|ended up|spent|waited|were left)',
  '(you|your _|your _ _|your _ team) (have|has)? spent (most|all|much|half|the rest|the best part) of (the|your|that|a|an)',
  'going without (your|their|his|her|a) _ _? for',
  '(bought|chosen|made|ordered|picked) (it|them)? as (a|an) _? (present|gift)',
  'took (some|a lot of|a bit of) (juggling|sorting out|rearranging|reorganising|reorganizing)',
  // A feeling word on what happened: "probably a disappointing first cup on Monday morning", "a
  // frustrating way to find out"; what they lost or had to do: "You lost a weekend's sales",
  // "waited twenty minutes for nothing", "you've been paying £11.50 too much every month", "can
  // throw off a whole month's budget", "you found out from your bank statement rather than from
  // us", "for making you dig out your gas receipt to prove it".
  '(a|an) (really|very|pretty|so|deeply|thoroughly|genuinely)? <FEEL> _',
  'you (have)? lost (a|an|the|your|#n|two|three|four|half a|a whole|a full) _',
  '(waited|came|drove|travelled|traveled|went|turned up|got up|came in|queued|sat) ... ... ... for nothing',
  '(you have been|you had been) (paying|overpaying) (#n|¤|too much|more than|extra|over|the (full|wrong|higher|adult|standard))',
  '(can|could|would|will|did) (throw off|wreck|upset|disrupt|blow|throw out|mess up) (a|your|the) (whole)? _',
  'you (found out|heard|learned|learnt|discovered) (about it|about this)? from (your|the|a|an) _ _? (rather than|instead of|before) (from)? (us|me)',
  '(making|made|make|makes) you (dig|chase|prove|call|ring|phone|come back|wait|fill|send|explain|go|do|jump|spend|repeat|search|hunt|fight|argue|pay|drive|queue)',
  // "the first thing you felt on opening the box was worry", "a day of their time that went
  // nowhere", "Your crew had to stop setting posts", "a weekend of leave gone", "That wasted trip",
  // "A family lunch was spoiled because of us", "blinds that don't do the job you paid for", "a
  // session you didn't get".
  `you (felt|must have felt|will have felt|would have felt) ... ... ... ... ... ${FEEL_NOUN}`,
  '(that|which) (went nowhere|was wasted|were wasted|came to nothing)',
  'your (crew|builders|contractors|staff|guests|team|family|kids|children|class|students|patients|clients) had to (stop|wait|leave|cancel|start again|go home|turn back|pack up|work around)',
  'of (your|their|his|her) _ _? gone (.|,|;|and|$)',
  '(that|this) wasted (trip|journey|day|morning|afternoon|evening|drive|visit|weekend)',
  '(was|were) (spoiled|spoilt|ruined|wrecked|cut short) (because of|by) (us|me|our _)',
  '(the|a) (job|thing|service|work) you paid (us)? for',
  '(a|an|the) _ _? you (did not|never) (get|receive|have|use|enjoy)',
  // "a cab to your hotel that you never should have needed", "we made that effort pointless",
  // "That's your money, and we've held on to it for three months", "an evening meal spoiled".
  '(that|which)? you (never should have|should never have|should not have) (needed|had to pay for|paid for|had to)',
  '(we|i) (made|have made) (that|your|the|all that|all your) (effort|work|planning|trip|journey|preparation|wait) (pointless|wasted|for nothing|in vain|a waste)',
  '(that is|it is|this is) your (own)? (money|cash|refund|deposit|credit|savings)',
  '(meal|evening|day|weekend|night|morning|trip|holiday|party|dinner|lunch|birthday|anniversary) (spoiled|spoilt|ruined|wasted) (.|,|;|$|and)',
  // "more than a thousand pounds you hadn't budgeted for, with no warning at all", "the pictures
  // you'd hoped for", "That moment can't be recreated", "those photos matter far more than the laptop".
  '(you|that you) (had not|did not|have not) (budgeted|planned|bargained|asked|signed up|saved) for',
  'with no (warning|notice) (at all)? (.|,|;|$)',
  '(the|a|an) _ _? you (had|would)? hoped for',
  // "The children had been looking forward to it all week".
  '(had been|have been|were|was) (really|so)? looking forward to (it|this|that|the|their|his|her)',
  '(that|this|the) (moment|day|evening|night|occasion|event|memory|photo|photos) (can not|could not|will not|can never) be (recreated|repeated|redone|replaced|given back|undone|retaken)',
  '(matter|matters|mattered|meant|means) (far|much|so much|a lot|a great deal)? more (to you)? than',
] as const;

/** Stock empathy with no object: some credit, still satisfies C5 (no-canned-empathy flags it). */
export const EMPATHY_CANNED = [
  '(i|we) (completely|totally|fully)? understand your (frustration|concern|concerns|disappointment|annoyance)',
  'i can (only)? imagine how you (feel|must feel)',
  'i hear you',
] as const;

/** Acts of ours whose manner can explain a failure ("we wrapped it … instead of crating it"). */
const CAUSE_ACT =
  '(wrapped|used|packed|sent|shipped|booked|put|picked|took|printed|charged|billed|applied|loaded|delivered|installed|fitted|processed|released|moved|set|entered|typed|copied|chose|followed|ran|pushed|deployed|changed|updated|scheduled|assigned|posted|filled|priced|cut|folded|stored|left)';

/** Explanations of what happened (C6). */
export const EXPLANATION = [
  // What our process or tool did: "Our billing run skipped the pause flag for boxes paused in the app".
  // Not the failure itself: "our engineer missed your visit", "the import skipped your tags".
  '(our|the) _ _? (skipped|ignored|missed|dropped|overlooked|bypassed) (the|your|a|an|every|any) _? _? (flag|check|step|field|setting|rule|test|inspection|review|scan|note|instruction|instructions|warning|validation|confirmation|preference|notice)',
  '(this|it|that) (happened|occurred|was) because',
  '(here|this) is what (happened|went wrong)',
  // "Kindly allow me to explain what happened."
  '(let me|allow me to) (briefly)? explain what (happened|went wrong)',
  // "Your engineer's earlier job overran", "and that pushed the premium up".
  '(job|appointment|visit|call|meeting|installation|install|repair|surgery|class|session|shift|operation|clinic|list) (had)? (overran|ran over|ran late)',
  '(and|which) (that|this|it)? (pushed|bumped|tipped|triggered) (the|your|it|a|an|us)',
  // "We rushed the ear trim near closing time."
  '(we|i) rushed (the|your|it|through|a|an)',
  'what (happened|went wrong) (was|is)',
  'the (reason|cause|root cause) (was|is) (that|because|simple|this|clear|straightforward)',
  'the (cause|root cause) (was|is|of)',
  'the (reason|cause) for (the|this|that|your) (delay|error|mistake|problem|issue|failure|outage|charge|double charge|cancellation|mix-up)',
  'the (cause|root cause) :',
  'the (problem|issue|error|mistake) (was|is) (that|caused|because)',
  '(we|i) (found|discovered|learned|traced) (that|it|the|this|out)',
  'it turned out',
  // "Our dispenser picked one 28-pack instead of two".
  '(our|my) _ (picked|sent|packed|gave|used|put|entered|typed|booked|charged|fitted|ordered|printed|posted|delivered) ... ... ... instead of',
  // "we submitted your switch on the variable tariff instead of the fixed deal you picked".
  '(we|i) (submitted|sent|booked|entered|put|picked|chose|set|applied|charged|used|ordered|printed|posted|fitted|gave|switched|assigned) ... ... ... instead of',
  // "That's a bug we introduced in Friday's update."
  '(bug|error|fault|glitch|mistake) (that)? (we|i) (introduced|made|caused) (in|with|during|when|while|on)',
  'turns out',
  'because (we|our|i|my|the|it|your|a|an|of|they|their|this|that|two|there|one)',
  // "The outages came from a faulty access point", "The problem was an expired certificate".
  '(came|come|comes|stemmed|stems) from (a|an|the|our) (faulty|broken|failed|wrong|bad|expired|outdated|missing|misconfigured)',
  'the (problem|issue|error|fault) (was|is) (a|an) (expired|faulty|broken|missing|wrong|bad|outdated|misconfigured|bug|error|mistake)',
  '(was|is) a bug in (our|the)',
  '(was|were|is) (caused|triggered) by',
  'due to (a|an|our|the|my)',
  '(got|was|were) (stuck|held|flagged)',
  '(got|was|were) (crushed|damaged|dropped|broken|opened|squashed) (in transit|on the way|on its way)',
  'what happened (is|was)',
  // A heading or a lead-in: "## What happened", "What went wrong: a configuration change …".
  '^ what (happened|went wrong) $',
  'what (happened|went wrong) :',
  // "That was our mistake: …", "Both were our crew's mistakes: the round sheet still listed …".
  '(our|my) (<STAFF_POSS>)? (mistake~|fault|error~|bug~|failure~|oversight) :',
  '(mistake|error|fault|bug) (on|at|from) our (side|end|part) :',
  '(made|was) (a|an|this|that|the) (mistake|error) (when|while|in|by) (we|i|moving|switching|setting|updating|migrating|changing)',
  'made (a|an|this|that|the) (mistake|error) ... :',
  '^ (cause|root cause|why it happened|what caused it) :',
  '(a|the) (change|update) (we|i) made',
  // A first-person step and its effect: "we posted your payment to an old account number, so our
  // records showed it unpaid". Not "we sent you a size 7 instead of a 6": that is the failure itself.
  '(we|i|one of our _|our _) (posted|saved|applied|printed|tagged|loaded|assigned|recorded|entered|marked|filed|attached|sent|shipped|booked|charged|used|picked|packed|moved|deployed) ... ... ... so (our|the|your|it|they|every|any|all)',
  // The cause told as it happened: "… ran out of memory, which caused the jobs to stop".
  '(, which|and that|and this|which then) (caused|led to|triggered) (the|our|a|an|every|all|it|them|this|that|some|jobs|orders|payments|requests|errors|your (parcel|order|payment|delivery|booking|refund|account|package))',
  // A step we skipped: "we didn't check that both parts had arrived", "did not carry over the settings".
  '(we|i|and|but) did not (check|test|confirm|verify|notice|catch|carry over|copy over|include|realize|realise|sync|migrate|update|follow up|enter|record|log|pass on|forward) (that|the|your|whether|if|it|this|a|an|our|both|all|on)',
  '(we|i|and|but) did not follow (it|this|that) up',
  // A step our people left undone: "Our fitter did not fully tighten the compression joint".
  '(our _|our _ _) did not (fully|properly|correctly|securely|completely)? _',
  // Our act done badly: "I didn't re-tighten the brake cable properly".
  '(we|i|our _) did not _ _? _? _? (properly|correctly|fully|securely|tightly|carefully|in time|on time)',
  // "I didn't leave enough time for the strings to settle", "connected using the wrong settings".
  '(we|i|our _) did not (leave|allow|give|allocate|book) (enough|sufficient) (time|room|space|staff|stock)',
  '(was|were) (connected|set up|installed|configured|fitted|wired|programmed|calibrated) ... ... (using|with|to|on) the wrong',
  // The cause joined to its effect: "…, which is why the brake faded on you".
  // Not a reason for what we do ("Your feedback matters, which is why I'm replying personally").
  '(which|that|this) (is|was) (why|how) (the|your|it|its|our|my|his|her|their|this|that|they|he|she) _? _? _? (was|were|did|had|went|got|failed|broke|stopped|arrived|faded|happened|missed|lost|left|leaked|slipped|dropped|fell|ran|came|ended|sat)',
  '(we|i) (deployed|released|rolled out|pushed|migrated|moved|changed|upgraded|updated) ... (that|which|and it) (locked|broke|caused|stopped|blocked|deleted|removed|overwrote|reset|disabled|changed|shortened)',
  '(on us|on me) :',
  // The cause in a plain sentence: "we printed the date from an earlier draft of your order",
  // "it was torn by our packing machine", "the aircraft developed a fault with its hydraulic system".
  '(we|i|our _|our _ _) (billed|charged|printed|shipped|sent|used|took|pulled|built|processed|made|posted|filled|priced) ... ... ... (from|using|off) (an|the|a) (earlier|older|old|previous|outdated|out-of-date|wrong) (draft|version|copy|file|address|template|list|record|price list|spreadsheet)',
  '(was|were) (torn|damaged|crushed|scratched|bent|broken|ripped|dented|marked) by (one of)? our (own)? (packing|sorting|folding|printing|labelling|labeling|cutting|loading)? (machine|machines|equipment|robot|staff|team|crew|packer|packers|picker|pickers|forklift|forklifts)',
  'developed a (technical|mechanical|hydraulic|electrical|engine|software)? (fault|problem|issue|leak|crack)',
  // How our act went wrong: "our crew wrapped it in a single blanket instead of padding and
  // strapping it", "we used the address on your record rather than the one on your form", "we
  // applied a configuration change without testing it", "our officer misread the expiry date".
  // The manner, not the failure itself: not "we put you on the 14th instead of the 15th".
  `(we|i|our _|our _ _) ${CAUSE_ACT} ... ... ... (instead of|rather than) (padding|crating|boxing|strapping|using|checking|sending|waiting|asking|testing|following|reading|confirming|the one|the address|the version|the details|the form|the list)`,
  `(we|i|our _|our _ _) ${CAUSE_ACT} ... ... ... without (testing|checking|confirming|asking|telling|reading|verifying|double-checking|warning)`,
  '(we|i|our _|our _ _) (misread|misheard|mistyped|misfiled|mis-keyed|misdialled|misdialed|double-booked|overbooked|typed the wrong|entered the wrong|picked from the wrong)',
  // "by double-booking our fitter", "We set off early without doing a headcount", "We took too many
  // walk-ins on top of our bookings", "We left it off Monday's collection list".
  'by (double-booking|overbooking|mixing up|misreading|forgetting|losing|mislabelling|mislabeling|misfiling) (our|your|the|a|an|two)',
  '(we|i|our _) (set off|drove off|pulled away|departed|went ahead|closed up|locked up) (early)? without (doing|checking|counting|waiting|telling|a|an)',
  '(we|i) took (on)? (too many|far too many) (bookings|orders|jobs|walk-ins|customers|reservations|tables|shoots|clients|appointments)',
  '(we|i) took (on)? more (bookings|orders|jobs|walk-ins|customers|reservations|tables|shoots|clients|appointments) ... ... than (we|i) (had|could)',
  '(we|i) left (it|you|them|your _ _?) off (the|our|that|this|_) _? _? (list|rota|schedule|sheet|run|round|manifest|calendar|diary)',
  '(we|i) (entered|typed|keyed|copied|recorded) ... ... (incorrectly|wrongly|wrong)',
  // How it came about: "when you pressed Pay a second time during a slow connection, we created a second booking".
  '^ when you ... ... ... ... ... , (we|our _|the _) (created|charged|took|processed|made|opened|sent|booked|registered|counted|treated|recorded) (a second|a duplicate|another|it twice|you twice|two)',
  '(that|this|it) (is|was) (all)? (on us|on me) -',
  // What we did wrong, told as it happened: "we accidentally excluded sale items".
  '(we|i) (had)? (accidentally|mistakenly|inadvertently|wrongly|unintentionally) _',
  'and (accidentally|mistakenly|inadvertently|unintentionally) _',
  '(we|i) had (a|an) (bug|outage|glitch|fault|shortage|backlog|mix-up|surge) (of|in|with|on|at|that|which)',
  'there (was|has been|had been) (a|an) (bug|outage|glitch|fault|power cut|depot closure|strike) (in|with|on|at|that|which)',
  // "We found a bug in the app: …", "We introduced that bug in version 4.2".
  '(we|i) (found|discovered|traced|spotted|identified) (a|an) (bug|fault|error|problem|glitch|mistake|leak|crack)',
  '(we|i) introduced (a|an|the|that|this) (bug|fault|error|problem|glitch)',
  // Our act and when: "we broke the download for large files when we updated the app".
  '(we|i|our _|our _ _) (broke|corrupted|deleted|wiped|cleared|reset|overwrote|disabled|shortened|removed|cancelled|canceled|blocked|locked) ... ... ... (when|while|after) (we|i|our)',
  // Our change and what it did: "our update on Monday shortened the session timeout".
  '(our|an|the|this|that) (update|change|release|migration|upgrade|deployment|new version|patch) ... ... (shortened|changed|reset|broke|removed|deleted|disabled|cleared|blocked|locked|cancelled|canceled|overwrote|turned off|switched off|logged)',
  // A step we are meant to take, skipped: "without the corner guards we're meant to use".
  '(we are|we were|they are|they were) (always)? (meant|supposed|required) to (use|fit|check|follow|do|take|send|ring|call|wear|carry|test|inspect|measure|confirm|verify|label|photograph|weigh|scan)',
  // "the scratch happened when the car was moved past a trolley", "discovered a collapsed drain", "wrongly coded your referral".
  '(happened|occurred) (when|while|as|because)',
  '(discovered|found|uncovered) (a|an) (collapsed|broken|burst|faulty|damaged|hidden|leaking|cracked|failed|corrupt|corrupted|missing) _',
  '(wrongly|incorrectly|mistakenly) (coded|entered|recorded|marked|flagged|labelled|labeled|classified|processed|applied|set|listed|logged|addressed|sent)',
  // How our act went wrong, whoever did it: "packed without enough padding", "signed the bag off without comparing it".
  '(was|were) (packed|sent|shipped|fitted|installed|loaded|delivered|stored|built|made|printed|wrapped) without (enough|the|a|an|any|proper|sufficient)',
  '_ (submitted|sent|shipped|signed|approved|booked|released|processed|posted|moved|packed|loaded|fitted|installed|closed) ... ... ... without (checking|testing|confirming|asking|comparing|reading|verifying|telling|looking)',
  '(was|were) missed (in|by|during) (our|the)',
  '(sat|stayed|remained|was left|were left) (unassigned|unread|unanswered|unprocessed|untouched|in (a|the|our) queue)',
  '(was|were) (configured|set up|installed|entered|coded|fitted|built|labelled|labeled|addressed) (incorrectly|wrongly|badly|the wrong way)',
  '(was|were) (damaged|broken|scratched|dented|cracked|bent) (in|at|by) (our|the) (warehouse|depot|store|workshop|van|lorry|packing|team|crew|staff)',
  // The manner, told at more length: "set the exam to close at 14:00 in our server's time zone rather than the one on your course".
  `(we|i|our _|our _ _) ${CAUSE_ACT} ... ... ... ... ... ... (instead of|rather than) (the one|the _ on|the _ in|the right|the correct)`,
  // A change of ours and what it did: "When we moved billing to a new payment page, a retry step fired twice".
  '^ when (we|our _|our _ _) (moved|switched|changed|updated|migrated|upgraded|launched|released|introduced|rolled out|cleaned up|tidied up|reorganized|redesigned|replaced) ... ... ... ... ... ... ... , (a|an|the|our|it|your|this|that) _',
  // The mistake in its setting: "it was cancelled by mistake when we cleaned up our stock list".
  '(by mistake|by accident|in error) (when|while|as) (we|i|our|the)',
  // Our change and its effect: "we moved the total to the second page, which made it easy to miss".
  '(which|and that|and this) (made|makes) (it|them|the _|your _) (easy|easier) to (miss|overlook|mix up|confuse)',
  '(which|and that|and this) (made|makes) (it|them|the _|your _) (hard|harder|difficult|impossible) to (see|find|spot|notice|read)',
  // "Two orders were labelled at the same time and we swapped the cards."
  '(we|i) (swapped|mixed up|switched|muddled) the (cards|labels|tags|orders|notes|tickets|bags|boxes|files|parcels|bookings)',
  // "the final scan on your crates got skipped before loading".
  '(got|was|were) (skipped|missed|overlooked|forgotten) (before|during|when|at|on)',
  // "When we changed your battery we did not put your SIM back", "I entered the timesheet twice".
  '(when|while|after) (we|i) _ ... ... ... (we|i) (did not|forgot to|failed to|never)',
  '(we|i) (entered|typed|keyed|counted|added|logged|recorded|scanned|processed|billed) (the|your|it|them|a|an)? _? _? twice',
  '(we|i) (cut|measured|drilled|printed|built|made|fitted|ordered|booked) ... ... ... the wrong (line|size|length|measurement|date|day|drawing|one|colour|color)',
  // "We lost your booking when we moved our enrolments into a new spreadsheet", "We used a standard
  // adhesive where a heat-resistant one was needed".
  '(lost|missed|dropped|deleted|forgot|mixed up|wiped|skipped|overwrote|lost track of) ... ... ... ... (when|while) (we|i) (moved|migrated|switched|changed|transferred|upgraded|swapped|rebuilt|merged) (our|the|to|over)',
  '(where|when) (a|an|the)? _ _? _? (was|were) (needed|required|called for)',
  // "One of our technicians dropped a wrench onto the glass", "Horn can crack during cleaning".
  '(one of our|our) _ (dropped|knocked|spilled|scratched|bumped) (a|the|an|your)',
  '(can|may|tends to|tend to) (crack|split|shrink|fade|run|warp|break|tear|melt|discolour|discolor) (during|in|when|if)',
  // "the reading addition was entered as +1.25 instead of +2.25", "That error is why you could not read comfortably".
  '(was|were) (entered|typed|keyed|recorded|logged|written|printed|set) (as|at|to) ... instead of',
  '(that|this|the) (error|mistake|fault|slip|mix-up) (is|was) why',
  // "When your booking was amended to add the champagne package, our reservations team re-entered
  // it as a standard room": the event, then our act.
  '^ when ... ... ... ... ... , (we|our _|our _ _) (then|just|wrongly|mistakenly)? (re-entered|reentered|dropped|missed|overwrote|deleted|removed|cleared|reset|skipped|swapped|mixed up|linked|mapped|treated|lost|forgot|misread|mislabelled|mislabeled|left off|left out)',
  // "Since Monday's update, our CSV export has been silently dropping any transaction".
  '^ (since|after) ... ... ... , (our|the) _ _? _? (has|have) been (silently|quietly|wrongly|accidentally)? (dropping|skipping|losing|sending|charging|halving|doubling|rejecting|failing|ignoring|missing|deleting|removing|cutting|truncating|hiding|blocking|crashing|mixing|duplicating|overwriting|resetting)',
  // "Our app accepted the drop-off even though the location didn't match your address".
  '(our|the) (system|app|software|site|website|checkout|scanner|form|tool|platform|page|portal|till|terminal) (accepted|allowed|approved|passed|took|let|confirmed|processed|released|closed|marked) ... ... ... even though',
  // "An update we released last week sent the payment request twice".
  '(update|change|release|migration|deployment|deploy|patch|upgrade) (that)? (we|i) (released|made|shipped|pushed|ran|deployed|rolled out|installed|applied) (last|on|this|in|yesterday|earlier|to)',
  // "The excess was already taken from the interim payment, and we took it again from the final one."
  '(was|were|had been) already (taken|deducted|charged|counted|applied|paid|included|added|refunded|sent|billed) ... ... ... ... (and|but) (we|i) _',
  // The change that caused it: "when we swapped aircraft on Tuesday we dropped your seat".
  '(when|after|because|as) (we|our _|our _ _) (swapped|switched|migrated|changed|updated|upgraded|replaced|merged|reorganised|reorganized|rebuilt|re-planned|replanned|restructured) (the|our|your|to|a|an|from)? _',
  // Old or wrong data put to use: "We'd loaded an old timetable onto the ticket machines".
  '(we|i) (had)? (loaded|used|installed|uploaded|published|applied|printed from|worked from) (an|the) (old|outdated|out-of-date|previous|wrong|expired|draft|earlier)',
  // "Our last app update changed the default crop".
  '(our|the) (last|latest|recent|new|newest) (app)? (update|release|version|upgrade) (changed|removed|broke|reset|deleted|dropped|turned off|switched)',
] as const;

/** Words of a fault or a cause that make past events an account of what happened (C6), not a history. */
export const FAULT_WORDS = [
  'nobody',
  'none',
  'before',
  'wrong',
  'wrongly',
  'mistake',
  'mistakenly',
  'accidentally',
  'error',
  'never',
  'forgot',
  'missed',
  'without',
  'so',
  'because',
  'twice',
  'old',
  'outdated',
  'earlier',
  'previous',
  'late',
  'too',
  'only',
  'failed',
  'broke',
  'worn',
  'jammed',
  'misread',
  'misheard',
  'overlooked',
  'skipped',
  'mislabelled',
  'mislabeled',
] as const;

/** Concrete prevention mechanisms (C7). */
export const PREVENTION_MECH_VERB = [
  'changed',
  'patched',
  'updated',
  'fixed',
  'added',
  'set up',
  'introduced',
  'removed',
  'moved',
  'retrained',
  'trained',
  'adjusted',
  'rewritten',
  'rewrote',
  'reconfigured',
  'switched',
  'built',
  'put in place',
  'created',
  'turned on',
  'enabled',
  'implemented',
  'installed',
  'automated',
  'started',
  'rolled out',
  'corrected',
  'separated',
  'split',
  'relabelled',
  'relabeled',
  'reorganized',
  'replaced',
  'upgraded',
  'swapped',
  'doubled',
] as const;

/** What a mechanism changes. */
export const PROCESS_NOUN = [
  'process*',
  'check*',
  'system*',
  'template*',
  'screen*',
  'script*',
  'rule*',
  'step*',
  'alert*',
  'reminder*',
  'checklist*',
  'list*',
  'workflow*',
  'flow*',
  'page*',
  'procedure*',
  'training',
  'label*',
  'form*',
  'setting*',
  'button*',
  'code',
  'routing',
  'route*',
  'filter*',
  'tool*',
  'inspection*',
  'scan*',
  'review*',
  'audit*',
  'monitor*',
  'validation*',
  'safeguard*',
  'guide*',
  'script*',
  'queue*',
  'schedul*',
  'shelv*',
  'policy',
  'policies',
  'roster*',
  'rota*',
  'tests',
  'testing',
  'calendar*',
  'sheet*',
  'diary',
  'register*',
  'sync*',
  'export*',
  'integration*',
] as const;

export const PREVENTION_CONCRETE = [
  // A safeguard added after another change: "We've moved the 8-frame stock and added a
  // scan-to-verify step before any box is taped shut"; a check with its own record: "The lightbox
  // check now has its own sign-off sheet", "We now have separate, colour-coded shelves"; a step
  // written in: "The dye test is now a written step on the intake form".
  '(and|then) (also)? (added|introduced|set up|put in|built|created|installed) (a|an) (new|extra|second|additional)? _? (step|check|checklist|rule|alert|sign-off|test|scan)',
  '(now|now also) (has|have) (its|their|a|an|two)? (own|new|separate|dedicated|extra|second|written|signed|colour-coded|color-coded)',
  '(is|are) now (a|an) (written|required|compulsory|mandatory|formal|signed|separate|fixed|standard|set)? (step|check|rule|requirement|part of)',
  // "Every transfer request now has a ten-working-day deadline tracked from the day it arrives".
  '(every|each|any|all) _ _? now (has|have|carries|carry|gets|get) (a|an|its|their) _',
  // A safeguard on the things themselves: "The heel drawers now have colour swatches on the front";
  // a check made before every job: "I check the ticket against the heel before any glue goes on".
  '(the|every|each|all|our) _ _? (now|now also) (has|have) (a|an|#n|two|its|their)? _? (swatch|swatches|label|labels|sign|signs|tag|tags|sheet|sheets|checklist|checklists|lock|locks|alarm|alarms|alert|alerts|sticker|stickers|divider|dividers|barcode|barcodes|warning|warnings|step|steps|check|checks)',
  '(i|we) (now)? (check|read|test|measure|weigh|scan|photograph|confirm|verify|compare|match|count|inspect) ... ... ... ... before (any|every|each) _',
  // "moderators must now message the seller before taking anything down".
  '(our|the|every|all|each|all our)? _? (staff|moderators|moderator|agents|agent|drivers|driver|fitters|fitter|engineers|engineer|technicians|packers|pickers|reviewers|reviewer|team|crews|crew|installers|advisers|advisors|consultants|stylists|nurses|pharmacists|dispatchers|cleaners|chefs|mechanics|reception|receptionists|managers|tutors|teachers|instructors|coaches|trainers) (must|have to|need to|are required to|is required to) now (message|check|confirm|ask|call|ring|phone|email|text|photograph|scan|sign|read|get|wait|contact|tell|warn|speak to|talk to)',
  // "Every consultant is being retrained on consent checks this week".
  '(every|each|all|all our|our) _ _? (is|are) (being|now being) (retrained|trained|re-trained|briefed|re-briefed|taken through)',
  // A rule for every case, said of the people it covers: "Anyone waiting more than twenty minutes
  // will now get an update from the desk".
  '^ (anyone|everyone|every _|each _|any _) ... ... ... ... ... ... will now _',
  // A change under way: "We're also changing how we track parcels", "we're now reading back the
  // full address to every customer", "for the next month I'm checking every wheel personally".
  '(i|we) (are|am|have) (also|now|since)? (changing|changed|reworking|reworked|rethinking|overhauling|overhauled|tightening|tightened) how _',
  // "I'll always ring you if a date is at risk", "parents will get a short note whenever their
  // child changes group", "We're running a session for all our teachers", "our whole reception
  // team will be going through guest-care training", "I'm going through our refund list every Friday".
  '(i|we) will always (ring|call|text|email|tell|warn|let) you (know)? (if|when|before|as soon as)',
  '(will|now) (get|receive) (a|an) _ _? (note|text|email|call|message|alert|update) (whenever|every time|each time)',
  '(arranged|booked|organised|organized|set up|scheduled|running|holding|arranging|booking) (a|an)? (refresher|extra|additional|further|new)? (training|session|workshop|course|briefing) (for|with) (the|our|all|every)',
  '(team|staff|everyone) will be (going through|doing|attending|completing|taking) _? _? training',
  '(i|we) (am|are|will be) (also)? (going through|checking|reviewing|auditing) ... ... ... (every|each) (day|morning|week|monday|tuesday|wednesday|thursday|friday|month)',
  '(i|we) (are|am) (also)? now (reading|checking|calling|confirming|sending|asking|photographing|scanning|testing|ringing|texting|double-checking|labelling|labeling|weighing|inspecting)',
  '(i|we) (am|are|will be) (personally)? (checking|inspecting|reviewing|testing|double-checking) (every|each|all)',
  // More people on the job: "We've since put two people on the desk for the busy window".
  '(i|we) have (since|now|also) (put|added|hired|assigned|rostered|booked) (two|a second|an extra|another|more|extra|additional) (people|person|staff|member~|colleague~|agent~|engineer~|driver~|fitter~)',
  '(from now on|going forward) ,? (our|the) _ _? (calls|rings|checks|confirms|texts|emails|sends|reads|reviews|tests|inspects|contacts|phones)',
  // The team taken through it: "We went over the correct procedure with the whole team this morning".
  '(went|gone|been) (over|through) ... ... ... ... with (the|our|every|all) (whole|entire)? (team|staff|workshop|crew|desk|fitters|drivers|technicians|engineers|office|department)',
  // A check asked of everyone: "We've asked our upholsterers to inspect every panel", "I've asked
  // every dispenser to complete the final check with the patient present".
  '(i|we) have (also)? (asked|told|instructed|briefed|reminded) (every|each|all|our|the) ... ... ... ... to (inspect|check|double-check|test|confirm|verify|photograph|weigh|measure|scan|read back|complete|carry out|run) (every|each|all|the (final|last|extra|second)|a (final|second|extra))',
  // A fix for everyone on its way: "We're releasing an update this week so…", "a fix goes out tonight".
  '(i|we) (are|am|will be) (releasing|rolling out|shipping|pushing|deploying) (an|a|the) (update|fix|patch|change)',
  '(a|the) (fix|patch) (goes|went|is going|will go) (out|live)',
  '(additional|extra|further|refresher|new)? training (will be|has been|is being) (completed|done|given|delivered|arranged|booked|scheduled)',
  '(i|we) (have|will)? (also|just|now|since)? <MECH> ... (our|the|a|an|new|every|an extra|another|automatic|daily|weekly|yearly)? ... <PROCESS>',
  '(i|we|and) (have|will)? (also|just|now|since)? (changed|updated|fixed|adjusted|reconfigured|set up|added|introduced) (our|the|a|an) * ... ... ,? so (that)?',
  '(i|we) have? (also|just|now|already)? (flagged|reported|escalated|passed|raised) (this|it|the (issue|problem|error|mistake)) (on)? (to|with) ... ... (so|to|and)',
  '(from now on|going forward|in future|in the future) ,? (i|we|(our|the) ... (team|system|platform|staff|drivers|engineers|packers|agents|process)) (will|must|now|always)',
  '^ (from now|from today|from this week) ,? (i|we|(our|the) ... (team|system|platform|staff|drivers|engineers|packers|agents|process)) (will|must|now|always)',
  '(i|we) (have)? (also|just|already)? (let|told) (our|the) * (team|lead|manager|engineers|developers|department) know ... ... (so|to) (they|that)? (can|will|could)? (fix|change|update|correct|stop|prevent)',
  '(i|we) (are|am|will be) (now|also)? (switching|moving|changing) to (a|an|the|new)? ... (box|boxes|packaging|courier|carrier|supplier|process|system|provider)',
  '(i|we) (are|am) (now|also)? (implementing|adding|introducing|changing|updating|setting up|rolling out|putting in place|retraining|fixing) ... (our|the|a|an|new|additional|extra|every)? ... <PROCESS>',
  // The change asked of a team: "I've asked our billing team to add a check for duplicate charges".
  '(i|we) (have|had)? (also|just|now|already)? (asked|got) * to (add|change|update|fix|set up|introduce|build|create|put in place|install|automate|enable|turn on|adjust|patch) ... (our|the|a|an|new|every|an extra|another|automatic|daily|weekly)? ... <PROCESS>',
  '(i|we) have? (also)? (retrained|trained|briefed|coached|reminded) (the|our|my|all)? ... (team|teams|staff|agents|drivers|packers|engineers|colleagues|installers|couriers)',
  // "Our station manager has re-briefed every gate team on the volunteer procedure".
  '(i|we|our _|our _ _) (has|have)? (also)? (re-briefed|rebriefed|retrained|re-trained|briefed|trained|coached) (every|each|all|the|our) ... (team|teams|staff|agent~|driver~|packer~|engineer~|colleague~|installer~|courier~|fitter~|crew~|cleaner~|pharmacist~|porter~|receptionist~|technician~|member~)',
  // "a fix that blocks duplicate payments went live today", "so it gets fixed for everyone".
  '(fix|patch|change|update|check|safeguard|rule|step) (that|which) (blocks|stops|prevents|catches|flags|rejects|checks|holds)',
  '(so|so that) (it|this|that|the (fault|bug|problem|issue|error)) (gets|is|will be|can be) fixed for (everyone|everybody|all|all customers|other customers|every customer|other people)',
  // "I've also set a rule here: if a job runs late, the office rings the next customer".
  '(i|we) have (also|now|just)? set (a|an|the) (new|firm|simple|strict|house)? (rule|policy|limit)',
  // "Queue migrations will now be rehearsed against a production-sized copy before release".
  '_ _? _? (will|must|shall) now be (checked|tested|reviewed|rehearsed|trialled|trialed|validated|verified|double-checked|signed off|approved|counted|confirmed|photographed|scanned|logged|inspected|weighed|read back)',
  // "every agent on the desk has been walked through the new card designs", "a second consultant must confirm".
  '(every|all|each) _ ... ... (has|have) (now|also)? been (trained|retrained|briefed|walked through|shown|taken through|coached)',
  // A check on a schedule: "the brush height is reset at the start of every day", "a supervisor now runs a test sale".
  '(is|are) (now)? (reset|checked|reviewed|tested|audited|reconciled|cleaned|calibrated|counted|inspected) (at the start of|at the end of|before|after)? (every|each) (day|morning|week|evening|shift|night|run|job|visit)',
  '(a|an) (supervisor|manager|pharmacist|engineer|colleague|team leader|lead|second person) now (check~|run~|review~|test~|sign~ off|approve~|confirm~)',
  '(needs|need|requires|require) (approval|sign-off|a check|checking) from a second',
  // "I now read sizes back to everyone who books by phone".
  '(i|we) now read _? _? back',
  '(a|the) second (consultant|person|member of staff|colleague|pharmacist|agent|engineer|technician|advisor|adviser|manager|checker) (must|will|now|has to) (confirm|check|sign off|approve|review)',
  '(i|we) have? (also)? (changed|updated|reworked|fixed) how _ _? _? (work|works|happen|happens|are handled|is handled) ,? so',
  '(are|is) now (kept|stored|on|in) (separate|different|their own)',
  '(will|is going to|has to|must) (complete|attend|receive|undergo|do|redo|go through) (customer care|customer service|additional|extra|further|refresher|new)? training',
  // Not "our billing team has updated your address": fixing the customer's own case is repair.
  '(our|the) ... (team|developers|engineers|staff|department) (has|have)? (also|now)? (changed|updated|fixed|patched|added|introduced|set up|rewritten|rewrote|adjusted|built|started) (the|our|a|an|new|every|all)? ... <PROCESS>',
  '(this|that) (change|fix) (is|goes|went) live',
  'the fix (ships|is live|goes live|went live|is rolling out)',
  // The change led by its purpose: "To prevent this, we now show the real dispatch date".
  '(to|so as to) (prevent|avoid|stop) (this|it|that) (from)? (happening)? (again)? ,? (we|i|our ... (team|staff|system|platform|warehouse)) (now|have|has|also|are now|is now|will now)',
  '(to|so as to) (make sure|ensure) (this|it|that) (does not|never|will not|cannot|can not) happen~ again ,? (we|i|our ... (team|staff|system|platform|warehouse)) (now|have|has|also|are now|is now|will now)',
  // Automated from now on: "we've set the callback option to switch on automatically".
  '(i|we) (have)? (now|since|also)? (set up|added|introduced|created|built|turned on|enabled) (an|a)? (automatic|automated) _',
  '(i|we) (have)? (also|now)? (set|configured|changed) (the|our) * to (switch on|turn on|trigger|run|kick in|start|fire|happen) automatically',
  // A check now part of the routine: "the duty manager now checks the housekeeping list".
  '(we|i|the _|the _ _|our _|our _ _|all _ _?|every _ _?) now (check~|keep~|scan~|verif*|confirm~|review~|require~|test~|double-check~|weigh~|print~|alert~|flag~|run~|record~|reassign~|disable~|refuse~|compare~|fold~|photograph~|inspect~|seal~|tick~ off|only (publish~|release~|confirm~|book~|ship~))',
  // A second person on the job: "We now have a second person check every year-end statement".
  '(i|we) now have (a|an|another) (second|extra|additional|senior|separate) (person|colleague|manager|member of staff|pair of eyes) (check~|review~|sign~ off|approve~|look~ over)',
  '(i|we) now have (a|an|another) (second|extra|additional|separate) (check|review|step|sign-off) (on|for|before) (every|each|all)',
  '(from now on|going forward|in future|in the future) ,? ... ... (can only|will only|must now|will always|must always)',
  '^ (from now on|from now|from today|from this week|from this month|starting today) ,? ... ... ... (can not|can only|will only|must|will always|will now|now)',
  '(is|are) now part of (the|our|every|each) ... <PROCESS>',
  '(must|will) now (check|match|verify|confirm|scan|review|approve)',
  // A safeguard now in force, whatever its subject: "the freeze screen now stops the direct debit
  // automatically", "late-arrival notes now appear in red", "caps now carry over automatically".
  '_ now (stop~|stay~|block~|lock~|print~|require~|ask~ for|goes (down|on|in|out|first|through)|alert~|appear~|disable~|refuse~|carr* over|has to|have to|cannot|can not|will not|does not|do not)',
  '(can|will) (now)? no longer be (made|done|changed|released|closed|booked|sent|processed|cancelled|canceled|marked|published|issued|deleted|removed|charged|printed|dispensed|moved|run)',
  // A routine now in place: "Karen goes through the next day's jobs with me every evening", "a list our manager reviews every working day".
  '(goes|go|checks|check|reviews|review|runs|run) (through|over)? ... ... ... ... (every|each) (working)? (evening|morning|day|night|week|shift)',
  // "no card can be deactivated without the member ID being checked", "any covered route is checked by the depot supervisor".
  'no _ _? can (now)? be (deactivated|cancelled|canceled|changed|released|closed|booked|sent|processed|deleted|removed|charged|moved|approved|issued|reassigned|signed off|marked|allocated|shipped|frozen|suspended) (without|until|unless)',
  '(every|each|any|all) _ ... ... ... (is|are) (now)? (checked|reviewed|approved|signed off|double-checked|verified|inspected) by',
  '(and|also) (added|introduced|built|set up|put in) (a|an) (new)? (check|safeguard|block|alert|limit|step|rule|control) (that|which|so|to)',
  // "no room allocation can be withdrawn without contacting the student", "deleted so it can't be used again".
  '(can|will) (not|no longer) be (withdrawn|cancelled|canceled|changed|released|closed|booked|sent|processed|deleted|removed|charged|moved|approved|issued|reassigned|signed off|marked|allocated|shipped) (without|until|unless)',
  '(can not|cannot|can no longer|will not|will no longer) be (used|sent|charged|split|applied|booked|cancelled|canceled|released) again',
  // Training under way: "our advisors are completing bereavement-call training this month".
  '(are|is) (now)? (completing|doing|attending|taking|getting|receiving|going through) ... ... training',
  '(given|sent|run) (our|the|all) _ _? (a|an) (refresher|training|briefing|training session)',
  // A routine that tells people from now on: "reception will tell patients whenever a clinician is running late".
  '(will|must|now) (tell|call|text|email|ring|notify|warn|update|inform) (patients|customers|members|guests|everyone|every _|all _|anyone|each _) (whenever|as soon as|before|if)',
  '(from now on|going forward|in future|in the future) ,? (staff|we|our _|the _) will (now|also)? _ ... (too|as well|every|each|always|whenever)',
  // A rule now in force for every case: "every incoming lab result now goes onto the duty vet's
  // list", "every refund form is now checked", "our setup crew now signs off each table".
  '(every|each|all) _ _? _? (is|are)? now (go~|goes|checked|reviewed|routed|sent|handled|logged|recorded|flagged|scanned|tested|signed off|double-checked|confirmed|verified|matched|read~|use~|need~|require~|get~)',
  '(our|the) _ _? _? (now|also now) (sign~ off|go~ through|go~ to|use~ only|read~ the|send~ (every|each|all|a|an)|assign~|route~|check~|review~|scan~|match~|compare~|flag~|block~|hold~|verify|verifies)',
  '(our|the) _ _? no longer (release~|send~|allow~|accept~|charge~|book~|cancel~|close~|delete~|remove~|renew~|skip~|ship~|let~)',
  '(is|are) now (switched off|turned off|disabled|switched on|turned on|enabled|required|mandatory|automatic) (by default|for every|for all|on every|on all)',
  '(from now on|going forward|in future|in the future|from today) ,? (a|an|every|each|all) _ _? (will|must|now|is|are)',
  '(a|an) (supervisor|manager|second person|team lead|senior _|second _) now (sign~ off|check~|review~|approve~)',
  '(i|we) have (since|now|also)? put (a|an|another|two|three|a second|a third) _ _? on (the|our) (_)? (rota|roster|schedule|shift|shifts)',
  '(i|we) have (now|also)? started (double-checking|checking|scanning|confirming|reviewing|testing|verifying|photographing|weighing) (every|each|all|the)',
  '(our|the) _ _? now use~ (a|an|two|double|new|only|extra|stronger|thicker)',
  '(our|the) _ _? _? now look~ for',
  '(we|our _|our _ _) (now)? (get~|receive~) an (automatic|automated) (alert|reminder|notification|warning)',
  '(is|are) not (closed|complete|completed|finished|marked done|signed off) until (every|each|all)',
  '(i|we) have made (the|a|an) ... (a|an)? (signed|required|mandatory|compulsory) (step|check|field)',
  '_ now (photograph~|check~|scan~|inspect~|test~|weigh~|count~|label~|warn~) (every|each|all|you)',
  '(from this week|from today|from this term|from this month|starting today) ,? ... ... ... (can not|cannot|can only|will only|will not|must|will always|will now|now|check~)',
  'and (also)? (set up|added|introduced|built|turned on|enabled) (an|a)? (automatic|automated) _',
  '(changed|reworked|rethought|redesigned|improved) (how|the way) _ (are|is) (handled|processed|checked|scheduled|packed|matched|assigned|reviewed|routed)',
  '(i|we) (have)? (now|also)? set (our|the) * to (email|text|alert|notify|flag|send|check|block|stop|warn)',
  '(i|we) (have)? (also|now)? (changed|reworked|rethought|redesigned|improved) (how|the way) (we|i|our|the|each|every|all|incoming|orders|documents|deliveries|payments|bookings|claims)',
  '(i|we) (have)? (also|now)? put (a|an|new)? ... <PROCESS> in place',
  // A change of ours from a date on: "From now on the route sheet prints straight from the order book".
  // The purpose first, whoever the subject: "To stop this happening again, reorders now open a preview".
  '(to|so as to) (prevent|avoid|stop) (this|it|that) (from)? (happening)? (again)? , _ _? _? (now|will now|will always|no longer|can no longer|can only|must now)',
  // From a day on: "Since Monday we check every listing against the venue's live record".
  '^ since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|yesterday|this morning|then) ,? (we|i) (now)? (check~|scan~|review~|confirm~|verify|photograph~|test~|require~|double-check~|match~|compare~|only)',
  // Since the customer's case: "Since your case, our transfer desk checks every re-tagged bag".
  '^ since (your|this|that) _ _? ,? ... ... ... (check~|scan~|review~|confirm~|verif*|photograph~|test~|double-check~|match~|compare~|inspect~|weigh~) (every|each|all)',
  // A limit now in force: "We now cap riders at two orders per trip".
  '(we|i|the _|the _ _|our _|our _ _) now (cap~|limit~|restrict~) _',
  // A routine now run more often: "our shop now updates stock levels every 15 minutes".
  '(we|i|the _|the _ _|our _|our _ _) now (update~|refresh~|sync~|reconcile~|back~ up|run~) ... ... ... every',
  // Whatever the subject, a side effect gone: "Changing a delivery day no longer touches the grind setting".
  '_ no longer (touch~|reset~|overwrite~|affect~|clear~|wipe~|remove~|delete~|change~|send~|allow~|accept~|charge~|skip~|cancel~|release~|drop~)',
  // A way of working given up: "I have also stopped using the paper diary", "I'm no longer copying times by hand".
  '(i|we) (have)? (also|now)? stopped (using|taking|sending|copying|accepting|printing|relying on|writing|keeping|typing)',
  '(i|we) (am|are) no longer (copying|typing|writing|using|sending|taking|relying on|entering|keeping|printing)',
  // The cause itself fixed: "we've fixed the bug that logged you out".
  '(i|we) (have)? (now|since|already|also)? (fixed|patched) (the|this|that) (bug|glitch)',
  // "We've started measuring every customer's feet at pickup", "We have now a list for every guest request".
  '(we|i) have? (now|also)? started _ ... ... ... (every|each|all|any)',
  '(we|i) have now (a|an) (new)? _? (list|checklist|log|rule|step|check|form|rota|board|sheet|register|routine)',
  // "For the future we change how we work: …".
  '(we|i) (change|are changing) (how|the way) (we|i) (work|do things|do this|handle|run)',
  // "If we ever have to cancel a show again, refunds will go back automatically within 5 days".
  '^ if (we|i) ever ... ... ... ... again , ... ... ... will _? _? (automatically|always|immediately)',
  // "Our engineers shipped a fix on 6 March", "A cancellation can now only be confirmed once …",
  // "a second person checks the link", "…, and from this week no crate goes on a van until it's been scanned".
  '(we|our _|our _ _) (have)? (shipped|released|deployed|rolled out|pushed) (a|the) (fix|patch)',
  '(can|may) now only be (confirmed|made|booked|issued|sent|processed|approved|released|given|cancelled|canceled)',
  '(a|one) second (person|colleague|member of staff|pharmacist|technician|engineer|pair of eyes) (now)? (checks|reviews|confirms|signs|double-checks|verifies)',
  '(a|one) (member of staff|staff member|colleague|manager|supervisor) (now)? (checks|reviews|confirms|signs off|double-checks|verifies) (every|each|all)',
  // "We've gone back to our old double-walled boxes for every tin order".
  '(we|i) have (now)? (gone back|switched back|reverted|moved back) to',
  // "The lane counts have been corrected on every route", "The walkaround isn't optional anymore. It's now a
  // written checklist", "We've changed things so a new prescription updates the subscription straight away".
  '(have|has) been (corrected|fixed|updated|changed) (on|for|across|in) (every|all|each)',
  '(is not|are not) optional (any more|anymore|now)',
  '(it|this|that) is now a (written|signed|mandatory|compulsory|required) (checklist|check|rule|step|requirement|sign-off)',
  '(we|i) have changed (things|it|this|how we work) so',
] as const;

/**
 * A heading for the change ("**What's changed:** shoppers now see your substitution preferences
 * …"): in its sentence, "your" is any customer's. The heading alone is no change.
 */
export const PREVENTION_LABEL = [
  '^ what (changes|has changed|is changed|we have changed|we changed|is changing|we are changing|we will do differently) :',
  // A heading on its own: "**What we've changed**" (read with the paragraph under it, see src/components.ts).
  '^ what (has changed|we have changed|we changed|we are changing|we will do differently|we are doing differently) $',
  // "Here's what's changed in our kitchen, starting Monday:" with the changes listed below it.
  '^ (here is|this is|here are) what (has changed|is changed|is changing|we have changed|we are changing|we changed|changes|will change|we will do differently|we are doing differently) ... ... ... ... ... :',
] as const;

/**
 * A change from a date on ("From now on the route sheet prints straight from the order book"):
 * prevention only when the sentence names a safeguard (src/roles.ts `safeguardIn`), not news
 * ("From next year, prices will rise", "From today, the shop opens at 9am").
 */
export const PREVENTION_FROM = [
  '^ (from now on|from now|from today|from this (week|month|term|year|season)|from next (week|month|term|year|season)|starting (today|now|this week|this month)|going forward|as of today) ,? _ _',
  ', and (from now on|from today|from this (week|month)|starting (today|now|this week)|going forward) ,? _ _',
  // "From the next show, our engineer walks the whole venue during soundcheck".
  '^ from the next (show|event|job|visit|order|delivery|booking|one|run|batch|shift|season|term) ,? _ _',
  // "As of this week, …", "Starting November 1, …", "For the future …".
  '^ (as of (this|next) (week|month)|for the future|in (the)? future|(starting|from) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|next (week|month))) #n? ,? _ _',
  // "From 1 April the departure system will not record…", and after a label: "**What's changing:** from Monday, items are counted…".
  '^ (from|starting|as of) (the)? #n (january|february|march|april|may|june|july|august|september|october|november|december) ,? _ _',
  ': (from now on|from now|from today|going forward|from this (week|month)|from next (week|month)|(from|starting) (monday|tuesday|wednesday|thursday|friday|saturday|sunday)) ,? _ _',
] as const;

/**
 * A practice of ours that holds "now", whatever its verb: "We now pack every shade in its own
 * box", "Our crews now wrap every sofa", "the app now saves drafts every 30 seconds". The verb is
 * the match's last word; src/components.ts leaves out verbs that change nothing ("we now have
 * your parcel", "our team is now looking into it") and the customer's own case.
 */
export const PREVENTION_NOW = [
  '(we|our _|our _ _|our _ _ _|the _|the _ _) (now|now also|also now|are now|is now|have now|has now) _',
  // A habit of mine: "I now book fittings only once…", not a step done once ("I've now released the deposit").
  '(i) (now|now also|also now) _',
  // Told of the cases it covers: "Pickups are now read back to the patient at booking".
  '_ are now (automatically|always|also)? _',
  // A bare subject: "Bare-root stock now goes into the sand bed the day it arrives".
  '^ _ _? _? now (goes|go|gets|get|must|needs|need|passes|pass|travels|travel|sits|sit|stays|stay|give|gives|check|checks|send|sends|call|calls|print|prints|confirm|confirms|sign|signs|label|labels|scan|scans|test|tests|ring|rings|text|texts|weigh|weighs|photograph|photographs|pauses|pause|stops|stop|blocks|block|locks|lock|triggers|trigger|flags|flag|holds|hold)',
  // "Any box that's short of an ingredient now triggers an email to you".
  '^ (any|every|each) _ ... ... ... ... now _',
  // A step that must come first: "Amended bookings can no longer be confirmed until the space shows on the booking".
  '(can|will|may) no longer be (confirmed|booked|sent|approved|released|shipped|dispatched|posted|processed|closed|signed off|issued|amended|changed|moved|cancelled|canceled) (until|unless|without|before)',
] as const;

/** "… so it doesn't happen again": concrete only with a mechanism in the same sentence (C7). */
export const PREVENTION_PLEDGE = [
  '(never|not|does not|will not|cannot|can not) happen~ (again|to anyone else)',
  '(avoid|prevent) (this|it|that) (from)? (happening)? (again|in future|in the future)',
] as const;

/** Vague pledges: low credit, do not satisfy C7 (GOV.UK: we're either doing something or we're not). */
export const PREVENTION_VAGUE = [
  '(we|i) will (strive|endeavour|endeavor|do our best|do my best|try|aim|work) to (ensure|prevent|make sure|avoid|improve|do better)',
  '(we|i) (are|am) committed to (improving|ensuring|preventing|doing better)',
  'lessons (will be|have been) learned',
  '(we|i) will do better',
  '(we|i) (are|am) (reviewing|looking into|looking at) (our|the) (process*|procedures|systems)',
  '(we|i) will (use|take) (this|your) feedback',
  '(passed|shared) (your|this) feedback',
  '(we|i) will (learn|improve) from (this|it)',
] as const;

/** When a follow-up happens (C8). */
export const WHEN = [
  'on (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)',
  '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
  'by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the end|end|#n|noon|midday|close|eod|cob)',
  '(tomorrow|tonight|today|this (week|afternoon|morning|evening)|next (week|month))',
  'within (the)? (#n|a|an|one|two|three|24|48|the next|@ph)',
  '(by|in|on) @ph',
  'every #n (hours|days|minutes)',
  // Dates and spans: "on 22 October", "by Friday 5 July", "within five working days", "in three to
  // five working days", "for the next few weeks".
  'on #n',
  // "on Thursday's van", "on tomorrow's round".
  "on (monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|tomorrow's|today's|next week's)",
  '#n <MONTH>',
  '<MONTH> #n',
  'within (four|five|six|seven|eight|nine|ten|fourteen|thirty)',
  '(#n|one|two|three|four|five|six|seven|ten) to (#n|two|three|four|five|six|seven|ten|fourteen) (working|business)? (days|weeks)',
  'in (#n|two|three|four|five|six|seven|ten) (working|business) (days|weeks)',
  '(for|over|in) the (next|coming) (few|couple of|#n|two|three|four)? (days|weeks|months)',
  'until (it|delivery|it is|the)',
  '(once|when|as soon as|the moment|the minute) (it|they|the|your|we|i|she|he)',
  'at #n',
  'in (#n|two|three|four|five|six|ten) (days|hours|minutes|weeks)',
  'either way',
] as const;

/**
 * A next event with no owner named, which counts as a follow-up when the sentence says when
 * (C8, "a next step with an owner or a time"): "It will ship by tracked delivery tomorrow", "They
 * should be with you by Thursday", "you'll see it in three to five working days".
 */
export const TIMED_STEP = [
  '(will|should) (arrive|ship|reach you|land|show|appear|go out|be with you|be back with you|be in your _|be returned|be refunded|be repaid|be credited|be dispatched|be delivered|be posted|be sent|be fitted|be installed|be ready|be live|be back)',
  '(you|they|it) will (see|receive|get|have) (it|them|this|that|the|your|a|an)',
  '(which|that) (you|they) will (see|receive|get)',
  // "you should see £48 back in 3-5 days", "it usually takes 3-5 working days to appear".
  '(you|they) should (see|receive|get) (it|them|the|your|this|that|¤|#n)',
  '(takes|take) ... ... (days|hours|weeks) to (appear|show|arrive|clear|land|come through|reach you)',
  '(shows|show) up (in|within)',
  '(is|are) going out (to you)?',
  '(engineer|technician|fitter|installer|driver|courier|crew|plumber|electrician) will (visit|come|call|arrive|be (with you|there|round))',
  '(technician|engineer|fitter|installer|driver|courier|crew|team|colleague) (is|are) (replacing|fixing|repairing|fitting|installing|delivering|collecting|visiting|coming|calling)',
] as const;

/** Who does it and what they do (C8). */
export const FOLLOW_UP = [
  // A meeting offered: "I'd value ten minutes with you next week", "I would welcome the chance to meet you".
  '(i|we) would (value|welcome|love|like|appreciate) (the|a)? (chance|opportunity|few minutes|#n minutes|five minutes|ten minutes|fifteen minutes|half an hour|call|conversation) (to (meet|speak|talk|sit down|go through)|with you)',
  // A step of ours the customer sets off: "Let me know which day suits and I'll book it in",
  // "Just reply with a date and I'll lock it in", "Pop in any time and we'll reset it",
  // "I will file the return as soon as you do".
  '(let me know|let us know|reply|tell me|send me|pop in|drop in|bring|call me|ring me) ... ... ... ... ... and (i|we) will (book|lock|set|arrange|sort|send|chase|fix|find|get|put|file|cover|reset|swap|look|go ahead|take care)',
  '(i|we) will _ ... ... as soon as you',
  '(i|we) will (meet|see|greet) you (at|in|there|on|tomorrow|myself)',
  // "I'm speaking to Anne on Wednesday and will phone you on Thursday afternoon".
  'and will (phone|call|ring|email|e-mail|text|write to|contact|update) you',
  '(i|we) would be (glad|happy|pleased|delighted) to (arrange|set up|book) (a|an) (call|meeting|visit|chat)',
  '(i|we) would (love|like) to (book|see|have) _ (in|back) (for|on|at|in)',
  // "If it hasn't arrived by Monday, I'll chase it personally".
  '(i|we) will (look into|chase|investigate|sort|fix|check) (it|this|that) (personally|myself|straight away|right away|immediately)',
  // A named colleague's call on arrival: "Paul, will call when he's 30 minutes away".
  ', will (call|ring|phone|text) (you)? (when|once|before|as soon as)',
  '(i|we) have (put|moved) you (first|to the front|to the top|at the top|at the front) (of|in) (the|our) (callback|call back|call-back)? (queue|list)',
  '(i|we) have (added|put) you (to|on|in) (the|our) (priority)? (callback|call back|call-back) (queue|list)',
  'you are (first|next) in (the|our) (priority)? (callback|call back|call-back)? (queue|list)',
  '(i|we) will send (the|your|a|an) ... ... to you (by|on|tomorrow|this|next|before)',
  '(i|we) would (like|love) to give you a (ring|call|bell) (on|at|tomorrow|this|next|later|before)',
  '(could|can|may) (i|we) (call|ring|phone) you (on|at|tomorrow|this|next|later)',
  '(i|we) will (personally)? (have (it|them|this|your _) delivered|deliver (it|them|this|your _)|check|follow up|telephone|mail you|get in touch|email|e-mail|update|call|ring|phone|let you know|confirm|message|text|contact|reply|write|keep an eye on|keep you (posted|updated|in the loop)|monitor|be in touch|get back to you|check back|check in|reach out|send you (a|an|the|our|my) ... (update|confirmation|tracking|report|summary|breakdown|copy|write-up))',
  'i will (personally)? make sure',
  // "I shall personally call you on Thursday".
  '(i|we) shall (personally)? (call|ring|phone|telephone|email|e-mail|write to|contact|update|be in touch|follow up|check|confirm|let you know)',
  // "I'll look at your readings again next Monday and email you to confirm".
  '(i|we) will ... ... ... ... and (email|e-mail|call|telephone|text|message|ring|phone|update|write to) you',
  '(i|we) will ... ... ... ... and send you (a|an|the|my) ... (result~|outcome|update|confirmation|report|summary)',
  // "I'll send you the delivery slot by text on Tuesday", "I'll send you a reminder two weeks before…".
  '(i|we) will send you (the|a|an|your|our|my) (new)? (reminder|delivery slot|slot|date|dates|time|times|details|link|options|quote|estimate|timeline|schedule|results)',
  '(i|we) would (like|love) to (call|ring|phone|email|e-mail|speak to|talk to|check in with) you (on|at|tomorrow|this|next|later|before|by|in the)',
  '(i|we) will send (you)? (our|the|a|an|my) ... (report|summary|update|confirmation|write-up|breakdown)',
  'expect (an|a) (email|e-mail|call|update|text|message|reply) from (me|us)',
  // "I'll drop you a note in a month", "I'll send you a quick note after the refund lands".
  '(i|we) will (drop|send) you (a|an) (quick|short|brief)? (note|line|message|email|e-mail|text)',
  '(i|we) can (call|ring|phone|email|visit) you (today|tomorrow|at|on|this|next|later)',
  '(and|then|i|we) will (personally)? (update you|email you|call you|dm you|message you|text you|let you know|follow up|be in touch|get back to you|check back|keep you updated|keep you posted)',
  // A visit booked with a time: "The new machine will be delivered and installed on Saturday between 10am and 1pm".
  'will be (delivered|installed|fitted|collected|repaired|replaced) (and (installed|fitted|set up|connected))? (at your (home|house|flat|address|office|door|site))? (on|between|by|tomorrow|this|next)',
  '(a|an|our) (truck|van|driver|crew|team|technician|engineer|fitter|courier) will (come|call|be) (by|round|back)? (on|at|tomorrow|this|next|between)',
  '(you should|you will) (receive|get) (it|them|this|the (refund|replacement|parcel|package|item|credit|order)|your (refund|replacement|parcel|package|item|credit|order))',
  'you will (get|receive) ... (update~|email~|text~|notification~|confirmation~|tracking)',
  'you will (get|receive) (an|a) (email|e-mail|text|message|update|notification|confirmation) (when|once|as soon as)',
  'tracking (number|link|code|details)',
  '(it|the (refund|replacement|parcel|package|credit|order)|your (refund|replacement|parcel|package|credit|order)) (should|will) (reach|arrive|land|show up|appear|be with)',
  // A named colleague's next step: "The front desk will call you tomorrow morning".
  '(the|our|my) (front desk|team|manager|technician|engineer|specialist|agent|lead|team lead|supervisor|colleague) will (personally)? (call|email|e-mail|text|contact|message|ring|phone|be in touch with|follow up with|check in with) you',
  // A next step already booked: "I've booked a call with our senior advisor for tomorrow at 3 pm".
  '(i|we) (have|will)? (booked|scheduled|arranged|set up) (you)? (a|an) (call|callback|call back|video call|visit|engineer visit|technician visit|appointment|meeting)',
  // Someone named, with a time: "Sam from the Bristol depot will call by 4pm today"; there in person: "I will be at reception to welcome you".
  '_ from (our|the) _ _? _? will (call|ring|phone|email|text|message|contact) (you)? (by|at|before|today|tomorrow|this|on|within)',
  '(i|we) will be (at|in|there) _? _? to (welcome|meet|greet|see) you',
  // "Priya, our lounge manager, will email you by Friday".
  ', will (telephone|call|ring|phone|email|e-mail|text|contact|visit|write to) you (on|at|by|tomorrow|today|this|next|within|before)',
  ', will send you (a|an) (update|confirmation|reply|call|email) ... ... ... (by|on|within|before|tomorrow|today)',
  // A macro's owner and date as placeholders: "{{agent.name}} will call you on {{followup.date}}".
  '^ @ph will (call|ring|phone|email|e-mail|text|contact|message|follow up|write to|be in touch)',
] as const;

/** A concrete next step the customer takes (counts as the next step on social and chat). */
export const NEXT_STEP = [
  '(dm|message|pm) (me|us)? (your|the|with|a|an)',
  '(sent|send) you a (dm|direct message|private message|message)',
  '(i|we) (would|will) be (happy|glad) to (help|look into|assist|take a look|check)',
  '(i|we) (can|will) (help|look into (it|this|that)|check (it|this|that))',
  '(please|pls|kindly|could you|can you)? (dm|message|email|e-mail|call|contact|text|ring) us',
  '(send|drop|shoot) us (a|an)? (dm|direct message|private message|message|email|note)',
  '(reach out|get in touch) (to us|with us)? (via|through|by|in) (dm|direct message|private message|email|chat)',
  'follow (us|and dm)',
  'via (dm|direct message|private message)',
  '(in|by|over) (dm|dms|direct message)',
] as const;

/** The issue is already resolved: partial credit for follow-up (C8, resolvedCue). */
export const RESOLVED = [
  '(is|has been|are|have been) (now)? (complete|completed|done|resolved|fixed|live|active|restored|sorted)',
  'already (refunded|fixed|credited|sent|shipped|resolved|restored)',
  // The failure itself put right in the reply (not money for it): "I've restored your streak",
  // "I've cancelled the incorrect invoice", "A corrected certificate is attached".
  '(i|we) have (now)? (restored|reinstated|reversed|corrected|reissued|re-issued|reactivated|reconnected|unlocked) (the|your|it|them|this|that|all)',
  '(i|we) have (now)? (removed|cancelled|canceled|voided|waived) the (incorrect|wrong|duplicate|extra|late|mistaken) _? _?',
  '(corrected|new|updated|revised|amended|reissued|replacement) _? (certificate|invoice|contract|statement|receipt|letter|document|copy|label|ticket|tickets|confirmation) (is|are) attached',
  '(balance|account) (is|now shows|shows) (now)? (zero|clear|cleared|back to (zero|normal)|in credit|correct)',
  '(is|are) (already)? on (its|their) way (to you|to your)',
  // The money wrongly taken, put back in full: "I've refunded the full £90", "Your groom is fully
  // refunded", "The duplicate £95 went back to your account" (not "I've refunded the shipping fee").
  'refunded (the|your)? (full|whole|entire) _?',
  'refunded _ _? _? _? in full',
  '(is|are|has been|have been) (fully|all) refunded',
  'refunded the (extra|duplicate|second|overcharged|double|incorrect|wrong)',
  '(duplicate|extra|second|double) ¤? _? (went back|has gone back|was refunded|has been refunded|is back)',
] as const;

/** Apology performatives the shared lexicon does not list: formal credit, they still count (C1). */
export const SORRY_EXTRA = [
  '(i|we) (would|want|wish|need|wanted|needed) (like)? to (personally|sincerely|truly)? apologize',
  // "I must apologise sincerely", "we have to apologise for this".
  '(i|we) (must|have to|had to) (first|also)? (personally|sincerely|truly|unreservedly)? apologize~',
  '(i|we) (am|are|was|were) (writing|reaching out|contacting you|getting in touch|emailing) to (personally|sincerely)? apologize',
  'allow me to apologize',
  'apologizes for',
  '(i|we) (owe|owed) you (both|all|and _ _?)? (a|an) _? apology',
  // "I'm writing to say sorry, properly and in full".
  '(i|we) (am|are|was|were) (writing|reaching out|contacting you|getting in touch|emailing) to say (sorry|that (i|we) (am|are) sorry)',
  '(i|we) (would|want|wish|wanted) (like)? to say (sorry|that (i|we) (am|are) sorry)',
  // "I want to start by saying sorry".
  '(start|begin|open) by saying (sorry|that (i|we) (am|are) sorry)',
] as const;

/** Plain apologies the shared lexicon does not list ("I'm also sorry", "Hi Emma, sorry about that"). */
export const SORRY_PLAIN = [
  '(i|we) (am|are|was|were) (also|still|just|again) <INTENS>? sorry',
  ', <INTENS>? sorry (about|for|that|,|!|.)',
  // After a greeting in the same sentence: "Hi Leon, really sorry your card was declined".
  '^ (hi|hello|hey|dear) _? , <INTENS>? sorry',
  // "You're absolutely right, and sorry about that."
  ', and <INTENS>? sorry (about|for) (that|this|it|the|all)',
] as const;

/** Greeting and pleasantry sentences that do not count for apology-first (C2). */
export const OPENER = [
  '^ (hi|hello|hey|dear|hiya|greetings|good (morning|afternoon|evening|day)) ... ... $',
  '^ (thanks|thank you|many thanks) (so much)? (for|again) (reaching out|contacting us|getting in touch|writing|writing in|your (email|message|note|patience|reply|tweet|photos|photo|pictures|screenshots|screenshot|details)|letting us know|flagging|hanging on|holding on|waiting|bearing with (me|us)|sending (the|those|these|your|them|it|over)|the (message|note|email|photos|photo|pictures|picture|screenshots|screenshot|details|video|update))',
  // The greeting and the thanks in one sentence: "Hey Leo, thanks for hanging on while I dug into this."
  '^ (hi|hello|hey|dear|hiya) _? _? , (thanks|thank you|many thanks) (so much)? (for|again) (reaching out|contacting us|getting in touch|writing|writing in|your (email|message|note|patience|reply|tweet|photos|photo|pictures|screenshots|screenshot|details)|letting us know|flagging|hanging on|holding on|waiting|bearing with (me|us)|sending|the (message|note|email|photos|photo|pictures|picture|screenshots|screenshot|details|video|update))',
] as const;

/** Appreciation instead of an apology for waiting (You et al. 2020; C1 `acceptGratitude`). */
export const GRATITUDE = [
  '(thanks|thank you|we appreciate|i appreciate) (so much)? (for)? (your patience|waiting|bearing with (us|me)|your understanding|holding on)',
] as const;

/** Generic objects of an apology (C9): the apology names no failure. */
export const GENERIC_OBJECT = [
  '(for|about) (this|that|it|any|all) (inconvenience~|trouble~|issue~|problem~|situation|experience~|error~|mix-up|mixup|confusion|hassle~|frustration~|disruption~|difficulties|difficulty)? <GENERIC_TAIL>?',
  '(for|about) (the|this|that|your|any) (inconvenience~|trouble~|issue~|problem~|situation|experience~|error~|mix-up|mixup|confusion|hassle~|frustration~|disruption~|difficulties|difficulty|mess) <GENERIC_TAIL>?',
  // "…piped on it as "Ila", and I'm so sorry about both."
  '(for|about) (everything|both|both of (them|those|these)|all (this|that|of this|of that)) <GENERIC_TAIL>?',
  '(that|if) (happened|happens)',
  '(that|if)? you (feel|felt|think|thought|believe|believed|see|saw|perceive|took|misunderstood) ...',
] as const;

/** Words after a generic object that still name nothing ("the confusion caused", "the issues you're having"). */
export const GENERIC_TAIL = [
  '(caused|there|here|again|today|so far|(this|it|that|the) (matter|situation|issue|problem)? (has|may have|might have|have)? caused (you)?|(you|you have|you have been|you are) (experiencing|having|facing|had|experienced|encountered))',
] as const;

/** Vague apologies (A3 forms): not enough for C1. */
export const VAGUE_OBJECT = [
  '(for|about) any (inconvenience~|trouble~|issue~|problem~|confusion|frustration~|disruption~|difficulties|hassle~)',
  '(for|about) any _ $',
  '(for|about) the inconvenience',
  '(for|about) (inconvenience|inconveniences)',
  '(for|about) (this|that|the) inconvenience',
] as const;

/** Compensation offered (C10). */
export const COMPENSATION = [
  'refund~',
  'credit~',
  'voucher~',
  'coupon~',
  'discount~',
  'gift card~',
  'gift certificate~',
  'free (of charge|shipping|month|months|upgrade|delivery)',
  'on the house',
  'complimentary',
  'reimburs*',
  'compensation',
  'promo code~',
  '#n (%|percent) off your',
] as const;

/** Our people, in the possessive: "our crew's mistake", "my colleague's error". */
export const STAFF_POSS = [
  "team's",
  "crew's",
  "staff's",
  "driver's",
  "engineer's",
  "technician's",
  "agent's",
  "packer's",
  "picker's",
  "fitter's",
  "installer's",
  "assembler's",
  "colleague's",
  "warehouse's",
  "store's",
  "shop's",
  "kitchen's",
  "office's",
  "branch's",
] as const;

/** Classes for `<NAME>` references in the patterns above. */
/** Month names, for dates ("on 22 October", "by Friday 5 July"). */
const MONTH = [
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)',
] as const;

export const COMPONENT_CLASSES: Record<string, readonly string[]> = {
  MONTH,
  STAFF_POSS,
  FEEL,
  MECH: PREVENTION_MECH_VERB,
  PROCESS: PROCESS_NOUN,
  OUR_FAILURE_VERB,
  GENERIC_TAIL,
};
