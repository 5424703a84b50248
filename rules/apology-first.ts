import { documentRule } from '../src/document-rule.js';
import type { RuleMeta } from '../src/types.js';

export const meta: RuleMeta = {
  id: 'apology-first',
  description: 'Apologise in the first or second sentence, before explanations and policy.',
  level: 'document',
  category: 'component',
  severity: { recommended: 'warn', strict: 'warn', 'legal-safe': 'warn' },
  messages: {
    late: 'The apology comes in sentence {{n}}, after the explanation: move it to the first or second sentence, e.g. open with "I\'m sorry your order arrived late."',
  },
  options: {
    maxSentence: { type: 'number', description: 'The latest sentence (counting from 1, after the greeting) the apology may start in.', default: 2 },
  },
};

export const plugin = documentRule({
  meta,
  component: 'position',
  check(a, _doc, options) {
    const max = typeof options.maxSentence === 'number' ? options.maxSentence : 2;
    const first = a.ifids.find((i) => i.kind === 'apology' || i.kind === 'formal' || i.kind === 'vague');
    if (!first || a.apologyPosition === null || a.apologyLead === null || a.apologyLead < max) return null;
    return { messageId: 'late', span: { start: first.start, end: first.end }, data: { n: a.apologyPosition + 1 } };
  },
});
