/**
 * Mechanical rewrites for `expected`: the sentence with a flagged phrase taken out. Many tone
 * rules flag words that add nothing ("To be honest,", "Unfortunately,"), so the best rewrite is
 * the same sentence without them, which we can build from the sentence and the match offsets.
 */
import type { Sentence } from './document.js';

/** A greeting or interjection before the span keeps its comma ("Hi Sam, unfortunately, …"). */
const GREETING = /^\s*(?:hi|hello|hey|dear|ok|okay|so|well|thanks|thank you|yes|no)\b[^,]{0,30},\s*$/i;

/** Options for `dropSpan`. */
export interface DropOptions {
  /** Also drop everything up to and including the next comma (an introductory clause). */
  toComma?: boolean;
}

/**
 * The sentence with the reply span `[start, end)` removed, tidied: the punctuation that set the
 * span off goes with it, and a sentence that now starts lower-case is capitalised. Returns null
 * when nothing sensible is left.
 */
export function dropSpan(sentence: Sentence, start: number, end: number, options: DropOptions = {}): string | null {
  const s = sentence.text;
  let a = Math.max(0, start - sentence.start);
  let b = Math.min(s.length, end - sentence.start);
  if (options.toComma) {
    const comma = s.indexOf(',', b);
    if (comma < 0) return null;
    b = comma + 1;
  }
  const lead = s.slice(0, a);
  const atStart = lead.trim() === '';
  // After a leading @handle the rest still starts the sentence: "@acme Unfortunately we…".
  const afterHandle = /^\s*(?:@\w+\s+)+$/.test(lead);
  // Punctuation right after the span (", " or ": " or " - ") belongs to it.
  const tail = /^\s*(?:[,:;]|\s[-\u2013\u2014])?\s*/.exec(s.slice(b))![0];
  b += tail.length;
  if (!atStart && tail.includes(',') && !GREETING.test(lead)) {
    // "was, in fact, issued" -> "was issued": a parenthetical takes both of its commas.
    const kept = lead.trimEnd();
    a -= lead.length - (kept.endsWith(',') ? kept.length - 1 : kept.length);
  } else if (!atStart) a -= lead.length - lead.trimEnd().length;
  let rest = s.slice(b);
  if (!rest.trim() || !/[A-Za-z0-9]/.test(rest)) return null;
  if (atStart) {
    rest = rest.replace(/^([^A-Za-z]*)([a-z])/, (_, p: string, c: string) => p + c.toUpperCase());
    return (lead + rest).trim();
  }
  if (afterHandle) rest = rest.replace(/^([^A-Za-z]*)([a-z])/, (_, p: string, c: string) => p + c.toUpperCase());
  return (s.slice(0, a) + (/[.!?,;:]/.test(rest[0] ?? '') ? '' : ' ') + rest).trim();
}

/** `text` without trailing characters from `chars` (a linear scan, no backtracking regex). */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
