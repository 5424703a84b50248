/**
 * The rule registry: an explicit map from id to module. Adding a rule means adding its file
 * in this folder (with docs and fixtures) and one line here; presets are derived from each
 * rule's `meta.severity`.
 */
import type { RuleModule } from '../src/types.js';
import * as apologyFirst from './apology-first.js';
import * as apologySpecificity from './apology-specificity.js';
import * as consistentBranches from './consistent-branches.js';
import * as noBlameShift from './no-blame-shift.js';
import * as noCompensationWithoutApology from './no-compensation-without-apology.js';
import * as noConditionalApology from './no-conditional-apology.js';
import * as noVagueApology from './no-vague-apology.js';
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
  'no-blame-shift': noBlameShift,
  'no-compensation-without-apology': noCompensationWithoutApology,
  'no-conditional-apology': noConditionalApology,
  'no-vague-apology': noVagueApology,
  'prefer-thanks-for-patience': preferThanksForPatience,
  'require-empathy': requireEmpathy,
  'require-explanation': requireExplanation,
  'require-explicit-apology': requireExplicitApology,
  'require-follow-up': requireFollowUp,
  'require-prevention': requirePrevention,
  'require-repair': requireRepair,
  'require-responsibility': requireResponsibility,
};
