/**
 * The shape shared by document-level rules (RULES.md §4 C): run only on apology replies (the
 * gate, §2), only where the reply's channel requires the component, read the one shared analysis
 * (src/components.ts), and report through `report`. The low-confidence downgrade is applied once,
 * in the engine, not here.
 */
import type { ApologyAnalysis, ComponentName } from './components.js';
import { REQUIRED, analysisOf } from './components.js';
import type { ReplyDoc } from './document.js';
import { getDoc } from './document.js';
import { gateOf } from './gate.js';
import type { ReportDetails } from './report.js';
import { report } from './report.js';
import { phraseSet } from './phrase.js';
import { quoteMarks, quotedSpan } from './phrase-rule.js';
import type { OptionSchema, RuleMeta, RulePlugin } from './types.js';
import { CLASSES } from '../rules/lexicon.js';

/** A finding of a document-level rule. */
export interface DocumentFinding extends ReportDetails {
  messageId: string;
  /** Defaults to the analysis anchor: the apology expression or the first sentence. */
  span?: { start: number; end: number };
}

/** Definition of a document-level rule. */
export interface DocumentRuleSpec {
  meta: RuleMeta;
  /** The component the rule requires; the rule is silent on channels that do not require it. */
  component?: ComponentName;
  check: (analysis: ApologyAnalysis, doc: ReplyDoc, options: Record<string, unknown>) => DocumentFinding | DocumentFinding[] | null;
}

/**
 * The `also` option of the component rules: a team's own wordings (phrase notation) that count as
 * the component, for house style the built-in cues do not know ("A fresh copy is coming over from our Eastgate branch").
 */
export const ALSO_OPTION: OptionSchema = {
  type: 'string[]',
  description: "Phrases (pattern notation) that also count as this component, e.g. your team's own wording.",
  default: [],
  pattern: true,
};

/** Build the retext attacher of a document-level rule. */
export function documentRule(spec: DocumentRuleSpec): RulePlugin {
  return (options = {}) => {
    const alsoList = Array.isArray(options.also) ? (options.also as string[]) : [];
    const also = spec.component && alsoList.length ? phraseSet(alsoList, CLASSES) : null;
    return (_tree, file) => {
      if (!gateOf(file).decision) return;
      const analysis = analysisOf(file);
      if (spec.component && !REQUIRED[analysis.channel].includes(spec.component)) return;
      const doc = getDoc(file);
      // A team's own wording of the component, outside quoted text, counts as the component.
      if (
        also &&
        doc.sentences.some((s) =>
          also.find(s.tokens).some((m) => !quotedSpan(s.tokens.slice(m.from, m.to), quoteMarks(doc.text.slice(s.start, s.end)), s.start)),
        )
      )
        return;
      const found = spec.check(analysis, doc, options);
      for (const f of found === null ? [] : Array.isArray(found) ? found : [found]) {
        const span = f.span ?? analysis.anchor;
        report(file, spec.meta, f.messageId, span, f);
      }
    };
  };
}
