/**
 * The shape shared by phrase-level rules: compile the rule's patterns once per processor, scan
 * every sentence of the reply index, drop matches the author did not write as prose (quoted
 * words) or that an `allow` pattern covers, and report the rest through `report`.
 */
import type { VFile } from 'vfile';
import type { ReplyDoc, Sentence } from './document.js';
import { getDoc } from './document.js';
import type { Match } from './phrase.js';
import { phraseSet } from './phrase.js';
import type { ReportDetails } from './report.js';
import { report } from './report.js';
import { lowerBound } from './sorted.js';
import type { Token } from './tokens.js';
import type { OptionSchema, RuleMeta, RulePlugin } from './types.js';

/** What a phrase rule decides about one match. */
export interface Verdict extends ReportDetails {
  messageId: string;
  /** Report on this span instead of the match (offsets into the reply). */
  span?: { start: number; end: number };
}

/** Context a phrase rule's check receives. */
export interface MatchContext {
  match: Match;
  sentence: Sentence;
  doc: ReplyDoc;
  options: Record<string, unknown>;
  /** The matched text as written. */
  text: string;
  /** The file being linted (for the apology gate of gated entries). */
  file: VFile;
}

/** Definition of a phrase rule. */
export interface PhraseRuleSpec {
  meta: RuleMeta;
  /** Patterns (src/phrase.ts notation); a function when options change them. */
  patterns: readonly string[] | ((options: Record<string, unknown>) => readonly string[]);
  classes?: Record<string, readonly string[]>;
  /** Decide on a match: a verdict to report, or null to stay silent. Default: `messageId` "default". */
  check?: (ctx: MatchContext) => Verdict | null;
  /** Skip whole replies (for apology-gated rules). */
  applies?: (doc: ReplyDoc, file: VFile, options: Record<string, unknown>) => boolean;
}

/** The `allow` option every phrase rule takes. */
export const ALLOW_OPTION: OptionSchema = {
  type: 'string[]',
  description: 'Phrases (pattern notation) never to flag, e.g. brand-mandated wording.',
  default: [],
  pattern: true,
};

/** Build the retext attacher of a phrase rule. */
export function phraseRule(spec: PhraseRuleSpec): RulePlugin {
  return (options = {}) => {
    const sources = typeof spec.patterns === 'function' ? spec.patterns(options) : spec.patterns;
    const set = phraseSet(sources, spec.classes);
    const allowList = Array.isArray(options.allow) ? (options.allow as string[]) : [];
    const allow = allowList.length ? phraseSet(allowList, spec.classes) : null;
    return (_tree, file) => {
      const doc = getDoc(file);
      if (spec.applies && !spec.applies(doc, file, options)) return;
      for (const sentence of set.candidatesIn(doc.sentences, doc.matches)) {
        const matches = set.find(sentence.tokens);
        if (!matches.length) continue;
        const allowed = allow ? allow.find(sentence.tokens) : [];
        const quotes = quoteMarks(doc.text.slice(sentence.start, sentence.end));
        for (const match of matches) {
          const toks = sentence.tokens.slice(match.from, match.to);
          if (quotedSpan(toks, quotes, sentence.start)) continue;
          const start = toks[0]!.start;
          const end = toks[toks.length - 1]!.end;
          if (allowed.some((a) => sentence.tokens[a.from]!.start < end && sentence.tokens[a.to - 1]!.end > start)) continue;
          const text = doc.text.slice(start, end);
          const verdict = spec.check ? spec.check({ match, sentence, doc, options, text, file }) : { messageId: 'default' };
          if (!verdict) continue;
          const { messageId, span, ...details } = verdict;
          report(file, spec.meta, messageId, span ?? { start, end }, { actual: text, ...details });
        }
      }
    };
  };
}

/** Where a sentence's double quotation marks are (offsets in the sentence, ascending). */
export interface QuoteMarks {
  straight: number[];
  open: number[];
  close: number[];
}

/** The double quotation marks of a sentence, found once for all its matches. */
export function quoteMarks(sentence: string): QuoteMarks {
  const marks: QuoteMarks = { straight: [], open: [], close: [] };
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 0x22) marks.straight.push(i);
    else if (c === 0x201c) marks.open.push(i);
    else if (c === 0x201d) marks.close.push(i);
  }
  return marks;
}

/**
 * Are these matched tokens quoted: a word wrapped in quotes (nlcst-is-literal), or a span inside
 * a short quotation of the sentence (`quotes`, whose offsets count from `sentenceStart`)?
 */
export function quotedSpan(tokens: readonly Token[], quotes: QuoteMarks, sentenceStart: number): boolean {
  if (tokens.some((t) => t.literal)) return true;
  return insideQuotes(quotes, tokens[0]!.start - sentenceStart, tokens[tokens.length - 1]!.end - sentenceStart);
}

/**
 * Is `[start, end)` of a sentence inside a pair of double quotation marks? Longer quotations are
 * blanked by pre-processing; this catches short ones ('the "Something went wrong" banner'):
 * an odd number of straight quotes before it and one after, or a curly opening quote after the
 * last closing one before it and a closing one after it.
 */
export function insideQuotes(marks: QuoteMarks, start: number, end: number): boolean {
  const straight = lowerBound(marks.straight, start);
  if (straight % 2 === 1 && (marks.straight[marks.straight.length - 1] ?? -1) >= end) return true;
  const opens = lowerBound(marks.open, start);
  const closes = lowerBound(marks.close, start);
  const lastOpen = opens ? marks.open[opens - 1]! : -1;
  const lastClose = closes ? marks.close[closes - 1]! : -1;
  return lastOpen > lastClose && (marks.close[marks.close.length - 1] ?? -1) >= end;
}

/**
 * Up to `words` tokens of a sentence after a match (punctuation other than `,;:` left out), as
 * normalised words joined by spaces (for guards). Only those tokens are read, so a guard costs
 * the same in a long sentence with many matches.
 */
export function after(ctx: MatchContext, words = 40): string {
  const toks = ctx.sentence.tokens;
  const out: string[] = [];
  for (let i = ctx.match.to; i < toks.length && out.length < words; i++) {
    const t = toks[i]!;
    if (t.kind !== 'punct' || /[,;:]/.test(t.norm)) out.push(t.norm);
  }
  return out.join(' ');
}

/** What `before` puts first when it leaves earlier words out, so that `^` cannot match there. */
export const BEFORE_CUT = '\u2026';

/**
 * The tokens of a sentence before a match, as normalised words joined by spaces: all of them, or
 * the last `words` after BEFORE_CUT and a space when there are more. A guard that tests the end
 * reads only as far back as it needs.
 */
export function before(ctx: MatchContext, words = Infinity): string {
  const toks = ctx.sentence.tokens;
  const from = Math.max(0, ctx.match.from - words);
  const out: string[] = from > 0 ? [BEFORE_CUT] : [];
  for (let i = from; i < ctx.match.from; i++) out.push(toks[i]!.norm);
  return out.join(' ');
}
