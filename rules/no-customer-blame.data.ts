/** Diligence verbs: what the customer is blamed for not doing (RULES.md B3). */
const DILIGENCE =
  '(read|follow|check|double-check|select|enter|include|fill (in|out)|tick|click|confirm|save|attach|provide|add|choose|specify|use|update|activate|verify|submit|register|contact (us|me)|tell (us|me)|let (us|me) know|notify (us|me)|inform (us|me)|look at|pay attention)';
const DILIGENCE_PAST =
  '(read|followed|checked|double-checked|selected|entered|included|filled (in|out)|ticked|clicked|confirmed|saved|attached|provided|added|chose|chosen|specified|used|updated|activated|verified|submitted|registered|contacted (us|me)|told (us|me)|let (us|me) know|notified (us|me)|informed (us|me)|mentioned|looked at|paid attention)';
/** Actions "you must have …" blames the customer for (§0.7); never feelings ("been worried"). */
const SLIP =
  '(entered|typed|mistyped|clicked|selected|chosen|chose|forgotten|forgot|deleted|missed|misread|misunderstood|overlooked|skipped|ignored|pressed|tapped|disabled|turned off|switched off|unsubscribed|cancelled|canceled|changed|used|ordered|input|ticked|unticked|opted)';

/** Fault words that need the guards in the rule: conditionals ("if you forgot your password") and apologies ("sorry you didn't get…"). */
export const patterns = [
  'you (failed|forgot|neglected|omitted) to',
  `you (did not|never) (properly|carefully|fully|correctly)? ${DILIGENCE}`,
  `did not you ${DILIGENCE}`,
  `did you not ${DILIGENCE}`,
  'as you (were|have been|had been) (already|previously|clearly)? (told|informed|advised|warned|instructed|notified)',
  `you must have (accidentally|mistakenly|inadvertently|somehow|probably)? (${SLIP}|put|set|left|hit|made a (mistake|typo))`,
  // The damage put on the customer: "You must have dropped it in water after you collected it".
  'you must have (accidentally|somehow|probably)? (dropped|damaged|broken|spilled|spilt|knocked|sat on|stood on|bent|cracked|scratched|got it wet|got water)',
  `you (clearly|obviously) (did not|have not|had not|do not|missed|forgot|overlooked|misread|misunderstood|skipped|ignored|failed|mistyped|${SLIP} the wrong)`,
  'you have (clearly|obviously) (not|missed|forgotten|overlooked|misread|misunderstood|skipped|ignored)',
  `if you (had|would have) ${DILIGENCE_PAST}`,
  // "if you'd put the floor number on the booking", "if you'd ordered a proof …, you would have spotted the difference".
  'if you (had|would have) (put|written|given|mentioned|noted|left) (the|your|a|an) _',
  'if you (had|would have) _ ... ... ... ... ... ... ... ... you would have (spotted|noticed|caught|avoided|seen)',
  // "Ideally you'd have spotted the wrong date in that email and let us know."
  `ideally ,? you (would|should|could|might) have (${DILIGENCE_PAST}|spotted|noticed|caught|flagged|queried|raised|seen)`,
  `had you ${DILIGENCE_PAST}`,
  // "if you'd piped up when you saw that first pass in the mirror, we could have stopped".
  '(if you (had|would have)|had you) (piped up|spoken up|spoke up|said something|said so|raised it|flagged it|queried it|mentioned it|pointed it out|called it out|stopped (us|me))',
  // "It would have helped if the car had been given a quick hose-down before we turned up".
  '(it|that) would have (helped|been easier|made (it|things|our job) easier|saved (time|us _)) if (you|your _|your _ _|the (car|van|vehicle|bike|house|flat|property|room|door|area|floor|site|drive|driveway|garden|kitchen|bathroom|device|phone|laptop|machine|item|dog|cat|horse|pet|paperwork|form|forms|details|address)) (had|would have)',
  // "a quick reminder of the new address when you booked would have saved everyone the bother".
  '(a|one) (quick|short|simple)? (reminder|heads-up|note|word|call|message|mention) ... ... ... ... ... ... ... ... would have (saved|avoided|prevented|spared)',
  // "Had you booked your final fitting a little earlier", "if you'd ordered earlier in the summer".
  '(if you (had|would have)|had you) (booked|ordered|called|come in|arrived|asked|applied|paid|replied|confirmed|contacted us|got in touch) ... ... ... (earlier|sooner|in time|on time|in advance|ahead of time)',
  // "if the chair had been parked on the charging strip as the manual describes, the battery
  // would never have gone flat": what should have been done, pinned on the customer by the manual.
  'if (you|your _|your _ _|the _|the _ _) (had|would have) ... ... ... ... ... as (the|our|your) _? (manual|instructions|guide|leaflet|handbook|booklet|care card|care guide|care sheet|label|handover notes|faq|user guide) (describes|describe|described|says|said|shows|showed|explains|explained|recommends|recommended|advises|advised|instructs|instructed|tells you|told you|sets out|set out|states|stated)',
  'you (misunderstood|misread|misinterpreted|mistyped|misunderstand)',
  'why (did not|have not|had not|would not) you',
  'why did you (not|wait|ignore|leave it)',
  '(it is|it was|that is|that was|this is) your (own)? responsibility',
  "(it is|it was|that is|that was|this is) (the customer's|the buyer's|the cardholder's|the purchaser's) (own)? responsibility",
  '(it is|it was|that is|that was|this is) on you',
  '(user|operator) error~',
  '(human|customer) error~ on your (part|side|end)',
  '(error|mistake) (is|was) (on|at) your (end|side)',
  `you (need|have|will need|will have|would need|should) to (carefully)? (read|re-read|reread) (the|our|my|this|that)? (instructions|manual|guide|terms|conditions|faq|small print|fine print|description|email~|policy|page|article|documentation|docs|label|notes|listing|size guide|warning~|message~|reply|emails)`,
  '^ (next time|in future|in the future) ,? (please)? (read|check|double-check|make sure|follow|remember|pay attention|look)',
  // Advice that says what the customer did: "so it's worth sticking to the deeper channel next time".
  '(it is|it would be) (worth|best|wise|a good idea) (sticking to|keeping to|staying in|staying on|avoiding|checking|making sure|remembering|reading|double-checking) ... ... ... ... ... next time',
] as const;

