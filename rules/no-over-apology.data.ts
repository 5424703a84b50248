/**
 * Responsibility-class IFIDs counted per reply (RULES.md A7, §0.13) and closing "again" forms.
 * Sympathy ("sorry to hear") and routine-wait ("sorry for the wait") forms are matched so that
 * they can be recognised and left uncounted.
 */
const OPENER = '(oh|oops|ah|whoops|and|so|again|once again|once more)';

/** Closing repeats: "sorry again for …", "once again, I'm so sorry", "once more, our apologies". */
export const againPatterns = [
  '(again|once again|once more) ,? (i am|we are|i was|we were)? <INTENS>? sorry',
  '(again|once again|once more) ,? (please accept)? (my|our) (sincere|sincerest|deepest|heartfelt)? apologies',
  '(again|once again|once more) ,? (i|we) <INTENS>? (do)? apologize',
  '(i am|we are)? <INTENS>? sorry (once|yet)? again',
  '(my|our)? (sincere|sincerest|deepest|heartfelt)? apologies (once)? again',
  '(i|we) <INTENS>? (do)? apologize (once)? again',
];

/** Every responsibility-class IFID form counted toward `max`. */
export const ifidPatterns = [
  '(i|we) (am|are|was|were) <INTENS>? <INTENS>? sorry',
  `^ (${OPENER} ,?)? <INTENS>? sorry`,
  '(, | ; | and) <INTENS>? sorry (for|about|that|we|i|,|!|.)',
  '(please|kindly)? accept (my|our) (sincere|sincerest|deepest|heartfelt|humble)? (apology|apologies)',
  '(my|our) (sincere|sincerest|deepest|heartfelt|humble|profound)? apologies',
  'apologies',
  '(i|we) (also|personally|just)? <INTENS>? (do)? apologize~',
  '(would|want|wanted|wish) (like)? to (personally)? <INTENS>? apologize',
  'to (personally)? <INTENS>? apologize',
  'apologizing',
  '(i|we) (deeply|sincerely|truly|greatly)? regret',
];

/** Right after the IFID: sympathy (Brooks et al. 2014), not responsibility. */
export const SYMPATHY =
  /^(?:to (?:hear|learn|know|read|see|say|bother|trouble|disturb|interrupt|ask|chase)|for your loss|(?:that )?you are (?:going through|dealing with|experiencing)|(?:that )?you have been (?:going through|dealing with))\b/;

/**
 * Right after the IFID: a routine wait apology (§0.3, §0.18) — "for the wait", "for the slow reply",
 * a bare "for the delay"; "for the delay this caused" or "the delay to your order" is a real failure.
 */
export const WAIT =
  /^(?:again )?(?:for|about) (?:the|this|my|our) (?:long |short )?(?:wait|waiting|wait time|late reply|slow reply|slow response|delayed response|delayed reply|late response|late answer|slow answer|delay in (?:getting back|replying|responding|our response|my response|answering)|delay(?:$| [,;:]| and (?:thank|thanks|we appreciate|i appreciate)))/;

/** Before the IFID: not our apology ("no need to apologise", "you don't have to apologise"). */
export const NOT_OURS = /(?:no need to|(?:do|does|did) not (?:need|have) to|never need to|nothing to)\s*$/;

/** Before "to apologise": a purpose clause ("To apologise for the delay, I've added a credit"), not an apology (§0.20). */
export const PURPOSE_BEFORE = /(?:^|[,;:]|\band|\bin order)$/;

/** "regret to inform you" announces bad news; it is not an apology. */
export const REGRET_NEWS = /^(?:to (?:inform|tell|say|advise|let))\b/;
