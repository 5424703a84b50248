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
import * as noHollowReassurance from './no-hollow-reassurance.js';
import * as noHonestyMarker from './no-honesty-marker.js';
import * as noLiabilityHedge from './no-liability-hedge.js';
import * as noMinimizing from './no-minimizing.js';
import * as noPolicyShield from './no-policy-shield.js';
import * as noRepeatReference from './no-repeat-reference.js';
import * as noUnfortunatelyOpener from './no-unfortunately-opener.js';
import * as noVagueApology from './no-vague-apology.js';
import * as noVaguePrevention from './no-vague-prevention.js';
import * as noYouStart from './no-you-start.js';

/** Every rule, keyed by id. */
export const rules: Record<string, RuleModule> = {
  'no-blame-shift': noBlameShift,
  'no-conditional-apology': noConditionalApology,
  'no-customer-blame': noCustomerBlame,
  'no-dismissive-phrase': noDismissivePhrase,
  'no-hollow-reassurance': noHollowReassurance,
  'no-honesty-marker': noHonestyMarker,
  'no-liability-hedge': noLiabilityHedge,
  'no-minimizing': noMinimizing,
  'no-policy-shield': noPolicyShield,
  'no-repeat-reference': noRepeatReference,
  'no-unfortunately-opener': noUnfortunatelyOpener,
  'no-vague-apology': noVagueApology,
  'no-vague-prevention': noVaguePrevention,
  'no-you-start': noYouStart,
};
