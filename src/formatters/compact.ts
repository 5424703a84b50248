import type { Formatter } from './index.js';
import { displayPath } from './index.js';

/** One line per problem: `file:line:col: message [severity/rule]`. */
export const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  let total = 0;
  for (const r of results) {
    for (const m of r.messages) {
      total++;
      const file = displayPath(r.filePath, context.cwd);
      lines.push(`${file}: line ${m.line}, col ${m.column}, ${m.severity === 2 ? 'Error' : 'Warning'} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`);
    }
  }
  if (total > 0) lines.push('', `${total} problem${total === 1 ? '' : 's'}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
};
