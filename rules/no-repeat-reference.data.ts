/** Verbs that point back at what the writer already said (RULES.md B6). */
const SAID = '(said|mentioned|explained|stated|noted|wrote|written|advised|indicated|outlined|pointed out|told you|informed you|advised you)';
/** Earlier messages in the same conversation. */
const MESSAGE = '(email~|e-mail~|mail|message~|reply|replies|response~|note|comment|post|letter)';

/** References to the writer's own earlier words, which read as "you didn't listen". */
export const patterns = [
  `(as)? per my (last|previous|earlier|prior|most recent|first|original) ${MESSAGE}`,
  `as (stated|mentioned|explained|noted|outlined|advised|indicated|said) in (my|our) (last|previous|earlier|prior|most recent|first|original) ${MESSAGE}`,
  'as you (were|have been|had been) (already|previously) (told|informed|advised|notified|warned)',
  'you (were|have been|had been) (already|previously) (told|informed|advised|notified|warned)',
  '(i|we) (have|had)? (explained|said|stated|mentioned|told you) (this|that|it)? (before|twice|repeatedly|several times|many times|multiple times|numerous times|a few times|more than once)',
  '^ to repeat ,',
  'did you (not)? read my',
] as const;

/**
 * "As I mentioned …": silent when what follows names another channel or a document ("as I
 * mentioned on the phone", "as mentioned in our status update") or a colleague ("to our
 * warehouse lead"), which is information, not a reproach.
 */
export const mentionPatterns = [
  'as (previously|already|earlier) (stated|mentioned|explained|said|noted|advised|indicated|outlined|communicated|pointed out)',
  `as i (have|had)? (already|previously)? ${SAID}`,
  `as we (have|had)? (already|previously) ${SAID}`,
  `as we (have|had)? ${SAID} (before|earlier|previously|already)`,
  'as (i|we) (have|had)? (already|previously)? (told|informed|advised) you',
  'like (i|we) (already)? (said|mentioned|told you|explained)',
  '(i|we) (have|had)? (already|previously) (explained|said|stated|mentioned|told you|informed you|advised you|pointed out)',
] as const;

/** "Once again, …" and "to reiterate" open a restated explanation; silent before an apology or thanks. */
export const againPatterns = ['^ (once)? again ,', '(just)? to reiterate'] as const;

/** "I'll repeat": a reproach only when it repeats what was said ("I'll repeat: …", "let me repeat myself"). */
export const repeatPatterns = ['(i|we) (will)? repeat', 'let me repeat'] as const;

/** What follows "as I mentioned" when it points to another channel, a document or a colleague. */
export const NEUTRAL_TAIL =
  /^(?:to (?!you\b)|on the (?:phone|call)|over the phone|during (?:our|the) (?:call|chat)|in (?:our|the) (?:call|chat|status|update|updates|help|article|guide|faq|announcement|blog|newsletter|release|documentation|docs|link|page|website|site|knowledge|incident)\b|when we spoke)/;

/** An apology or thanks after "again," (over-apology territory, not a reproach). */
export const COURTESY_TAIL =
  /^(?:(?:i|we) (?:(?:am|are|do|would|want|wish) )?)?(?:so |very |really |truly |sincerely |deeply |like to |to )*(?:sorry|apolog\w*|thank\w*|thanks|please accept|congrat\w*|welcome|happy|glad|great)/;

/** Objects of "repeat" that repeat the writer's words. */
export const REPEAT_OBJECT = /^(?:[:,]|myself\b|that\b|this\b|what\b|it again|again|$)/;
