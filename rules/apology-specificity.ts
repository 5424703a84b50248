import { documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'apology-specificity',
  description: 'Name the failure in the apology ("sorry the jug arrived cracked"), not "the trouble".',
  level: 'document',
  category: 'component',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    generic: '"{{actual}}" does not say what the apology is for: name the failure, e.g. "I\'m sorry the blender arrived with a cracked jug."',
  },
  options: {},
  // "Sorry for any inconvenience" and "sorry for your frustration" name no failure either, and
  // those rules already say so on the same words.
  deferTo: ['no-vague-apology', 'no-sorry-you-feel', 'no-conditional-apology'],
};

export const plugin = documentRule({
  meta,
  component: 'specificity',
  check(a, doc) {
    if (a.present.specificity) return null;
    const ifid = a.ifids.find((i) => (i.kind === 'apology' || i.kind === 'formal' || i.kind === 'vague') && !i.specific);
    if (!ifid) return null;
    const span = { start: ifid.start, end: ifid.end };
    return { messageId: 'generic', span, data: { actual: doc.text.slice(span.start, span.end) } };
  },
});
