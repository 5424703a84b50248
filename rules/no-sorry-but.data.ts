/** Apologies undercut by "but/however" in the same sentence (RULES.md A4, §0.23). */
const BUT = '(, | ; | -)? (but|however|though|yet)';
/** A short object between the apology and the "but": "sorry for the delay, but …". */
const OBJECT = '((for|about) (the|this|that|any|your|all) ...)?';

/** What happened, as a clause after "sorry": "I'm sorry your sofa is late, but …" (up to 16 words). */
const CLAUSE = '(that)? (your|the|this|it|our|my) ... ... ... ... ...';
/** The same, with a named subject: "I'm sorry Pepper came home with a much shorter cut…; however, …". */
const NAMED_CLAUSE = '_ (came|was|were|arrived|got|went|had|has|is|did|ended up|turned up|left) ... ... ... ... ...';

export const patterns = [
  `(i|we) (am|are|was|were) <INTENS>? sorry ${OBJECT} ${BUT}`,
  `(i|we) (am|are|was|were) <INTENS>? sorry ${CLAUSE} ${BUT}`,
  `(i|we) (am|are|was|were) <INTENS>? sorry ${NAMED_CLAUSE} ${BUT}`,
  `^ (oh|oops|ah)? ,? <INTENS>? sorry ${OBJECT} ${BUT}`,
  `^ (oh|oops|ah)? ,? <INTENS>? sorry ${CLAUSE} ${BUT}`,
  `(, | ;) <INTENS>? sorry ${OBJECT} ${BUT}`,
  `(my|our)? (sincere|sincerest|deepest)? apologies ${OBJECT} ${BUT}`,
  `(my|our)? (sincere|sincerest|deepest)? apologies ${CLAUSE} ${BUT}`,
  `(i|we) <INTENS>? (do)? apologize~ ${OBJECT} ${BUT}`,
  `(i|we) <INTENS>? (do)? apologize~ ${CLAUSE} ${BUT}`,
  `(i|we) (completely|totally|fully|really|do)? understand (your (frustration|concern|point|position)|that|this|why)? ${BUT}`,
  `(i|we) (sincerely|deeply)? regret (the|this|that|any) ... ${BUT}`,
];

/** A first-person remedy after the "but" turns it into a repair ("sorry, but I've refunded it"). */
export const REMEDY =
  /^(?:i|we) (?:have |will |can |could |am |are |did |do )?(?:already |just |now |also |happily |gladly |going to |able to |be |gone ahead and |went ahead and |go ahead and )*(?:refund|credit|send|sent|ship|fix|replac|reship|re-ship|re-?sen|cover|waiv|reimburs|rebook|upgrad|add|restor|reopen|unlock|expedit|book|pick|arrang|post|reactivat|extend|offer|sort|correct|escalat|deliver|bring|managed to)\w*/;

/** Words that turn an apparent remedy back into a limit ("we refund only …", "we will not refund"). */
export const LIMIT = /\b(?:only|not|never|no longer|unless|except)\b/;

/** Good news after the "but" ("sorry, but good news: it shipped today", "but it'll be back tomorrow"). */
export const GOOD_NEWS =
  /^(?:(?:the )?(?:good|great|better) news|happily|luckily|fortunately|thankfully|do not worry|most of all|above all|also\b|(?:it|they|your \w+(?: \w+)?) (?:will be with you|will arrive|arrives|shipped|has shipped|is on (?:its|the) way)|on the (?:bright|plus) side|the upside|here is (?:what|how) (?:i|we)|there is (?:a|an) (?:quick )?(?:fix|workaround|solution)|(?:it|this|that|everything|your \w+|the (?:\w+ )?\w+) (?:is|will be|should be|has been|was|are|have been) (?:now |already |all |just |fully )?(?:back|fixed|restored|resolved|sorted|working|live|on (?:its|their) way|available again|refunded|shipped|replaced|at your))/;

/** Right after the "but": a third party, a policy or the customer is made the subject (the error form). */
export const EXCUSE_START =
  /^(?:(?:that|it|this) is (?:our|the|company) (?:policy|rule)|(?:our|the|company) (?:policy|policies|rules?|terms|terms and conditions|warranty|guarantee|return window|refund window)\b|per (?:our|the) (?:policy|terms)|(?:(?:it|this|that) (?:was|is) (?:all )?(?:(?:down|due) to |because of |caused by )?)?(?:the |our )?(?:warehouse|courier|carrier|driver|system|software|bank|supplier|manufacturer|factory|vendor|post office|airline|airport|payment (?:processor|provider)|(?:billing|tech|it|shipping) (?:team|department))\b|(?:ups|fedex|dhl|usps|royal mail|hermes|evri|stripe|paypal|dpd)\b|you (?:should|need to|needed to|must|have to|had to|did not|failed to|forgot to|were supposed to|agreed)\b|(?:this|it|that) (?:was|is) (?:clearly )?(?:stated|listed|shown|explained|mentioned|written) (?:in|on|at)|the (?:fee|price|charge|cost|terms?) (?:was|were|is|are) (?:listed|shown|stated|clear)|(?:we|i) (?:are|am) (?:very |really |extremely |so )?busy)/;

/** Anywhere in the clause after the "but": policy, "our hands are tied", "as I said", "not our fault". */
export const EXCUSE_ANY =
  /\b(?:(?:our|company|store) (?:policy|policies)|against (?:our |the )?policy|our hands are tied|(?:there is )?nothing (?:more |else )?(?:we|i) can do|(?:as|like) (?:i|we) (?:said|mentioned|explained|stated|told you)|as (?:previously )?(?:mentioned|stated|explained)|(?:is|was|are|were) not (?:caused by (?:us|our|me)|our (?:fault|problem|issue|responsibility)|(?:something|anything) we)|(?:is|was|are|were) not caused by|out of our (?:control|hands)|beyond our control)\b/;
