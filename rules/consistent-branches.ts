import { documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'consistent-branches',
  description: 'Every {% if %} branch of a macro should carry the same apology components.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'off', strict: 'warn', 'legal-safe': 'off' },
  messages: {
    differs: 'One branch of this {% if %} has {{component}} and another does not: customers on the other branch get a weaker apology',
  },
  options: {},
};

export const plugin = documentRule({
  meta,
  check: (a) => a.branchGaps.map((g) => ({ messageId: 'differs', span: { start: g.start, end: g.end }, data: { component: g.component } })),
});
