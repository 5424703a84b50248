/**
 * The rule registry: an explicit map from id to module. Adding a rule means adding its file
 * in this folder (with docs and fixtures) and one line here; presets are derived from each
 * rule's `meta.severity`.
 */
import type { RuleModule } from '../src/types.js';
import * as apologyFirst from './apology-first.js';
import * as apologySpecificity from './apology-specificity.js';
import * as consistentBranches from './consistent-branches.js';
import * as noAgentlessApology from './no-agentless-apology.js';
import * as noBlameShift from './no-blame-shift.js';
import * as noClosurePressure from './no-closure-pressure.js';
import * as noCompensationWithoutApology from './no-compensation-without-apology.js';
import * as noConditionalApology from './no-conditional-apology.js';
import * as noCustomerBlame from './no-customer-blame.js';
import * as noDismissivePhrase from './no-dismissive-phrase.js';
import * as noHollowReassurance from './no-hollow-reassurance.js';
import * as noHonestyMarker from './no-honesty-marker.js';
import * as noLiabilityHedge from './no-liability-hedge.js';
import * as noMinimizing from './no-minimizing.js';
import * as noOverApology from './no-over-apology.js';
import * as noPolicyShield from './no-policy-shield.js';
import * as noRepeatReference from './no-repeat-reference.js';
import * as noSorryBut from './no-sorry-but.js';
import * as noSorryYouFeel from './no-sorry-you-feel.js';
import * as noUnfortunatelyOpener from './no-unfortunately-opener.js';
import * as noVagueApology from './no-vague-apology.js';
import * as noVaguePrevention from './no-vague-prevention.js';
import * as noYouStart from './no-you-start.js';
import * as preferDirectApology from './prefer-direct-apology.js';
import * as preferThanksForPatience from './prefer-thanks-for-patience.js';
import * as requireEmpathy from './require-empathy.js';
import * as requireExplanation from './require-explanation.js';
import * as requireExplicitApology from './require-explicit-apology.js';
import * as requireFollowUp from './require-follow-up.js';
import * as requirePrevention from './require-prevention.js';
import * as requireRepair from './require-repair.js';
import * as requireResponsibility from './require-responsibility.js';

/** Every rule, keyed by id. */
export const rules: Record<string, RuleModule> = {
  'apology-first': apologyFirst,
  'apology-specificity': apologySpecificity,
  'consistent-branches': consistentBranches,
  'no-agentless-apology': noAgentlessApology,
  'no-blame-shift': noBlameShift,
  'no-closure-pressure': noClosurePressure,
  'no-compensation-without-apology': noCompensationWithoutApology,
  'no-conditional-apology': noConditionalApology,
  'no-customer-blame': noCustomerBlame,
  'no-dismissive-phrase': noDismissivePhrase,
  'no-hollow-reassurance': noHollowReassurance,
  'no-honesty-marker': noHonestyMarker,
  'no-liability-hedge': noLiabilityHedge,
  'no-minimizing': noMinimizing,
  'no-over-apology': noOverApology,
  'no-policy-shield': noPolicyShield,
  'no-repeat-reference': noRepeatReference,
  'no-sorry-but': noSorryBut,
  'no-sorry-you-feel': noSorryYouFeel,
  'no-unfortunately-opener': noUnfortunatelyOpener,
  'no-vague-apology': noVagueApology,
  'no-vague-prevention': noVaguePrevention,
  'no-you-start': noYouStart,
  'prefer-direct-apology': preferDirectApology,
  'prefer-thanks-for-patience': preferThanksForPatience,
  'require-empathy': requireEmpathy,
  'require-explanation': requireExplanation,
  'require-explicit-apology': requireExplicitApology,
  'require-follow-up': requireFollowUp,
  'require-prevention': requirePrevention,
  'require-repair': requireRepair,
  'require-responsibility': requireResponsibility,
};

/** The rule with this id, or undefined. Own ids only: every object has a "constructor". */
export function ruleById(id: string): RuleModule | undefined {
  return Object.hasOwn(rules, id) ? rules[id] : undefined;
}
