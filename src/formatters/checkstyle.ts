import type { Formatter } from './index.js';
import { displayPath } from './index.js';
import { xmlEscape } from './xml.js';

/** Checkstyle XML (as eslint writes it): a `<file>` per result, an `<error>` per problem. */
export const checkstyle: Formatter = (results, context) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const r of results) {
    out.push(`  <file name="${xmlEscape(displayPath(r.filePath, context.cwd))}">`);
    for (const m of r.messages) {
      const severity = m.severity === 2 || m.fatal ? 'error' : 'warning';
      const source = m.ruleId ? `apology-lint.rules.${m.ruleId}` : 'apology-lint';
      out.push(
        `    <error line="${m.line}" column="${m.column}" severity="${severity}" message="${xmlEscape(m.message)}${m.ruleId ? ` (${xmlEscape(m.ruleId)})` : ''}" source="${xmlEscape(source)}" />`,
      );
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
};
