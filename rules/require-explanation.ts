import { ALSO_OPTION, documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'require-explanation',
  description: 'Say briefly what went wrong, in the first person or neutrally.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    missing: 'No explanation: say briefly what went wrong, e.g. "Here\'s what happened: our stock count showed the item in stock when it wasn\'t."',
  },
  options: { also: ALSO_OPTION },
};

export const plugin = documentRule({
  meta,
  component: 'explanation',
  check: (a) => (a.present.explanation ? null : { messageId: 'missing' }),
});
