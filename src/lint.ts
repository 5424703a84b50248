/**
 * The public lint API: text in, eslint-shaped result out. The CLI calls these functions; there is
 * no second pipeline.
 */
import path from 'node:path';
import { location } from 'vfile-location';
import { ruleById } from '../rules/index.js';
import type { ResolvedConfig } from './config.js';
import { ConfigResolver } from './config.js';
import type { Directives } from './directives.js';
import { applyDirectives, findDirectives, ignoredDirectiveWarnings, unusedDirectiveWarnings } from './directives.js';
import type { ApologyAnalysis, Hit } from './components.js';
import { analyze } from './components.js';
import type { ReplyDoc } from './document.js';
import { lintReply } from './engine.js';
import { computeScore } from './score.js';
import { adapterFor, prepareInput } from './inputs/index.js';
import { LanguageModelNeeded, loadLanguageModel } from './language.js';
import { oneLine } from './report.js';
import { byCodeUnits } from './sorted.js';
import type { ApologyScore, FoundCue, LintMessage, LintResult, ReplyResult } from './types.js';

/** How a file is linted, besides its config: the same on every lint thread. */
export interface LintOptions {
  /** Report unused and unknown disable directives as warnings. */
  reportUnusedDisableDirectives?: boolean;
  /** Obey no inline directive (disable comments, reply context); warn where each one is. */
  noInlineConfig?: boolean;
  /** Put the linted text in `result.source` (for formatters that show it, such as html). */
  includeSource?: boolean;
}

/** `lintText`'s options: the lint options, and where the text stands. */
export interface LintTextOptions extends LintOptions {
  /** Path used for config lookup, overrides and the input format (default `<text>`, read as text). */
  filePath?: string;
  /** A resolved config; found from `filePath` when absent. */
  config?: ResolvedConfig;
  /** Working directory for config lookup. */
  cwd?: string;
}

/** Lint text that has already been decoded; synchronous once config is resolved. */
export function lintSource(source: string, filePath: string, config: ResolvedConfig, options: LintOptions = {}): LintResult {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const adapter = adapterFor(filePath);
  const found = findDirectives(text, adapter.hashDirectives === true);
  // With inline directives off, none is obeyed (each is reported below).
  const directives: Directives = options.noInlineConfig ? { list: [], context: null, contexts: [] } : found;
  const empty: LintResult = { filePath, messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: 0, apologyReply: null, apologyScore: null };
  if (options.includeSource) empty.source = text;
  if (directives.context === 'ignore-file') return empty;
  const notes: string[] = [];
  const replies = adapter.extract(text, filePath, config.settings, notes);
  const place = location(text);
  const point = (offset: number): { line: number; column: number } => place.toPoint(Math.max(0, Math.min(offset, text.length))) ?? { line: 1, column: 1 };
  const replyResults: ReplyResult[] = [];
  let all: LintMessage[] = [];
  for (const reply of replies) {
    if (directives.context === 'apology') reply.meta.apology = true;
    if (directives.context === 'info') reply.meta.apology = false;
    const out = lintReply({ text: reply.text, markdown: reply.markdown, meta: reply.meta, skip: reply.skip }, config.rules, config.settings);
    if (out.language) notes.push(`${reply.title === null ? 'reply' : `reply "${reply.title}"`} not in English (${out.language}): not linted`);
    const toSource = reply.toSource ?? ((o: number) => o);
    const messages = out.messages.map((m): LintMessage => {
      const start = point(toSource(m.start));
      const end = point(m.end > m.start ? sourceEnd(text, toSource(m.end - 1), toSource(m.end)) : toSource(m.end));
      const msg: LintMessage = {
        ruleId: m.ruleId,
        severity: m.severity,
        message: m.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        messageId: m.messageId,
        url: m.url,
      };
      if (m.actual !== undefined) msg.actual = m.actual;
      if (m.expected) msg.expected = m.expected;
      if (m.suggestions) msg.suggestions = m.suggestions;
      return msg;
    });
    const kept = applyDirectives(messages, directives);
    let apologyScore = null;
    if (out.gate.decision) {
      const analysis = (out.data.apologyAnalysis as ApologyAnalysis | undefined) ?? analyze(out.data.apologyDoc as ReplyDoc, config.settings);
      // An apology that carries a conditional / sorry-you-feel finding earns no apology credit.
      // Those findings by line, so each apology looks only at its own line.
      const undermining = new Map<number, LintMessage[]>();
      for (const m of kept) {
        if (m.ruleId !== 'no-conditional-apology' && m.ruleId !== 'no-sorry-you-feel') continue;
        const onLine = undermining.get(m.line);
        if (onLine) onLine.push(m);
        else undermining.set(m.line, [m]);
      }
      const counting = analysis.ifids.filter((i) => i.kind === 'apology' || i.kind === 'formal');
      const undermined =
        counting.length > 0 &&
        counting.every((i) => {
          const p = point(toSource(i.start));
          const e = point(toSource(i.end));
          return (undermining.get(p.line) ?? []).some((m) => m.column < e.column && m.endColumn > p.column);
        });
      apologyScore = computeScore({ analysis, messages: kept, settings: config.settings, undermined });
      apologyScore.found = foundCues(analysis, apologyScore, reply.text, (o) => point(toSource(o)));
    }
    replyResults.push({ title: reply.title, pointer: reply.pointer, messages: kept, apologyReply: out.gate, apologyScore });
    for (const m of kept) all.push(m);
  }
  if (options.noInlineConfig) all = all.concat(ignoredDirectiveWarnings(found));
  else if (options.reportUnusedDisableDirectives) all = all.concat(unusedDirectiveWarnings(directives, (id) => ruleById(id) !== undefined));
  all.sort((a, b) => a.line - b.line || a.column - b.column || byCodeUnits(a.ruleId ?? '', b.ruleId ?? ''));
  const result: LintResult = {
    ...empty,
    messages: all,
    errorCount: all.filter((m) => m.severity === 2).length,
    warningCount: all.filter((m) => m.severity === 1).length,
    apologyReply: replyResults.length === 1 ? replyResults[0]!.apologyReply : null,
    apologyScore: replyResults.length === 1 ? replyResults[0]!.apologyScore : null,
  };
  if (replies.length !== 1 || replies[0]!.pointer !== null) result.replies = replyResults;
  if (notes.length) result.notes = notes;
  return result;
}

