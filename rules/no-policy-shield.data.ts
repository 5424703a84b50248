/** Kinds of policy a reply can hide behind (RULES.md B2). */
const KIND =
  '(standard|usual|strict|company|store|shop|hotel|airline|bank|industry|insurance|rental|return|returns|refund|refunds|cancellation|shipping|delivery|exchange|warranty|booking|billing|account|security|fare|ticket|ticketing|baggage|luggage|pricing|payment)';
const RULEBOOK = '(policy|policies|rule|rules|terms|terms and conditions|terms of service|terms of sale|guidelines|procedure|procedures|agreement|contract)';
/** A numbered part of a rulebook: "section 12 of", "clause 4.2 of". */
const PART = '(section|clause|paragraph|point|part|item|article) _ of';
const OWNER = "(our|the|company|the company's|our company's|store|shop)";
/** Verbs of granting what the customer asked for: "I'm not able to refund…" refuses; "I'm not able to reproduce…" does not. */
const GRANT =
  '(return (the|your) (money|payment|deposit|fee|fees|funds|amount)|offer|give|issue|provide|process|refund|reimburse|approve|grant|make (an exception|exceptions)|change|override|waive|extend|accept|cancel|reinstate|unlock|release|honour|honor|compensate|credit|exchange|replace|reverse|remove|reopen|authorize|do (that|this|anything)|help (with|you with) (that|this))';

/** Pointing at the rulebook instead of giving its reason. */
export const policyPatterns = [
  `(it|that|this) (is|was) (${OWNER} ${KIND}? (policy|policies|rule|rules|procedure)|company policy|policy)`,
  `(it|that|this) (is|was) against ${OWNER}? ${KIND}? (policy|policies|rules|terms)`,
  `(as)? per ${OWNER}? _? ${RULEBOOK}`,
  `according to ${OWNER}? _? ${RULEBOOK}`,
  // "In line with our membership terms, refunds are processed at the close of each quarter".
  `in line with ${OWNER} _? ${RULEBOOK}`,
  // "Under our terms and conditions, missed lessons can only be made up", "Under our workshop
  // terms and conditions, damage to clothing isn't something we can reimburse".
  `under ${OWNER} _? _? ${RULEBOOK}`,
  // "per section 12 of the installation agreement you signed, our liability is limited to $250".
  `(as per|per|under|according to|in line with) ${PART} ${OWNER}? _? _? ${RULEBOOK}`,
  `as (stated|outlined|set out|described|specified|detailed|explained|noted|laid out|mentioned) in ${OWNER}? ${KIND}? ${RULEBOOK}`,
  `(due to|because of) ${OWNER}? ${KIND}? (policy|policies|rules|terms)`,
  // "Our terms and conditions for live bees only allow us to send a replacement".
  `${OWNER}? ${KIND}? (policy|policies|rules|terms|terms and conditions|terms of business|terms of trade) (for _|for _ _|on _|on _ _)? (clearly)? (state~|say~|said|dictate~|require~|prohibit~|forbid~|stipulate~|prevent~|(does|do|will|would) not (allow|permit|let)|(only)? (allow~|permit~) (only)?|(is|are) (clear|very clear))`,
  // "Our licence agreement does not allow for rent reductions", "our rental agreement states that late fees apply".
  `${OWNER} (licence|license|rental|tenancy|hire|membership|service|customer|user|booking|terms of) (agreement|contract) (clearly)? (state~ that|say~ that|(does|do|will|would) not (allow|permit|let|cover)|prohibit~|forbid~|stipulate~)`,
  // "so strictly speaking this falls within the terms you signed", "Our client agreement does allow
  // finished pieces to vary from samples".
  `(falls|fell|fall|is|was|are|were) (within|inside) (the|our|your) _? (terms|agreement|contract|policy|t&cs)`,
  'the terms (you|that you) (signed|agreed to|accepted)',
  `${OWNER} _? (agreement|contract|terms) (does|do) (allow|permit|let)`,
  // "Our policy is that snagging issues must be reported within seven days".
  `${OWNER} ${KIND}? (policy|policies|rule|rules|procedure) (is|are) (that|to)`,
  // "unfortunately that's just how our system works".
  '(that|this|it) is (just|simply)? how (our|the) (system|process|policy|software|booking system|payment system) (works|work~|is set up)',
  'rules are rules',
  'policy is policy',
  'the rules are the rules',
] as const;

/** Saying nothing can be done, or refusing without the reason. */
export const powerlessPatterns = [
  'there is (nothing|not (much|anything)|little) (else|more|further)? (i|we) (can|could|am able to|are able to) (do|offer)',
  'nothing (more|else|further)? (i|we) can do (about|for|until|here|at this (point|stage|time))',
  '(i|we) (can not|are unable to|am unable to) do anything (more|else|further|about|for|until)?',
  '(i|we) (am|are) not (allowed|authorized|permitted) to',
  `(i|we) (am|are) (not able|unable|not in a position) to ${GRANT}`,
  '(i|we) (do not|does not) have the (authority|authorization|permission|power) to',
] as const;

/** Sending the customer somewhere else instead of taking the handoff. */
export const handoffPatterns = [
  '(that|this|it) is not (my|our) (department|job|area|problem|responsibility|call|decision|remit)',
  '(that|this|it) (is|falls) outside (my|our) (remit|department|area)',
  'you (will|would)? (have|need) to (contact|call|ring|phone|email|reach out to|get in touch with|speak to|speak with|talk to|take (it|this|that) up with|go through|raise (it|this|that) with)',
] as const;

/**
 * A reason in the same paragraph turns the policy into an explanation (§4 B2). "Because it's our
 * policy" gives none: it points at the rulebook again.
 */
export const REASON =
  /\b(?:because(?! of (?:our|the|company|company's)\b)(?! (?:it|that|this) (?:is|was) (?:(?:our|the|company|a) )?(?:\w+ )?(?:policy|policies|rule|rules)\b)|so that(?! (?:is|was|will|would|means|meant|part|one|bit|fee|amount|charge|money|sum|deposit)\b)|so we can(?! (?:only|not)\b)|in order to|to (?:protect|keep|prevent|make sure|ensure|comply|stop|avoid)|for (?:security|safety|privacy|legal|regulatory|hygiene|health) reasons|for your (?:security|safety|privacy|protection)|the reason (?:is|was|being|for)|which is why|that is why|this is why|that way|required by law|by law|(?:let me|i want to|i would like to|i will|we want to|allow me to) explain|here is why|(?:do|does) not have access to|(?:no|without) access to)\b/;

/** A first-person remedy in the same sentence: the policy is used to grant, not to refuse ("Per our price-match policy, I've refunded the difference"). */
export const GRANTED =
  /\b(?:i|we) (?:have |will |would be happy to |can )?(?:refund(?:ed)?|credit(?:ed)?|approv(?:e|ed)|sent|send|waiv(?:e|ed)|replac(?:e|ed)|reimburs(?:e|ed)|issu(?:e|ed)|upgrad(?:e|ed)|extend(?:ed)?|add(?:ed)?|book(?:ed)?|arrang(?:e|ed)|reship(?:ped)?|made an exception|make an exception)\b|\b(?:policy|policies|terms) (?:is |are )?to (?:refund|replace|credit|cover|reimburse|compensate|waive|reship)\b/;

/** Citing the law is a required disclosure, not a shield ("Under the Consumer Credit Act …"). */
export const LEGAL = /\b(?:act|law|laws|legally|legislation|regulation|regulations|regulatory|statutory|gdpr|ccpa|hipaa|ombudsman|regulator)\b/;
