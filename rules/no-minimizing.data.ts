/** Failure events a minimiser shrinks (RULES.md B5). */
const FAIL_EVENT =
  'delay~|issue~|problem~|glitch*|hiccup~|blip~|snag~|mix-up~|mixup~|error~|bug~|mistake~|oversight~|inconvenience~|setback~|hitch~|outage~|disruption~|interruption~|wait|lag|difference~|discrepanc*|mismatch~';
/** Wear on a thing: shrunk in an apology for damage, its condition elsewhere (see SMALL_WEAR). */
const WEAR = 'scratch~|mark~|dent~|scuff~';
/** Failure nouns a minimiser shrinks. */
const FAILN = `(${FAIL_EVENT}|${WEAR})`;
const SMALL = '(small|minor|slight|little|tiny|teeny|wee|trivial|negligible)';

/**
 * "It's only a small scratch": in an apology reply the damage made small; elsewhere the state of
 * a thing ("Small marks and stage make-up are fine; we clean everything on return"), so apology
 * replies only.
 */
export const SMALL_WEAR = `(just|only|merely)? (a|an|one|some|this|that|the|our)? (little|tiny|very)? ${SMALL} (${WEAR})`;
const UNIT = '(day~|hour~|minute~|week~|business day~|working day~)';

/**
 * "I know mistakes happen": said of our failure it shrinks it; said of the customer's own slip ("No
 * worries, mistakes happen") it is kindness, so it is reported in apology replies only.
 */
export const PLATITUDE = '(mistakes|these things|things like this|accidents|errors) (do|can)? happen';

/**
 * "in the grand scheme of things", "wasn't too much of a disruption", "no real harm done", "it was
 * only €35": in an apology reply the failure made small; elsewhere a view of a plan or a price, so
 * apology replies only.
 */
export const SCHEME = `(in the (grand|big|wider|overall)? scheme of things|(is|was|it is|it was) (hardly|not exactly|scarcely|not really|hardly the) (a|an|the)? (catastrophe|disaster|tragedy|end of the world|big deal|crisis|calamity|major issue|huge problem|serious problem)|(was not|is not|were not|will not be|has not been) (too|that|very)? (much of a|big a|great a|serious a) ${FAILN}|(no|not much) (real|great|lasting|major|big)? harm done|(it|that|this) (was|is) (only|just|merely) ¤|(it|that) (was|is) (only|just|merely) (the|one) _ _? (,|$))`;

/**
 * "I know it was just a few minutes": in an apology reply, the lateness shrunk; elsewhere a
 * distance or a wait ("it's only a couple of minutes from the station"), so apology replies only.
 */
export const SHORT_WHILE = `(it|that|this) (was|is) (only|just|merely) (a|an|one|#n|two|three|a few|a couple of) ${UNIT}`;
/** After SHORT_WHILE, words of a distance: "a few minutes' walk", "a couple of minutes away". */
export const DISTANCE_AFTER = /^(?:walk|walking|drive|driving|ride|away|from|by|on foot)\b/;

/**
 * "Most of your guests probably didn't even notice", "a gap that size is something most visitors
 * would never even notice": the failure made small by who would see it. Apology replies only
 * ("most people won't notice the new layout" elsewhere describes a change).
 */
const SEE = '(notice|noticed|spot|spotted|see|seen|tell)';
export const UNNOTICED = [
  `(most|many|most of (your|the|our) _) _? (would|will|probably|could|might)? (probably)? (never|not|hardly|barely|did not|would not|will not|could not) (have)? (even)? ${SEE}`,
  `(few|very few|hardly any|not many) _? (would|will|probably|could|might)? (ever)? (even)? ${SEE}`,
  // Not "Nobody here noticed it was going out with junipers": our own miss, told.
  `(nobody|no one|hardly anyone) (would|will|could|can|is going to|is likely to) (ever|even|really)? ${SEE}`,
];