/** The longest cue text `found` quotes, in characters. */
const CUE_LENGTH = 60;

/** Each credited component's strongest cue (the first of equals), placed in the file. */
function foundCues(
  analysis: ApologyAnalysis,
  score: ApologyScore,
  text: string,
  place: (offset: number) => { line: number; column: number },
): Record<string, FoundCue> {
  const best = new Map<string, Hit>();
  for (const h of analysis.hits) {
    const known = best.get(h.component);
    if (!known || h.credit > known.credit) best.set(h.component, h);
  }
  const found: Record<string, FoundCue> = {};
  for (const [component, credit] of Object.entries(score.components)) {
    const hit = best.get(component);
    if (!hit || credit <= 0) continue;
    const words = oneLine(text.slice(hit.start, hit.end));
    const { line, column } = place(hit.start);
    found[component] = { line, column, text: words.length > CUE_LENGTH ? `${words.slice(0, CUE_LENGTH - 1)}…` : words };
  }
  return found;
}

/**
 * Where a finding ends in the file, given where its last character and the next one start. The
 * next character can sit lines away in structured files (after a YAML line continuation), so the
 * end is taken from the last character unless that character was an escape or reference
 * (`\u2019`, `&rsquo;`) written just before the next one.
 */
function sourceEnd(text: string, last: number, next: number): number {
  if (next > last && next - last <= 12 && !/[\r\n]/.test(text.slice(last, next))) return next;
  return last + 1;
}

/** `lintSource`, after loading the reader `filePath` needs (HTML, JSON and YAML load on demand). */
export async function lintSourceAsync(source: string, filePath: string, config: ResolvedConfig, options: LintOptions = {}): Promise<LintResult> {
  await prepareInput(filePath);
  try {
    return lintSource(source, filePath, config, options);
  } catch (error) {
    // The first reply in this thread whose language franc must tell: load it, lint again.
    if (!(error instanceof LanguageModelNeeded)) throw error;
    await loadLanguageModel();
    return lintSource(source, filePath, config, options);
  }
}

/** Lint a string as if it were the file `filePath`. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  const filePath = options.filePath ?? '<text>';
  const abs = path.resolve(options.cwd ?? process.cwd(), filePath);
  const config = options.config ?? (await new ConfigResolver({ cwd: options.cwd }).forFile(abs));
  return lintSourceAsync(text, filePath, config, options);
}
