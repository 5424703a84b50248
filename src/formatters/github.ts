import type { Formatter } from './index.js';
import { displayPath } from './index.js';

/** Escape a workflow-command message (GitHub's `escapeData`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow-command property value (GitHub's `escapeProperty`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: each problem becomes an `::error` or `::warning` annotation
 * on the file and span in the pull request; suggestions follow the message on their own lines.
 */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = displayPath(r.filePath, context.cwd).split('\\').join('/');
    for (const m of r.messages) {
      const props = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `col=${m.column}`,
        `endLine=${m.endLine}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId ?? 'apology-lint')}`,
      ];
      const text = [m.message, ...(m.suggestions ?? []).map((s) => `↳ ${s.desc}`)].join('\n');
      lines.push(`::${m.severity === 2 || m.fatal ? 'error' : 'warning'} ${props.join(',')}::${escapeData(text)}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
