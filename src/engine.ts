/**
 * The one lint pipeline, used by the API and so by the CLI: unified + retext-english, then every
 * enabled rule as a retext plugin. Processors are built once per distinct rule configuration
 * and reused for every reply.
 */
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { unified } from 'unified';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import { ruleById } from '../rules/index.js';
import type { ReplyMeta } from './document.js';
import { buildDoc, readParagraph } from './document.js';
import type { ProseParser } from './parse.js';
import { parseEnglish, parseReply } from './parse.js';
import { preprocess } from './preprocess.js';
import { otherLanguage } from './language.js';
import { MatchIndex } from './phrase.js';
import { gateOf } from './gate.js';
import { byCodeUnits } from './sorted.js';
import type { ApologyGate, Severity, Suggestion } from './types.js';

/** An enabled rule with its severity and options. */
export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/** A finding before it is placed in a file: offsets into the reply text. */
export interface EngineMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  messageId?: string;
  url?: string;
  actual?: string;
  expected?: string[];
  suggestions?: Suggestion[];
  level: 'phrase' | 'document';
  start: number;
  end: number;
}

/** One reply to lint. */
export interface ReplyInput {
  /** The reply text (decoded, BOM removed). */
  text: string;
  /** Parse as Markdown (when it has Markdown syntax; `'always'` even when it has none). */
  markdown: boolean | 'always';
  meta?: ReplyMeta;
  /** Ranges that are not prose (front matter, fields of a structured file). */
  skip?: { start: number; end: number }[];
}

/** What linting one reply gives. */
export interface ReplyOutput {
  messages: EngineMessage[];
  frontmatter: string | null;
  path: 'text' | 'markdown';
  /** The apology gate's verdict on this reply. */
  gate: ApologyGate;
  data: Record<string, unknown>;
  /** The language of a reply not in English (franc's code), which is then not linted. */
  language?: string;
}

/**
 * Internal settings, changed only by tests. `eagerSentences`: a reply with this many sentences
 * has every phrase list's matches found sentence by sentence before the rules run (see `MatchIndex`).
 */
export const tuning = { eagerSentences: 2000 };

type AnyProcessor = Processor<Root, Root, Root, undefined, undefined>;
const processors = new Map<string, AnyProcessor>();

/** The processor of each settings object already seen, so a run does not key it per file. */
const bySettings = new WeakMap<Record<string, RuleSetting>, AnyProcessor>();

function processorFor(settings: Record<string, RuleSetting>): AnyProcessor {
  const known = bySettings.get(settings);
  if (known) return known;
  const key = JSON.stringify(Object.entries(settings).map(([id, s]) => [id, s.options]));
  let processor = processors.get(key);
  if (!processor) {
    const p = unified().use(retextEnglish) as unknown as AnyProcessor;
    for (const [id, setting] of Object.entries(settings)) {
      const rule = ruleById(id);
      if (rule) p.use(rule.plugin as never, setting.options);
    }
    processor = p.freeze() as AnyProcessor;
    processors.set(key, processor);
  }
  bySettings.set(settings, processor);
  return processor;
}

/** The parser of each processor (see `proseParser`). */
const parsers = new WeakMap<AnyProcessor, ProseParser>();

/**
 * How a processor parses prose. `processor.parse` makes a VFile and retext-english a new
 * ParseEnglish for every call, and a reply is parsed paragraph by paragraph; skipping that set-up
 * took about 1% off linting in process. When no plugin adds parser extensions, one shared
 * ParseEnglish gives the same trees, as it does for Markdown blocks.
 */
function proseParser(processor: AnyProcessor): ProseParser {
  let parser = parsers.get(processor);
  if (!parser) {
    const data = processor.data() as Record<string, unknown>;
    const extended = ['nlcstRootExtensions', 'nlcstParagraphExtensions', 'nlcstSentenceExtensions'].some((k) => data[k] !== undefined);
    parser = extended ? (value) => processor.parse(value) : parseEnglish;
    parsers.set(processor, parser);
  }
  return parser;
}

/** Lint one reply with the given enabled rules. */
export function lintReply(input: ReplyInput, settings: Record<string, RuleSetting>, options: Record<string, unknown> = {}): ReplyOutput {
  const processor = processorFor(settings);
  const pre = preprocess(input.text, input.skip);
  const parsed = parseReply(pre.masked, input.markdown, proseParser(processor), (paragraph, map) => readParagraph(paragraph, map, input.text, pre));
  const doc = buildDoc(parsed.paragraphs, input.text, pre, input.meta ?? {});
  if (doc.sentences.length >= tuning.eagerSentences) doc.matches = new MatchIndex(doc.sentences.map((s) => s.tokens));
  const file = new VFile({ value: input.text, data: { apologyDoc: doc, apologySettings: options } });
  // Rules read the sentence index, never the tree, so the tree is not kept: a long reply's nlcst
  // nodes would take far more memory than its index.
  processor.runSync({ type: 'RootNode', children: [] }, file);
  const gate = gateOf(file);
  const messages: EngineMessage[] = [];
  for (const m of file.messages) {
    const ruleId = m.ruleId ?? '';
    const setting = settings[ruleId];
    if (!setting) continue;
    const extra = m as unknown as { messageId?: string; suggestions?: Suggestion[]; level?: 'phrase' | 'document'; severityHint?: 'warn' | 'error' };
    const graded: Severity = extra.severityHint === 'warn' ? 1 : extra.severityHint === 'error' ? 2 : setting.severity;
    // Low-confidence apology replies (RULES.md §0.1): document-level findings one severity lower.
    const severity: Severity = extra.level === 'document' && gate.lowConfidence ? 1 : graded;
    messages.push({
      ruleId,
      severity,
      message: m.reason,
      messageId: extra.messageId,
      url: m.url,
      actual: m.actual,
      expected: m.expected,
      suggestions: extra.suggestions,
      level: extra.level ?? 'phrase',
      start: m.place && 'start' in m.place ? (m.place.start.offset ?? 0) : 0,
      end: m.place && 'end' in m.place ? (m.place.end.offset ?? 0) : 0,
    });
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end || byCodeUnits(a.ruleId, b.ruleId));
  withoutDeferred(messages);
  const data = file.data as Record<string, unknown>;
  // A reply in another language is not linted: the rules read English. Asked only of a reply
  // that would be reported on (see src/language.ts).
  if (messages.length || gate.decision) {
    const language = otherLanguage(doc.sentences);
    if (language) {
      const notLinted: ApologyGate = { decision: false, score: 0, lowConfidence: false, reasons: [`not English (${language}): not linted`] };
      return { messages: [], frontmatter: parsed.frontmatter, path: parsed.path, gate: notLinted, data, language };
    }
  }
  return { messages, frontmatter: parsed.frontmatter, path: parsed.path, gate, data };
}

/**
 * Leave out each finding whose rule defers to another (`meta.deferTo`) where that rule reports an
 * overlapping span: one fault, one finding.
 */
function withoutDeferred(messages: EngineMessage[]): void {
  let kept = 0;
  for (const m of messages) {
    const deferTo = ruleById(m.ruleId)?.meta.deferTo;
    const deferred = deferTo?.length && messages.some((o) => o !== m && deferTo.includes(o.ruleId) && o.start < m.end && m.start < o.end);
    if (!deferred) messages[kept++] = m;
  }
  messages.length = kept;
}
