import { documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'require-explicit-apology',
  description: 'An apology reply must say sorry for the failure, not only sympathise or thank.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'error', strict: 'error', 'legal-safe': 'error' },
  messages: {
    missing: 'No apology: the reply deals with a failure but never says sorry. Add one near the top, e.g. "I\'m sorry we shipped the wrong colour."',
    vague: '"{{actual}}" is the only apology and it names nothing: apologise for the failure itself, e.g. "I\'m sorry we charged your card twice."',
    notForFailure: '"{{actual}}" is not an apology for the failure (sympathy or the wait): add one, e.g. "I\'m sorry we charged your card twice."',
  },
  options: {
    acceptGratitude: {
      type: 'boolean',
      description: 'Accept "Thank you for your patience" instead of an apology when the only failure is a wait.',
      default: true,
    },
  },
};

export const plugin = documentRule({
  meta,
  component: 'apology',
  check(a, doc, options) {
    if (a.present.apology && (options.acceptGratitude !== false || a.apology?.kind !== 'gratitude')) return null;
    const other = a.ifids.find((i) => i.kind === 'vague') ?? a.ifids.find((i) => i.kind === 'wait' || i.kind === 'sympathy');
    if (!other) return { messageId: 'missing' };
    const span = { start: other.start, end: other.end };
    return { messageId: other.kind === 'vague' ? 'vague' : 'notForFailure', span, data: { actual: doc.text.slice(span.start, span.end) } };
  },
});
