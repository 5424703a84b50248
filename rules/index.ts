/**
 * The rule registry: an explicit map from id to module. Adding a rule means adding its file
 * in this folder (with docs and fixtures) and one line here; presets are derived from each
 * rule's `meta.severity`.
 */
import type { RuleModule } from '../src/types.js';
import * as noBlameShift from './no-blame-shift.js';
import * as noConditionalApology from './no-conditional-apology.js';
import * as noCustomerBlame from './no-customer-blame.js';
import * as noDismissivePhrase from './no-dismissive-phrase.js';
import * as noMinimizing from './no-minimizing.js';
import * as noPolicyShield from './no-policy-shield.js';
import * as noRepeatReference from './no-repeat-reference.js';
import * as noVagueApology from './no-vague-apology.js';

/** Every rule, keyed by id. */
export const rules: Record<string, RuleModule> = {
  'no-blame-shift': noBlameShift,
  'no-conditional-apology': noConditionalApology,
  'no-customer-blame': noCustomerBlame,
  'no-dismissive-phrase': noDismissivePhrase,
  'no-minimizing': noMinimizing,
  'no-policy-shield': noPolicyShield,
  'no-repeat-reference': noRepeatReference,
  'no-vague-apology': noVagueApology,
};
