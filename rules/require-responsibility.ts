import { ALSO_OPTION, documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'require-responsibility',
  description: 'Own the failure in the first person ("That\'s our mistake").',
  level: 'document',
  category: 'component',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'off' },
  messages: {
    missing: 'Nobody owns the failure: add first-person ownership, e.g. "That\'s our mistake." or "We sent the wrong size."',
  },
  options: { also: ALSO_OPTION },
};

export const plugin = documentRule({
  meta,
  component: 'responsibility',
  check: (a) => (a.present.responsibility ? null : { messageId: 'missing' }),
});