/** "you should have …" / "you shouldn't have …": blame only before a past participle of the customer's own action. */
export const shouldPatterns = ['you should have', 'you should not have'] as const;

/** "your mistake": silent when negated ("it wasn't your mistake") or naming a thing ("your error message"). */
export const yourFaultPatterns = ['your (own)? (mistake~|fault|error|oversight|misunderstanding)'] as const;

/** "you were supposed to": blame unless it is what *we* owed the customer ("you were supposed to get a call"). */
export const supposedPatterns = ['you (were|are) supposed to'] as const;

/** After "you should have", words that make it an expectation ("you should have received an email"). */
export const EXPECTATION = new Set([
  'received',
  'got',
  'gotten',
  'been',
  'seen',
  'had',
  'heard',
  'access',
  'a',
  'an',
  'the',
  'your',
  'some',
  'one',
  'two',
  'any',
  'no',
  'it',
  'this',
  'that',
  'them',
  'everything',
  'all',
  'enough',
  'plenty',
  // What the customer was owed, not a step they missed: "you should have walked straight in",
  // "you should have enjoyed your anniversary", "you should have boarded with everyone else".
  'walked',
  'enjoyed',
  'boarded',
  'flown',
  'landed',
  'slept',
  'relaxed',
  'celebrated',
  'dined',
  // What the customer was owed: "the energy you should have stored".
  'stored',
  'saved',
  'earned',
  'generated',
]);
/** Adverbs skipped between "you should have" and the verb. */
export const SKIPPABLE = new Set(['already', 'now', 'by', 'also', 'probably', 'just', 'really', 'definitely', 'then']);
/** Irregular past participles of customer actions ("you should have read the guide"). */
export const IRREGULAR_PARTICIPLES = new Set([
  'read',
  'done',
  'told',
  'chosen',
  'written',
  'taken',
  'gone',
  'known',
  'sent',
  'bought',
  'put',
  'set',
  'paid',
  'made',
  'kept',
  'left',
  'brought',
  'thought',
  'said',
  'spoken',
  'come',
  'given',
  'shown',
  'let',
  'understood',
  'caught',
  'run',
  'thrown',
  'worn',
  'torn',
  'broken',
  'eaten',
  'driven',
  'drawn',
  'forgotten',
  'hidden',
  'spent',
  'built',
  'meant',
  'held',
  'sold',
  'found',
  'hung',
  'shot',
  'fed',
  'led',
  'hit',
  'cut',
  'shut',
  'upset',
  'lent',
  'swapped',
]);
/** "Why didn't you get our email?": asking what reached the customer, not blaming them. */
export const RECEIVED = /^(?:get|receive|hear|see|have)\b/;
/** Tails that make "you were supposed to" our obligation to the customer. */
export const OWED = /^(?:have )?(?:receive|get|hear|be|been|have received|have been)\b/;
/** Words earlier in the clause that make a match hypothetical or an apology for the customer's burden. */
export const SOFTENERS = new Set(['if', 'case', 'whether', 'unless', 'sorry', 'apologize', 'apologies', 'regret']);
