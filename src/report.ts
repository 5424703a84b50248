/**
 * The one way rules report: fills rule id, source, docs URL, message text from `meta.messages`,
 * and exact positions from reply offsets, so no rule writes them by hand.
 */
import type { VFile } from 'vfile';
import { getDoc } from './document.js';
import type { RuleMeta, Suggestion } from './types.js';

/** Where rule docs live; each rule's page is `rules/<id>.md`. */
export const DOCS_BASE = 'https://github.com/apology-lint/apology-lint/blob/main/rules/';

/** The docs URL of a rule. */
export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Optional details of a report. */
export interface ReportDetails {
  /** Values for `{{name}}` slots in the message template. */
  data?: Record<string, string | number>;
  /** The offending text; defaults to the reported span. */
  actual?: string;
  /** Better wordings. */
  expected?: string[];
  suggestions?: Suggestion[];
  /**
   * Per-message severity where the catalog grades a rule's forms: `warn` caps this message at a
   * warning ("sorry about that" is a milder no-vague-apology), `error` raises it to an error (the
   * blame form of no-sorry-but). A rule turned off never reports either way.
   */
  severity?: 'warn' | 'error';
}

/** Text with each line break, and the spaces and tabs around it, made one space. */
export function oneLine(text: string): string {
  if (!/[\r\n]/.test(text)) return text;
  const lines = text.split(/\r\n|\r|\n/);
  const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  return lines
    .map((line, k) => {
      let from = 0;
      let to = line.length;
      if (k > 0) while (from < to && isBlank(line[from])) from++;
      if (k < lines.length - 1) while (to > from && isBlank(line[to - 1])) to--;
      return line.slice(from, to);
    })
    .join(' ');
}

/** Report `messageId` of `meta` on the reply span `[start, end)`. */
export function report(file: VFile, meta: RuleMeta, messageId: string, span: { start: number; end: number }, details: ReportDetails = {}): void {
  const template = meta.messages[messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} has no message "${messageId}"`);
  // A phrase wrapped over lines is quoted on one line: one-line formats (compact, stylish, the
  // github annotations) must not break inside a message. `actual` keeps the text as written.
  const text = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => oneLine(String(details.data?.[k] ?? '')));
  const doc = getDoc(file);
  // A VFileMessage is an Error: capturing the stack of every finding costs more than finding it,
  // and nobody reads it (the message carries rule id and position).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message;
  try {
    message = file.message(text, {
      place: { start: doc.point(span.start), end: doc.point(span.end) },
      ruleId: meta.id,
      source: 'apology-lint',
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
  message.url = docsUrl(meta.id);
  message.actual = details.actual ?? doc.text.slice(span.start, span.end);
  if (details.expected) message.expected = details.expected;
  Object.assign(message, { messageId, suggestions: details.suggestions, level: meta.level, severityHint: details.severity });
}
