/**
 * The rule registry: an explicit map from id to module. Adding a rule means adding its file
 * in this folder (with docs and fixtures) and one line here; presets are derived from each
 * rule's `meta.severity`.
 */
import type { RuleModule } from '../src/types.js';
import * as noAgentlessApology from './no-agentless-apology.js';
import * as noBlameShift from './no-blame-shift.js';
import * as noClosurePressure from './no-closure-pressure.js';
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

/** Every rule, keyed by id. */
export const rules: Record<string, RuleModule> = {
  'no-agentless-apology': noAgentlessApology,
  'no-blame-shift': noBlameShift,
  'no-closure-pressure': noClosurePressure,
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
};
