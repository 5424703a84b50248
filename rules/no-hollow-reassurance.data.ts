/** Stock corporate reassurances that signal a script (RULES.md B9). */

const INTENS = '(very|so|really|extremely|incredibly|truly|most|always|genuinely|hugely|greatly|sincerely|deeply|do)';
const THINGS =
  '(call|email|e-mail|message|business|custom|feedback|inquiry|enquiry|query|request|concern|concerns|satisfaction|opinion|experience|loyalty|time|patience)';

/** "a valued customer", "a loyal subscriber". */
const VALUED = '(valued|loyal) (customer~|client~|member~|guest~|patron~|subscriber~|user~|shopper~)';

/** Claims that the customer matters. */
export const valued = [
  `(we|i) ${INTENS}? (value|appreciate) (your|you as a) (business|custom|loyalty|patronage|customer|client|member)`,
  `(we|i) ${INTENS}? value (your|all) (feedback|input|opinion|opinions|customers)`,
  `your ${THINGS} (is|are) ${INTENS}? (important|valuable|precious) to (us|me)`,
  `you (are|are all) ${INTENS}? (important|valuable) to us`,
  `(thank you|thanks) for being (a|such a|one of our|our) ${VALUED}`,
  `for being (a|such a|one of our) ${VALUED}`,
  `(as|you are) (a|such a|one of our|our) ${VALUED}`,
  `our valued (customers|clients|members|subscribers|users|guests|patrons)`,
  `(your business|your custom|your loyalty|you) (means|mean) (a lot|so much|the world|everything|a great deal) to (us|me)`,
] as const;

/** Claims about the company instead of evidence. */
export const claims = [
  `(customer|your|client|guest|member) (satisfaction|happiness|experience) (is|remains) ${INTENS}? (our|my) (top|number one|#1|no. 1|first|highest|main|biggest|utmost|primary)? priority`,
  `(our customers|you) (are|always come) ${INTENS}? (our|my)? (top|number one|first|highest) priority`,
  `(we|i) ${INTENS}? take * ${INTENS}? seriously`,
  `(we|i) ${INTENS}? take (the|your) _ of (your|our|the) _ ${INTENS}? seriously`,
  '(we|i) (pride|prides) (ourselves|myself) (on|in)',
  '(we|i) (always)? put (our|the) customers first',
  `we ${INTENS}? care (deeply|a lot)? about (all|each|every)? (of)? (our|your) (customers|experience|satisfaction)`,
  'at the heart of (everything|all|all that) we do',
  // "Here at Guardline, looking after our customers is what we're all about".
  '(is|are) what we are (all|really)? about',
  // "nothing matters more to us than the safety and quality of every box we send".
  '(nothing|nothing else) (matters|is) more (important)? to (us|me|our team) than',
  `(we|i) ${INTENS}? (strive|aim|endeavour|endeavor) to (provide|deliver|offer|give|exceed|maintain|be the|ensure (that)? (every|all|our|each))`,
  '(we|i) (are|am) (fully|always|deeply)? (committed|dedicated) to (excellence|quality|providing|delivering|giving|offering|the highest|the best|your satisfaction|customer satisfaction|our customers|exceptional|excellent|outstanding)',
] as const;

/** Reassurance and appreciation formulas. */
export const formulas = [
  '(please)? rest assured',
  '(please)? be assured',
  `((we|i) ${INTENS}?)? (appreciate|value) your (patience and understanding|understanding and patience|understanding|kind understanding|continued patience and understanding)`,
] as const;

/** Every pattern. */
export const patterns = [...valued, ...claims, ...formulas] as const;

/** Words of a generic apology object ("for any inconvenience this may have caused"). */
export const GENERIC_OBJECT = new Set([
  'for',
  'about',
  'any',
  'all',
  'the',
  'this',
  'that',
  'it',
  'these',
  'those',
  'inconvenience',
  'inconveniences',
  'trouble',
  'troubles',
  'issue',
  'issues',
  'problem',
  'problems',
  'confusion',
  'frustration',
  'disruption',
  'hassle',
  'difficulty',
  'difficulties',
  'wait',
  'delay',
  'situation',
  'experience',
  'caused',
  'may',
  'might',
  'have',
  'has',
  'been',
  'you',
  'again',
  'so',
  'very',
  'much',
]);

/**
 * Words that may stand right before a "we …" claim that is a main clause. Any other word there
 * makes it a relative clause describing something else ("the experience we strive to deliver").
 */
export const CLAUSE_LEAD = new Set([
  'and',
  'but',
  'so',
  'that',
  'because',
  'as',
  'also',
  'here',
  'now',
  'today',
  'why',
  'how',
  'since',
  'please',
  'know',
  'assure',
  'promise',
  // Sentence adverbs: "Normally we pride ourselves on a quick turnaround".
  'normally',
  'usually',
  'generally',
  'always',
  'really',
  'truly',
  'genuinely',
]);
