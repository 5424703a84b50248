/**
 * The word lists of the sentence-role readers (src/roles.ts): which words end or open a clause,
 * which verb forms tell a past event, which words make a subject particular or every case, and
 * which words name a safeguard or a service feature. Kept as data, like the phrase lists.
 */

/** Determiners: before a plural they make it particular ("the refunds"), before an -ed word an adjective ("the signed proof"). */
const DETERMINERS = ['the', 'a', 'an', 'your', 'our', 'my', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'any', 'some'] as const;

/** Words that end a bare plural subject's clause on the left ("…, and orders now go …"). */
export const SUBJECT_LEAD = ['and', 'so', 'that', 'which', 'but', 'now'] as const;

/** Words before a plural that make it particular: "the refunds", "your orders", "both parcels". */
export const PARTICULAR = [...DETERMINERS, 'both', 'you', 'they', 'it', 'we', 'i'] as const;

/** Words in -s that are not plural nouns, or plurals of time and talk ("three days now"). */
export const NOT_PLURAL = [
  'this',
  'is',
  'was',
  'has',
  'does',
  'us',
  'its',
  'yes',
  'plus',
  'across',
  'always',
  'thus',
  'perhaps',
  'unless',
  'less',
  'as',
  'hers',
  'ours',
  'yours',
  'theirs',
  'his',
  'whereas',
  'sometimes',
  'afterwards',
  'towards',
  'besides',
  'days',
  'hours',
  'weeks',
  'minutes',
  'months',
  'years',
  'times',
  'things',
  'thanks',
  'details',
  'news',
  'series',
  'basis',
  'goes',
  'comes',
  'works',
  'looks',
  'seems',
  'shows',
  'says',
  'means',
] as const;

/** Words after "now" that are no verb of a rule: "orders now ready", "items now in stock". */
export const NOT_A_RULE = [
  'in',
  'on',
  'at',
  'available',
  'ready',
  'open',
  'closed',
  'live',
  'back',
  'the',
  'a',
  'an',
  'and',
  'or',
  'with',
  'for',
  'that',
  'more',
  'less',
  'here',
  'there',
  'too',
  'is',
  'are',
  'be',
  'being',
  'been',
] as const;

/** Simple-past forms that are not made with -ed (present-looking ones, like "put", only after a subject pronoun). */
export const PAST_FORMS = [
  'went',
  'got',
  'had',
  'was',
  'were',
  'did',
  'made',
  'took',
  'came',
  'left',
  'sent',
  'lost',
  'forgot',
  'saw',
  'found',
  'thought',
  'told',
  'said',
  'gave',
  'kept',
  'broke',
  'fell',
  'ran',
  'brought',
  'bought',
  'caught',
  'meant',
  'held',
  'stood',
  'wore',
  'worn',
  'wrote',
  'drove',
  'rode',
  'threw',
  'knew',
  'began',
  'became',
  'chose',
  'spoke',
  'tore',
  'hung',
  'sold',
  'paid',
  'built',
  'spent',
  'sat',
  'slept',
  'stuck',
  'struck',
  'led',
  'mistook',
  'understood',
  'overslept',
  'misread',
  'misheard',
  'slipped',
  'grabbed',
  'dropped',
  'skipped',
  'stopped',
  'planned',
  'tripped',
  'swapped',
] as const;

/** Past forms that look like the present: a past event only after a subject pronoun ("I put your old number back"). */
export const PRESENT_LOOKING_PAST = ['put', 'set', 'let', 'cut', 'read', 'hit', 'shut'] as const;

/** Pronouns that open a clause as its subject. */
export const SUBJECT_PRONOUN = ['i', 'we', 'he', 'she', 'they', 'it'] as const;

/** Auxiliaries of the present, perfect and future: a verb after them is no past event. */
export const NOT_PAST_AUX = [
  'have',
  'has',
  'having',
  'is',
  'are',
  'am',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
  'do',
  'does',
] as const;

/** Words before a verb form that make it no simple past: a determiner ("the signed proof"), or an auxiliary of the present, perfect or future ("is checked", "have sent", "will be fixed"). */
export const NOT_PAST_BEFORE = [
  ...DETERMINERS,
  ...NOT_PAST_AUX,
  'every',
  'each',
  'no',
  'be',
  'been',
  'being',
  'to',
  'get',
  'gets',
  'getting',
  'not',
  'fully',
  'newly',
  'well',
  'already',
  'now',
  'also',
  'just',
  // An adjective: "so worried", "three missed deliveries", "as promised"; an indirect question: "what happened".
  'so',
  'very',
  'really',
  'too',
  'quite',
  'extremely',
  'more',
  'most',
  'less',
  'as',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'many',
  'few',
  'what',
  'how',
  'why',
  'whatever',
] as const;

