/**
 * The presets users extend: `apology-lint:recommended`, `apology-lint:strict` and
 * `apology-lint:legal-safe`. Each is the data in every rule's `meta.severity`.
 */
import { rules } from '../rules/index.js';
import type { SeverityName } from './types.js';

/** Names of the built-in presets. */
export const PRESETS = ['recommended', 'strict', 'legal-safe'] as const;
/** A built-in preset name. */
export type PresetName = (typeof PRESETS)[number];

/** Rule severities of a preset. */
export function preset(name: PresetName): Record<string, SeverityName> {
  return Object.fromEntries(Object.entries(rules).map(([id, rule]) => [id, rule.meta.severity[name]]));
}
