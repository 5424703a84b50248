import type { Formatter } from './index.js';
import { displayPath } from './index.js';
import type { StreamFactory } from './stream.js';
import { runStream } from './stream.js';

/** One line per problem: `file:line:col: message [severity/rule]`. */
export const compactStream: StreamFactory = (context) => {
  let total = 0;
  return {
    result(r) {
      let out = '';
      for (const m of r.messages) {
        total++;
        const file = displayPath(r.filePath, context.cwd);
        out += `${file}: line ${m.line}, col ${m.column}, ${m.severity === 2 ? 'Error' : 'Warning'} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}\n`;
      }
      return out;
    },
    end: () => (total > 0 ? `\n${total} problem${total === 1 ? '' : 's'}\n` : ''),
  };
};

/** One line per problem: `file:line:col: message [severity/rule]`. */
export const compact: Formatter = (results, context) => runStream(compactStream(context), results);
