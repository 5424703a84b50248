/** Phrases that tell the customer their reaction is wrong (RULES.md B4). */
export const patterns = [
  'there is no need to (get|be|become|sound) (so|this|that)? (upset|angry|rude|aggressive|hostile|nasty|emotional|worked up|abusive|annoyed|agitated|defensive|dramatic|hysterical)',
  '(there is)? no need (for you)? to (shout|yell|swear|panic|raise your voice|use (that|such) language|take that tone|be (so)? (rude|aggressive|nasty|dramatic)|get (so)? (upset|angry|worked up|emotional))',
  'you are (overreacting|over-reacting|being (very|so|really|a bit|a little|quite|rather|extremely|just)? (unreasonable|dramatic|rude|difficult|emotional|silly|childish|hysterical|ridiculous|aggressive|hostile|abusive|irrational|paranoid|oversensitive)|too (sensitive|emotional)|making (such)? (a big deal|a fuss|too much))',
  '(it|this|that) (is|was) (not|hardly) (a|that|such a|that much of a|that big of a) (big|huge|major)? deal',
  '(it|this|that) (is|was) no (big|huge|major) deal',
  '(it|this|that) (is|was) (not|hardly) (that|so|too) (big|huge|major) (of)? a deal',
  '(it|this|that) (is|was) not the end of the world',
  'do not take (it|this|that) personally',
  'it is what it is',
  'i (hear|understand|get|see) what you are saying ,? but',
  'i hear you ,? but',
  'let us not get (emotional|upset|worked up|carried away|personal|angry|heated|ahead of ourselves)',
  'take a (deep)? breath',
] as const;

/** "calm down", "relax": dismissive only when said to the customer, not of a device ("the fan should calm down"). */
export const addressPatterns = ['(calm|settle|cool|chill) (down|out)', 'relax'] as const;

/** "It's only a scratch": dismissive unless it states a plain fact ("it's only a one-time fee"). */
export const onlyPatterns = ['(it|this|that) (is|was) (only|just|merely) (a|an|one|#n|a few|a couple of) _'] as const;

/** "No problem" reads oddly when there *was* a problem: apology replies only, as a warning. */
export const noProblemPatterns = ['(no|not a) problem~ (at all)?', '(it|that) is no problem~ (at all)?'] as const;

/** "Don't worry about it" on its own (option `dontWorry`, off by default). */
export const dontWorryPatterns = ['do not worry about (it|that|this) (at all)? $'] as const;

/** After "it's only a …": facts, not a verdict on the customer's reaction. */
export const PLAIN_FACT =
  /^(?:small |one-time |one-off |single |flat |nominal |short |quick |few |couple of |temporary |pending |automatic |automated |routine |standard |security |card )*(?:fee|charge|cost|price|payment|subscription|plan|option|version|model|size|colour|color|step|steps|click|clicks|form|field|setting|matter of|guideline|estimate|preview|draft|test|temporary|placeholder|reminder|suggestion|formality|walk|drive|ride|short walk|short drive|(?:pre-?)?authori[sz]ation|hold|verification|check|precaution|confirmation|notification|receipt|copy)\b/;

/** "It was just a small delay": shrinking the failure itself is no-minimizing's finding, not a second one here. */
export const SMALL_FAILURE =
  /^(?:small|minor|slight|little|tiny) (?:delay|issue|problem|glitch|hiccup|blip|snag|mix-up|error|bug|mistake|oversight|inconvenience|setback|hitch|outage|disruption|interruption|wait|lag)/;

/** "It's only a few days until…", "only a minute away": time or distance to go, not a verdict on a delay. */
export const TIME_TO_GO =
  /^(?:few |couple of )?(?:second|minute|hour|day|week|month|mile|block|stop)s?\b(?!.*\b(?:late|delay\w*|behind|overdue|wait\w*|longer|more|extra)\b)/;

/** Words that, left of "calm down" in its clause, make the customer the one addressed. */
export const ADDRESSEE =
  /^(?:(?:you|u)(?: (?:will|would|could|can|should|must|may|might|need|needs|have|had|do|just|really|please|try|to|not))*|(?:i|we) (?:need|would like|want|ask|asked|am asking|are asking) you(?: to)?|(?:try|trying|please try) to|let us|can you|could you|would you)$/;

/** Softeners that may stand before an imperative ("please calm down", "OK, just relax"). */
export const SOFT_OPENERS = new Set(['@ph', 'please', 'just', 'now', 'ok', 'okay', 'sir', 'madam', 'kindly', 'so', 'well', 'look', 'listen', 'hey']);