/** Shrinking the failure: reported in every reply (the ones above in apology replies only). */
export const minimizerPatterns = [
  `(just|only|merely)? (a|an|one|some|this|that|the|our)? (little|tiny|very)? ${SMALL} (${FAIL_EVENT})`,
  SMALL_WEAR,
  `(just|only|merely)? (a|an|one|some|the|this|that|our|brief|quick|temporary|technical|little|small|minor|slight|tiny)? (hiccup~|blip~|teething (problem~|issue~|trouble~))`,
  '(just|only|merely) (a|an|one) (quick|brief|temporary|technical|silly)? (glitch*|hiccup~|blip~|typo~|mix-up~|mixup~|bug~|hitch~|snag~)',
  `(a|just a|only a)? (little|tiny|slight)? bit of (a|an)? (delay|issue|problem|hiccup|glitch|mix-up|wait|snag|trouble|confusion|inconvenience|backlog|disruption)`,
  `(only|just|merely) (a|one|#n|two|three|four|five|a few|a couple of|a couple|slightly|a little|a bit|marginally) ${UNIT}? (late|behind|delayed|overdue|behind schedule|longer than)`,
  // "the item is only delayed by a day".
  `(only|just|merely) (been)? (late|behind|delayed|overdue|held up|pushed back) (by|for)? (a|an|one|#n|two|three|a few|a couple of) ${UNIT}`,
  `(late|delayed|held up|pushed back) by (only|just|merely) (a|an|one|#n|two|three|a few|a couple of) ${UNIT}`,
  SHORT_WHILE,
  PLATITUDE,
  SCHEME,
  ...UNNOTICED,
] as const;

/** A failure noun used as a modifier names a thing, not the failure ("only one bug report", "a minor error message"). */
export const COMPOUND = new Set(
  'report reports fix fixes tracker ticket tickets number id code codes message messages log logs page form list notification notifications free bounty type category screen'.split(
    ' ',
  ),
);

/**
 * Condescension in instructions after an apology ("Simply reinstall it", "Obviously, the file
 * must be under 25 MB"): the words retext-equality files under "condescending" (after CSS-Tricks'
 * words to avoid in teaching), guarded by the context checks in the rule.
 */
export const imperativePatterns = ['just', 'simply'] as const;
export const stancePatterns = ['obviously', 'clearly', 'of course', '(everyone|everybody) (knows|knew)', 'as (everyone|everybody) knows'] as const;
export const easyPatterns = ['easy', 'easily', 'simple', 'obvious'] as const;

/** Words after "just"/"simply" that are not a verb of instruction ("just a quick note", "just to confirm", "just let me know"). */
export const NOT_A_VERB = new Set(
  `
  a an the this that these those to in on at for from with about around over under after before now then so as like
  because since one two once enough right what how when where why who your my our their his her its it you we i us me
  them more less bit slightly barely only recently yesterday today tomorrow tonight last been be being there here not no
  yes ok okay sorry thanks thank fyi wanted want wanna need thought is are was were am had have has did do does got get
  sent made went saw came took gave told said found heard left spoke wrote ran bought brought caught knew felt kept sold
  lost paid won done gone seen let tell reply respond drop message ping dm email e-mail call ring phone text contact
  reach ask say shout holler send write chat pop give hang wondering curious matter case happens happened noticed
  realized same fine perfect great lovely super easy quick short small minor little checking
  three four five six seven eight nine ten eleven twelve twenty thirty few several couple half days weeks months hours
`
    .trim()
    .split(/\s+/),
);
/** Base verbs that end in -ed ("simply proceed to checkout"). */
export const ED_BASE = new Set(['proceed', 'feed', 'embed', 'exceed', 'succeed', 'shred', 'speed', 'seed', 'weed', 'heed', 'bleed']);

/** Left of "just"/"simply" in its clause: nothing (an imperative) or the customer as subject ("you can just…"). */
export const YOU_SUBJECT = /^(?:you|u)(?: (?:can|could|will|would|should|may|might|must|need|needs|have|to|only|also|then|now|all))*$/;
/** "easy" that sympathises instead of talking down. */
export const EASY_SAFE =
  /^(?:to (?:miss|overlook|confuse|mix|get (?:wrong|lost|confused|mixed)|misread|lose|forget|skip|mistake|misunderstand|trip|make|do by accident|click by accident|overlook|see|understand|imagine)|mistake|one to miss|thing to (?:miss|overlook|get wrong)|going|peasy)\b/;
/** Words just before "easy" that negate or redirect it ("not easy", "take it easy", "make it easy for you"). */
export const EASY_BEFORE =
  /\b(?:not|never|hardly|no|nothing|far from|take it|(?:make|makes|made|making|keep|keeps|kept) (?:it|this|that|things|everything|life)(?: as| so| really| very| super| a lot| much)?)$/;
