import { ALSO_OPTION, documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'require-empathy',
  description: 'Acknowledge what the failure cost the customer, in their situation.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    missing: 'No empathy: acknowledge what this cost the customer, e.g. "Having to chase us three times is exhausting, and you shouldn\'t have had to."',
  },
  options: { also: ALSO_OPTION },
};

export const plugin = documentRule({
  meta,
  component: 'empathy',
  check: (a) => (a.present.empathy ? null : { messageId: 'missing' }),
});
