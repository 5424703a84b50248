import { documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'no-compensation-without-apology',
  description: 'Money is no substitute for an apology: apologise and own it before offering compensation.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    missing: '"{{actual}}" is offered with no apology and no ownership: add "I\'m sorry we …" and "That\'s our mistake." before the offer',
  },
  options: {},
};

export const plugin = documentRule({
  meta,
  check(a, doc) {
    if (!a.compensation || a.apology?.kind === 'apology' || a.apology?.kind === 'formal' || a.present.responsibility) return null;
    return { messageId: 'missing', span: a.compensation, data: { actual: doc.text.slice(a.compensation.start, a.compensation.end) } };
  },
});