/** Copulas before a predicative "easy" ("it's easy", "is really easy to do"). */
export const EASY_PREDICATE =
  /\b(?:is|are|was|were|be|being|sounds|looks|seems|quite|pretty)(?: (?:really|very|super|pretty|quite|so|fairly|relatively|actually|dead|nice and|incredibly|extremely|as))?$/;
/** Nouns an attributive "easy" talks down about ("an easy fix"). */
export const EASY_NOUN = /^(?:fix|fixes|step|steps|solution|workaround|process|change|way|thing|task|job)\b/;
/** Empathy near "obviously"/"clearly": validating, not condescending ("obviously frustrating"). */
export const FEELING =
  /\b(?:frustrat\w*|annoy\w*|upset\w*|disappoint\w*|stress\w*|worr\w*|inconvenien\w*|unacceptable|not (?:good enough|acceptable|ok|okay|right|what you|the experience)|wrong|mistake|our fault|on us|every right|should (?:not|never) (?:have )?(?:happen\w*|be|been)|let you down)\b/;
/**
 * After "clearly"/"obviously": evidence of the failure, which sides with the customer ("the photos
 * clearly show the crack", "your account clearly records a peanut allergy").
 */
export const EVIDENCE =
  /^(?:show|shows|showed|shown|says|said|states|stated|lists|listed|reads|specifies|specified|asks|asked|covers|covered|includes|included|records|recorded|notes|noted|flags|flagged|marks|marked|mentions|mentioned|indicates|indicated|visible|damaged|broken|faulty|defective|cracked|wrong|not|is not|was not|our|ours|a (?:fault|defect|mistake)|an error|genuine|legitimate|authentic|correct|right|still|yours)\b/;
/** After "of course": our remedy, which is reassurance rather than a lesson ("Of course, your refund has been sent"). */
export const REMEDY =
  /\b(?:refund\w*|replace\w*|credit\w*|waiv\w*|compensat\w*|on (?:its|the) way|taken care|processed|sent|shipped|covered|free of charge|no (?:charge|cost|fee))\b/;
/**
 * What "simple" can describe without talking down: our own account of the failure ("What went
 * wrong is simple: I picked …"), or the rule we now keep ("if anyone runs short the rule is
 * simple: stop and come back").
 */
export const OUR_ACCOUNT = /\b(?:wrong|happened|reason|cause|explanation|story|mistake|(?:the|our|my) (?:new )?rule)$/;
/** Before "of course", words that make it a course taken: "two weeks of course", "the rest of course". */
export const COURSE_BEFORE =
  /^(?:weeks?|days?|hours?|lessons?|months?|years?|sessions?|modules?|units?|credits?|rest|end|start|middle|part|remainder|fees?|cost|price|materials?)$/;
/**
 * After "you had clearly" / "you'd clearly": a step the customer got wrong, which makes it a
 * lesson ("you had clearly missed the email"); any other verb records what they did right ("when
 * you'd clearly spelled it Katherine on the order").
 */
export const MISSTEP =
  /^(?:not|never|missed|misread|misunderstood|mistyped|misspelled|forgotten|forgot|ignored|overlooked|confused|skipped|failed|chosen wrong)\b/;
/** After "just": keeping or discarding, which spares the customer a task ("just bin the damaged items"). */
export const RELIEF = new Set(['keep', 'bin', 'discard', 'throw', 'ignore', 'recycle', 'donate', 'enjoy', 'dispose']);
/** Before "clearly"/"obviously": someone else as the subject ("the courier, who clearly didn't…"). */
export const THIRD_PERSON = new Set(['who', 'they', 'he', 'she', 'which']);
/** First person next to the word: the writer talking about us, not instructing. */
export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'our', 'my', 'myself', 'ourselves']);
/** Degree words before "clearly": "so clearly", "very clearly" are manner, never a stance. */
export const DEGREE = new Set(['so', 'very', 'really', 'quite', 'more', 'as', 'most', 'less', 'too', 'pretty', 'perfectly']);
/** Verbs of saying and showing: "clearly" after them is manner ("explain clearly"), not condescension. */
export const MANNER_VERB =
  /^(?:explain|describ|writ|wrote|say|said|speak|spoke|communicat|outlin|show|think|see|saw|hear|understand|break|present|set out|lay out|label|mark|list|display|read|state)/;
