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
import * as noOverApology from './no-over-apology.js';
import * as noSorryBut from './no-sorry-but.js';
import * as noSorryYouFeel from './no-sorry-you-feel.js';
import * as noVagueApology from './no-vague-apology.js';
import * as preferDirectApology from './prefer-direct-apology.js';

/** Every rule, keyed by id. */
export const rules: Record<string, RuleModule> = {
  'no-agentless-apology': noAgentlessApology,
  'no-blame-shift': noBlameShift,
  'no-closure-pressure': noClosurePressure,
  'no-conditional-apology': noConditionalApology,
  'no-over-apology': noOverApology,
  'no-sorry-but': noSorryBut,
  'no-sorry-you-feel': noSorryYouFeel,
  'no-vague-apology': noVagueApology,
  'prefer-direct-apology': preferDirectApology,
};
