/** Generic apology objects (RULES.md A3, §0.5). */
const HEAD = '(sorry|apologies|apology|apologize~|regret~)';
const VAGUE = '(inconvenience~|trouble|troubles|issue~|problem~|confusion|frustration|disruption~|hassle|bother|fuss|difficulties|difficulty|annoyance)';

export const patterns = [
  `${HEAD} (for|about) (any|all|whatever) (the)? ${VAGUE}`,
  `${HEAD} (for|about) (the|this|that|all the) (inconvenience~|disruption~|hassle|bother|fuss)`,
  `${HEAD} (for|about) (this|that|it) $`,
  `${HEAD} (any|the) inconvenience~`,
  // "We regret any difficulties you may have experienced", "We regret whatever trouble the evening may have put anyone to".
  `regret~ (any|all|whatever) (the)? ${VAGUE}`,
  // Without the article, as often written: "We are sorry for inconvenience caused."
  `${HEAD} (for|about) (inconvenience|inconveniences)`,
  // "I'm sorry for how things have turned out": things, not a failure.
  `${HEAD} (for|about) how (things|everything|it all) (have|has)? (gone|turned out|been)`,
  // "We're truly sorry about everything that happened."
  `${HEAD} (for|about) (everything|all) (that)? (happened|has happened|went wrong|has gone wrong|occurred|went on)`,
  // "We owe you an apology for how all of this has gone."
  `${HEAD} (for|about) how (all of|all)? (this|that|it) (has|have|had)? (gone|turned out|been|unfolded|played out|went)`,
] as const;

/** A concrete object after the generic noun makes the apology specific ("…of having to re-enter your card"). */
export const SPECIFIC_TAIL = /^(?:of|caused by|from|with) \S+ \S+/;

/**
 * Compensation offered "to apologise for …" / "as an apology for …" is a purpose clause, not an
 * apology (RULES.md §0.20): the failure is named elsewhere in the reply.
 */
/** A remedy earlier in the sentence, whose purpose a later "to apologise for …" gives. */
export const REMEDY_BEFORE = /\b(?:credited|refunded|waived|upgraded|reimbursed|credit|refund|voucher|vouchers|discount|gift card|complimentary|free)\b|[£$€]/;

/** How a remedy leads into its purpose: "… to apologise", "… to say sorry", "… by way of apology", "… as our way of apologising". */
export const PURPOSE_END = / (?:to|to say|in|by way of|as (?:our|a|my) way of)$/;

/** "We want to apologise for any inconvenience" is the apology itself, not a purpose. */
export const WANT_TO = /\b(?:want|wants|wanted|like|wish|need|needs|have|has|had|going|trying|try|hope|hoped|would)\s+to$/;

export const PURPOSE_BEFORE = /(?:^|[,;:] |\band |\bin order )to$|\b(?:as|by way of) an?$/;

/** Feelings and stock objects: "your frustration" names nothing the customer went through. */
export const FEELINGS = new Set(
  'frustration frustrations disappointment annoyance anger upset concern concerns feelings experience patience understanding inconvenience trouble stress worry situation issue problem'.split(
    ' ',
  ),
);
/** Spans of time the customer went through: "for a month", "three weeks without it". */
export const SPANS = new Set('day days week weeks weekend month months hour hours night nights morning afternoon evening year years'.split(' '));
