import chalk from 'chalk';
import { scoreLine, scoreSummary } from '../score.js';
import type { ApologyGate, ApologyScore, FoundCue, LintMessage, LintResult } from '../types.js';
import type { Formatter } from './index.js';
import { displayPath } from './index.js';
import type { StreamFactory } from './stream.js';
import { runStream } from './stream.js';

/** The gate's verdict in one line (`--explain`). */
function explainLine(g: ApologyGate): string {
  const verdict = g.decision ? `yes${g.lowConfidence ? ', low confidence: document rules one severity lower' : ''}` : 'no';
  return `apology reply: ${verdict} (gate score ${g.score}) — ${g.reasons.join('; ')}`;
}

/** `--explain`: where each credited component was found, one per line. */
function foundLines(found: Record<string, FoundCue>): string {
  const names = Object.keys(found);
  const width = Math.max(...names.map((n) => n.length));
  const places = names.map((n) => `${found[n]!.line}:${found[n]!.column}`);
  const placeWidth = Math.max(...places.map((p) => p.length));
  return names.map((n, k) => `    ${chalk.dim(`${n.padEnd(width)}  ${places[k]!.padEnd(placeWidth)}  "${found[n]!.text}"`)}\n`).join('');
}

/** Score line (and with `--explain`, the gate line and the cues found) under each reply of a file. */
function apologyLines(result: LintResult, explain: boolean): string {
  const replies = result.replies ?? [{ title: null, pointer: null, apologyReply: result.apologyReply, apologyScore: result.apologyScore }];
  let out = '';
  for (const r of replies) {
    const label = result.replies ? `${r.title ?? r.pointer ?? ''}: ` : '';
    if (explain && r.apologyReply) out += `  ${chalk.dim(label + explainLine(r.apologyReply))}\n`;
    if (r.apologyScore) out += `  ${label}${chalk.bold(scoreLine(r.apologyScore))}\n`;
    if (explain && r.apologyScore?.found) out += foundLines(r.apologyScore.found);
  }
  return out;
}

function scoresOf(result: LintResult): ApologyScore[] {
  return (result.replies ? result.replies.map((x) => x.apologyScore) : [result.apologyScore]).filter((x): x is ApologyScore => x !== null);
}

function pluralize(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

/** eslint's stylish layout: a block per file, aligned columns, a summary line. */
export const stylishStream: StreamFactory = (context) => {
  let started = false;
  let errors = 0;
  let warnings = 0;
  let summaryColor: 'yellow' | 'red' = 'yellow';
  // Only the scores are kept (for the run's summary line), never the results.
  const scores: ApologyScore[] = [];
  return {
    result(result) {
      scores.push(...scoresOf(result));
      if (result.messages.length === 0 && !context.explain) return '';
      let output = started ? '' : '\n';
      started = true;
      errors += result.errorCount;
      warnings += result.warningCount;
      if (result.errorCount > 0) summaryColor = 'red';
      const file = displayPath(result.filePath, context.cwd);
      const rows = result.messages.map((m) => [
        '',
        `${m.line}:${m.column}`,
        m.fatal || m.severity === 2 ? chalk.red('error') : chalk.yellow('warning'),
        m.message.replace(/([^ ])\.$/, '$1'),
        chalk.dim(m.ruleId ?? ''),
      ]);
      // A loop, not Math.max(...): a file with a hundred thousand problems exceeds the argument limit.
      const widths = [0, 1, 2, 3].map((i) => rows.reduce((w, r) => Math.max(w, visible(r[i]!).length), 0));
      // A file holding several replies (a macro export) gets a header per reply instead:
      // `macros.json  ›  "Damaged item" (macros[3])`.
      const replyOf = replyHeaders(result);
      let header: string | undefined;
      result.messages.forEach((m, n) => {
        const sub = replyOf.get(messageKey(m));
        const next = sub === undefined ? chalk.underline(file) : `${chalk.underline(file)}  ›  ${sub}`;
        if (next !== header) {
          if (header !== undefined) output += '\n';
          output += `${next}\n`;
          header = next;
        }
        const r = rows[n]!;
        const loc = chalk.dim(r[1]!.padEnd(widths[1]!));
        output += `${`  ${loc}  ${pad(r[2]!, widths[2]!)}  ${pad(r[3]!, widths[3]!)}  ${r[4]}`.trimEnd()}\n`;
        for (const s of m.suggestions ?? []) output += `  ${' '.repeat(widths[1]! + widths[2]! + 4)}${chalk.dim(`↳ ${s.desc}`)}\n`;
      });
      if (header === undefined) output += `${chalk.underline(file)}\n`;
      output += apologyLines(result, context.explain === true);
      return `${output}\n`;
    },
    end() {
      const total = errors + warnings;
      if (total === 0 && !context.explain) return '';
      let output = started ? '' : '\n';
      if (total > 0) {
        output += chalk[summaryColor].bold(
          `\u2716 ${total} ${pluralize('problem', total)} (${errors} ${pluralize('error', errors)}, ${warnings} ${pluralize('warning', warnings)})\n`,
        );
      }
      const summary = scoreSummary(scores);
      if (summary) output += `${summary}\n`;
      return output;
    },
  };
};

/** eslint's stylish layout: a block per file, aligned columns, a summary line. */
export const stylish: Formatter = (results, context) => runStream(stylishStream(context), results);

/** Identifies a message by value, so results that went through a worker or the cache still match. */
function messageKey(m: LintMessage): string {
  return `${m.line}:${m.column}:${m.endLine}:${m.endColumn}:${m.ruleId}:${m.message}`;
}

/** For files holding replies with a pointer, the sub-header of each message's reply. */
function replyHeaders(result: LintResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const reply of result.replies ?? []) {
    if (reply.pointer === null) continue;
    const title = reply.title ? `"${reply.title.replace(/\s+/g, ' ').trim()}" ` : '';
    for (const m of reply.messages) out.set(messageKey(m), `${chalk.bold(title)}${chalk.dim(`(${reply.pointer})`)}`.replace(/^ /, ''));
  }
  return out;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
function visible(s: string): string {
  return s.replace(ANSI, '');
}
function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visible(s).length));
}
