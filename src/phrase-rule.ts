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
        for (const match of matches) {
          const toks = sentence.tokens.slice(match.from, match.to);
          if (toks.some((t) => t.literal)) continue;
          const start = toks[0]!.start;
          const end = toks[toks.length - 1]!.end;
          if (insideQuotes(doc.text.slice(sentence.start, sentence.end), start - sentence.start, end - sentence.start)) continue;
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

/**
 * Is `[start, end)` of a sentence inside a pair of double quotation marks? Longer quotations are
 * blanked by pre-processing; this catches short ones ('the "Something went wrong" banner').
 */
export function insideQuotes(sentence: string, start: number, end: number): boolean {
  const head = sentence.slice(0, start);
  const tail = sentence.slice(end);
  const straight = (head.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && tail.includes('"')) return true;
  return head.lastIndexOf('\u201c') > head.lastIndexOf('\u201d') && tail.includes('\u201d');
}

/** Tokens of a sentence after a match, as normalised words joined by spaces (for guards). */
export function after(ctx: MatchContext, words = 40): string {
  return ctx.sentence.tokens
    .slice(ctx.match.to)
    .filter((t) => t.kind !== 'punct' || /[,;:]/.test(t.norm))
    .slice(0, words)
    .map((t) => t.norm)
    .join(' ');
}

/** Tokens of a sentence before a match, as normalised words joined by spaces. */
export function before(ctx: MatchContext): string {
  return ctx.sentence.tokens
    .slice(0, ctx.match.from)
    .map((t) => t.norm)
    .join(' ');
}
