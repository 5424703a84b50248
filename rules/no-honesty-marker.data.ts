/**
 * Sincerity and factuality markers (RULES.md B7). Three groups, each with its own message:
 * claims of candour, claims of fact that read as a correction, and requests for trust.
 */

/** A leading @handle or name placeholder, a conjunction or an interjection may precede a sentence-initial marker. */
const LEAD = '(@ph (@ph)? ,?)? (but|and|so|well|oh|ok|okay|look|now)? ,?';

/** ", honestly" after a clause: a tag, silent when it ends the sentence ("I'd be upset too, honestly."). */
export const TAG = '(,|-|:) (quite|very|totally)? honestly';

/** "To be honest", "frankly": the writer vouches for their own honesty. */
export const candour = [
  'to be (completely|perfectly|totally|quite|very|brutally|really|100%)? (honest|frank|candid|blunt)',
  '(quite|very|totally|completely|perfectly)? frankly',
  `^ ${LEAD} (quite|very|totally|completely|perfectly)? honestly`,
  TAG,
  '(i|we|it|this|that) (am|are|is|was|were|do|did|can|could|would|will)? (not)? honestly',
  'honestly speaking',
  'in (all)? (honesty|candor|candour|frankness)',
  '(to)? tell (you)? the (honest)? truth',
  'truth be told',
  'if (i am|i was|we are) (being)? (honest|frank|candid)',
  'let (me|us) be (clear|honest|frank|candid|blunt|straight|straight with you|upfront)',
  '(i|we) (will|am going to|are going to|have to|must|want to|need to) be (honest|frank|candid|blunt|straight) (with you)?',
  'candidly',
] as const;

/** "In fact", sentence-initial "Actually": factuality markers that put the reader right. */
export const factuality = [
  'in (actual)? fact',
  'as a matter of fact',
  `^ ${LEAD} actually`,
  `^ ${LEAD} the (simple|plain|sad|honest|hard)? (fact|truth|reality) (of the matter)? is`,
  '(but|and) the (simple|plain|sad|honest|hard)? (fact|truth|reality) (of the matter)? is',
] as const;

/** "Believe me", "trust me": asking for trust instead of showing evidence. */
export const trust = ['(believe|trust) me', `^ ${LEAD} (believe|trust) us ,`, 'believe us when', 'take (it from me|my word for it)'] as const;

/** Every pattern, in message order. */
export const patterns = [...candour, ...factuality, ...trust] as const;
