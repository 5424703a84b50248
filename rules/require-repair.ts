import { ALSO_OPTION, documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'require-repair',
  description: 'Say what you did (or will do) to put it right, or ask what would.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    missing:
      'No repair: say what you have done to put it right, e.g. "I\'ve refunded the $12 shipping fee and sent a replacement by express." or ask "What would make this right for you?"',
  },
  options: { also: ALSO_OPTION },
};

export const plugin = documentRule({
  meta,
  component: 'repair',
  check: (a) => (a.present.repair ? null : { messageId: 'missing' }),
});
