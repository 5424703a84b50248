/** Formal, corporate-plural and hedged performative apologies (RULES.md A6, SORRY_FORMAL). */
export const patterns = [
  'we <INTENS>? (do)? apologize',
  '(please|kindly) accept (our|the company~) (sincere|sincerest|deepest|heartfelt|humble|profound)? apolog*',
  '(i|we) (just|really|also)? (would|want|wanted|wish|wished) (like)? to <INTENS>? apologize',
  '(allow|let) (me|us) to? apologize',
  'we (deeply|sincerely|truly|greatly)? regret',
  'apologize~ on behalf of',
  // States the debt instead of paying it: "We owe you an apology."
  '(i|we) (owe|owed) you (a|an) (big|huge|real|sincere|proper)? apology',
  '(the|our) (company|team|management|store|shop|business|brand) (sincerely|deeply)? (apologizes|regrets|is sorry)',
  '(apologizes|regrets)',
];

/** Words before a bare "apologizes/regrets" that are not a company name ("she apologizes", "no regrets"). */
export const NOT_A_NAME = new Set([
  'i',
  'you',
  'he',
  'she',
  'it',
  'they',
  'who',
  'no',
  'any',
  'with',
  'without',
  'few',
  'many',
  'my',
  'your',
  'our',
  'their',
  'his',
  'her',
  'and',
  'the',
  'a',
]);
