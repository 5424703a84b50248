import { ALSO_OPTION, documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'require-prevention',
  description: 'Say what changed so the failure does not happen again.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    missing: 'No prevention: say what you changed so it won\'t happen again, e.g. "I\'ve added a check so our packers scan the size label before sealing."',
    vague: '"{{actual}}" promises without a mechanism: say what changed, e.g. "We\'ve added a check so our packers scan the size label before sealing."',
  },
  options: { also: ALSO_OPTION },
};

export const plugin = documentRule({
  meta,
  component: 'prevention',
  check(a, doc) {
    if (a.present.prevention) return null;
    const pledge = a.hits.find((h) => h.component === 'prevention');
    if (!pledge) return { messageId: 'missing' };
    const span = { start: pledge.start, end: pledge.end };
    return { messageId: 'vague', span, data: { actual: doc.text.slice(span.start, span.end) } };
  },
});