/** Verbs of wanting before "to": "I wanted to let you know" is politeness, not an event. */
export const WANTING = ['wanted', 'hoped', 'wished', 'needed', 'meant', 'tried'] as const;

/** Words that open a clause that is no event: "make sure it didn't get lost", "see whether it arrived". */
export const NOT_TOLD = ['sure', 'ensure', 'whether', 'if', 'unless', 'hope', 'hoping', 'check', 'checking'] as const;

/** Words after which a verb has no subject of its own: "… and refunded the fee". */
export const SHARED_SUBJECT = ['and', 'or', 'then'] as const;

/** -ed words that are no verbs. */
export const NOT_A_PAST = [
  'need',
  'feed',
  'seed',
  'speed',
  'indeed',
  'proceed',
  'succeed',
  'exceed',
  'breed',
  'hundred',
  'sacred',
  'naked',
  'wicked',
  'embed',
  'shred',
] as const;

/** Words that start a new clause, after which another past verb is another event. */
export const NEXT_CLAUSE = [
  'and',
  'but',
  'so',
  'because',
  'when',
  'while',
  'which',
  'then',
  'after',
  'before',
  'until',
  'as',
  'since',
  'that',
  'who',
  'where',
  'once',
] as const;

/** Adverbs between a subject and its verb: "I'll personally call", "we've also booked". */
export const BETWEEN = ['personally', 'also', 'then', 'still', 'now', 'already', 'just', 'simply', 'actually'] as const;

/** After "we didn't": verbs whose omission is no failure of ours ("we didn't receive it", "we didn't charge you"). */
export const NOT_OUR_OMISSION = [
  'receive',
  'get',
  'hear',
  'find',
  'know',
  'want',
  'need',
  'have',
  'charge',
  'expect',
  'mean',
  'intend',
  'see',
  'think',
  'ask',
  'say',
  'lose',
  'change',
  'use',
  'be',
  'do',
] as const;

/** After "we didn't": verbs that own the failure without telling what happened ("we didn't meet that expectation"). */
/** After "we should have": what we expected, not a step we skipped ("we should have received it by now"). */
export const NOT_OUR_SHOULD = [
  'received',
  'got',
  'gotten',
  'heard',
  'found',
  'known',
  'wanted',
  'needed',
  'had',
  'expected',
  'meant',
  'intended',
  'thought',
  'been',
] as const;

/** After "we should have": owning it without telling what was skipped ("we should have handled it better", "responded sooner"). */
export const GENERIC_SHOULD = ['handled', 'dealt', 'acted', 'responded', 'reacted', 'treated', 'served', 'helped', 'supported', 'managed'] as const;

/** After "… without": the step that would have caught the failure ("we added it by hand without checking the calendar"). */
export const SKIPPED_STEP = [
  'checking',
  'double-checking',
  'confirming',
  'verifying',
  'testing',
  'reading',
  'telling',
  'notifying',
  'informing',
  'consulting',
  'looking',
] as const;

export const GENERIC_OMISSION = ['meet', 'live', 'deliver', 'provide', 'give', 'offer', 'treat', 'serve', 'handle', 'help', 'support', 'do'] as const;

/** Verbs of a change we made to how we work: "We've made real-ear measurement a required step". */
export const CHANGE_MADE = [
  'made',
  'reinstated',
  'added',
  'introduced',
  'set',
  'put',
  'started',
  'changed',
  'reduced',
  'cut',
  'moved',
  'switched',
  'built',
  'adding',
  'introducing',
  'changing',
  'making',
  'reducing',
  'labelling',
  'labeling',
  'moving',
  'switching',
  'setting',
  'putting',
  'building',
  'starting',
] as const;

/** Words that make a change of ours one for every case: "at every first fitting", "so this can't slip through again". */
export const EVERY_CASE = ['every', 'each', 'all', 'any', 'always', 'required', 'mandatory', 'rule', 'standard', 'whenever', 'both'] as const;

/** Words that make a change a gift to the customer, not a safeguard ("We've added a free month to every account"). */
export const GIFT = ['free', 'gift', 'discount', 'voucher', 'credit', 'bonus', 'complimentary', 'you', 'your'] as const;

/** Words that start a clause with a subject other than us: "We called, but the courier did not leave a card". */
export const NEW_SUBJECT = ['the', 'a', 'an', 'they', 'he', 'she', 'it', 'you', 'your', 'their', 'his', 'her', 'this', 'that'] as const;

/** Words between a verb and "wrong" that name nothing: "we got this one completely wrong". */
export const NAMES_NOTHING = [
  'this',
  'it',
  'that',
  'things',
  'them',
  'everything',
  'one',
  'all',
  'so',
  'very',
  'badly',
  'completely',
  'totally',
  'really',
] as const;

