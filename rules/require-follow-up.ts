import { ALSO_OPTION, documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'require-follow-up',
  description: 'Give the next step with an owner or a time.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    missing: 'No follow-up: give the next step with an owner and a time, e.g. "I\'ll check the tracking on Thursday and email you either way."',
  },
  options: { also: ALSO_OPTION },
};

export const plugin = documentRule({
  meta,
  component: 'follow-up',
  check: (a) => (a.present['follow-up'] ? null : { messageId: 'missing' }),
});