/** Words that say our act was done wrong, in the clause after it ("set the sensitivity too high", "picked the wrong stock code"). */
export const DONE_WRONG = [
  'wrong',
  'wrongly',
  'incorrect',
  'incorrectly',
  'twice',
  'outdated',
  'out-of-date',
  'expired',
  'instead',
  'reversed',
  'swapped',
  'backwards',
  'mislabelled',
  'mislabeled',
] as const;

/** Our own step under way, told in the present: "We're sending replacements on Thursday's van". */
export const UNDER_WAY = [
  'sending',
  'posting',
  'dispatching',
  'shipping',
  'bringing',
  'delivering',
  'calling',
  'ringing',
  'booking',
  'fitting',
  'replacing',
  'visiting',
  'collecting',
  'reprinting',
  'remaking',
  'couriering',
] as const;

/** What "we can" offers with a time: "I can add them free to a delivery tomorrow" (not "we can only deliver on Tuesdays"). */
export const CAN_OFFER = [
  'add',
  'send',
  'bring',
  'deliver',
  'drop',
  'book',
  'fit',
  'swap',
  'collect',
  'call',
  'ring',
  'visit',
  'come',
  'reset',
  'replace',
  'repair',
  'fix',
  'arrange',
  'pop',
] as const;

/** Our people who can take a next step for us. */
export const OUR_PEOPLE = [
  'surveyor',
  'planner',
  'planners',
  'mechanic',
  'plumber',
  'electrician',
  'tuner',
  'nurse',
  'team',
  'driver',
  'drivers',
  'engineer',
  'technician',
  'crew',
  'fitter',
  'fitters',
  'installer',
  'manager',
  'courier',
  'staff',
  'specialist',
  'advisor',
  'adviser',
  'agent',
] as const;

/** Verbs of a next step already booked for the customer: "we've booked you in for Monday". */
export const BOOKED = ['booked', 'rebooked', 'scheduled', 'rescheduled', 'arranged', 'reserved', 'matched', 'pencilled', 'penciled'] as const;

/** Of BOOKED, the words that always name a new slot, whatever their object ("I've rebooked the installation for Wednesday"). */
export const REBOOKED = ['rebooked', 'rescheduled', 'reserved'] as const;

/** Words of a rule that runs by itself or for every case. */
export const GENERAL = ['every', 'each', 'automatically', 'straight', 'always'] as const;

/** Verbs of service features: what a customer gets, not what stops a mistake. */
export const FEATURE = [
  'free',
  'cheaper',
  'discount',
  'discounted',
  'price',
  'prices',
  'ship',
  'ships',
  'arrive',
  'arrives',
  'cost',
  'costs',
  'take',
  'takes',
  'come',
  'comes',
  'include',
  'includes',
  'qualify',
  'qualifies',
  'earn',
  'earns',
] as const;

/** Words of a check or a limit. */
export const CONTROL = [
  'check',
  'checking',
  'confirm',
  'verify',
  'verified',
  'sign',
  'signed',
  'scan',
  'test',
  'review',
  'match',
  'inspect',
  'approve',
  'require',
  'must',
  'cannot',
  'until',
  'before',
  'second',
  'double',
  'alert',
  'flag',
  'block',
  'label',
  'tag',
  'count',
  'photograph',
  'only',
  'never',
  'longer',
  // "no claim will be rejected without our first writing to you".
  'without',
  // "we're capping evening deliveries per driver".
  'cap',
  'capping',
  'capped',
  'limit',
  'limiting',
  // "every order over $500 ships signature-required by default".
  'signature',
  'signature-required',
] as const;

/** Words that make a subject every case: "every scooter", "each part", "no car", "nobody". */
export const EVERY = ['every', 'each', 'nobody', 'no', 'any'] as const;

/** Words after "no" or "any" that make no subject of it: "no problem", "no longer", "no charge". */
export const NO_SUBJECT = [
  'longer',
  'problem',
  'problems',
  'worries',
  'charge',
  'cost',
  'extra',
  'need',
  'one',
  'more',
  'way',
  'idea',
  'matter',
  'doubt',
  'reply',
  'response',
  'answer',
  'time',
  'questions',
  'question',
  'issues',
  'issue',
  'concerns',
  'help',
  'further',
  'other',
] as const;

/** Words that put a statement about every case in force: "now", "until", "any more", "from today", "since Monday". */
export const IN_FORCE = ['now', 'until', 'anymore', 'more', 'longer', 'since', 'today', 'always', 'before'] as const;

/** Words that say an act was done wrong ("we charged you twice", "showed the wrong figure"). */
export const WRONG_WORDS = ['wrong', 'wrongly', 'incorrect', 'incorrectly', 'twice', 'damaged'] as const;
