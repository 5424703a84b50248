/**
 * The apology score (RULES.md §6): 0–100 for an apology reply, from the graded credit of each
 * component (src/components.ts) times its weight, normalised over the components the reply's
 * channel requires, minus capped penalties for findings of the phrase rules.
 *
 *   score = clamp(0, 100, round(100 × Σ weight × credit / Σ weight − min(maxPenalty, Σ penalties)))
 *
 * A component the channel does not require counts in the sum only when the reply has it, so a
 * tweet is not marked down for having no prevention plan, and a tweet that has one is scored on it.
 */
import type { ApologyAnalysis, ComponentName } from './components.js';
import { COMPONENTS, REQUIRED } from './components.js';
import type { ApologyScore, LintMessage } from './types.js';

/** Default weights (§6.1): they sum to 100. */
export const DEFAULT_WEIGHTS: Readonly<Record<ComponentName, number>> = {
  responsibility: 22,
  repair: 20,
  empathy: 14,
  apology: 10,
  explanation: 8,
  prevention: 8,
  specificity: 6,
  'follow-up': 5,
  position: 5,
  intensity: 2,
};

/** Penalty points per finding of a phrase rule (§6.2). */
export const DEFAULT_PENALTIES: Readonly<Record<string, number>> = {
  'no-conditional-apology': 15,
  'no-sorry-you-feel': 15,
  'no-blame-shift': 15,
  'no-customer-blame': 12,
  'no-dismissive-phrase': 12,
  'no-vague-apology': 6,
  'no-sorry-but': 8,
  'no-agentless-apology': 5,
  'no-liability-hedge': 8,
  'no-policy-shield': 4,
  'no-repeat-reference': 4,
  'no-honesty-marker': 4,
  'no-hollow-reassurance': 4,
  'no-closure-pressure': 4,
  'no-over-apology': 3,
};

/** Caps per group of related rules (§6.2); the total is capped by `maxPenalty`. */
export const PENALTY_GROUPS: readonly { rules: readonly string[]; cap: number }[] = [
  { rules: ['no-conditional-apology', 'no-sorry-you-feel'], cap: 25 },
  { rules: ['no-blame-shift'], cap: 25 },
  { rules: ['no-customer-blame', 'no-dismissive-phrase'], cap: 24 },
  { rules: ['no-vague-apology'], cap: 12 },
  { rules: ['no-sorry-but'], cap: 16 },
  { rules: ['no-agentless-apology'], cap: 10 },
  { rules: ['no-liability-hedge'], cap: 16 },
  { rules: ['no-policy-shield', 'no-repeat-reference', 'no-honesty-marker', 'no-hollow-reassurance', 'no-closure-pressure'], cap: 12 },
  { rules: ['no-over-apology'], cap: 9 },
];

/** The total penalty never exceeds this (§6.2). */
export const DEFAULT_MAX_PENALTY = 60;

/** Score bands for the CLI. */
export function bandOf(score: number): ApologyScore['band'] {
  return score >= 80 ? 'strong' : score >= 60 ? 'adequate' : score >= 40 ? 'weak' : 'non-apology';
}

/** The `score` setting as users write it. */
export interface ScoreSettings {
  weights?: Partial<Record<ComponentName, number>>;
  penalties?: Record<string, number>;
  maxPenalty?: number;
}

/**
 * Check the `score` setting; returns a problem (naming the key) or null. `knownRules` is the
 * rule registry's ids, for penalties.
 */
export function scoreSettingsProblem(value: unknown, knownRules: readonly string[]): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'score must be an object with weights, penalties or maxPenalty';
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v))
    if (!['weights', 'penalties', 'maxPenalty'].includes(key)) return `score: unknown key "${key}" (known: weights, penalties, maxPenalty)`;
  const number = (x: unknown): boolean => typeof x === 'number' && Number.isFinite(x) && x >= 0;
  if (v.weights !== undefined) {
    if (typeof v.weights !== 'object' || v.weights === null || Array.isArray(v.weights)) return 'score.weights must be an object of component: weight';
    for (const [k, w] of Object.entries(v.weights)) {
      if (!(COMPONENTS as readonly string[]).includes(k)) return `score.weights: unknown component "${k}" (known: ${COMPONENTS.join(', ')})`;
      if (!number(w)) return `score.weights.${k} must be a number ≥ 0`;
    }
  }
  if (v.penalties !== undefined) {
    if (typeof v.penalties !== 'object' || v.penalties === null || Array.isArray(v.penalties)) return 'score.penalties must be an object of rule-id: points';
    for (const [k, p] of Object.entries(v.penalties)) {
      if (!Object.hasOwn(DEFAULT_PENALTIES, k) && !knownRules.includes(k)) return `score.penalties: unknown rule "${k}"`;
      if (!number(p)) return `score.penalties.${k} must be a number ≥ 0`;
    }
  }
  if (v.maxPenalty !== undefined && !(number(v.maxPenalty) && (v.maxPenalty as number) <= 100)) return 'score.maxPenalty must be a number from 0 to 100';
  return null;
}

/** Weights in force: defaults, the `legal-safe` redistribution, then `score.weights`. */
export function weightsFor(settings: Record<string, unknown>): Record<ComponentName, number> {
  const w: Record<ComponentName, number> = { ...DEFAULT_WEIGHTS };
  if (settings.preset === 'legal-safe') {
    // Teams that may not admit fault: responsibility's 22 goes to empathy (+10) and repair (+12).
    w.empathy += 10;
    w.repair += 12;
    w.responsibility = 0;
  }
  const user = (settings.score as ScoreSettings | undefined)?.weights ?? {};
  for (const c of COMPONENTS) if (typeof user[c] === 'number') w[c] = user[c];
  return w;
}

/** One penalty applied to the score. */
export interface Penalty {
  ruleId: string;
  points: number;
  line: number;
  column: number;
}

/** What the score needs besides the analysis. */
export interface ScoreInput {
  analysis: ApologyAnalysis;
  /** The reply's findings after inline directives (phrase rules feed penalties). */
  messages: readonly LintMessage[];
  settings?: Record<string, unknown>;
  /** Every apology in the reply carries a conditional or sorry-you-feel finding. */
  undermined?: boolean;
}

/** Score one apology reply. */
export function computeScore(input: ScoreInput): ApologyScore {
  const settings = input.settings ?? {};
  const a = input.analysis;
  const weights = weightsFor(settings);
  const user = (settings.score as ScoreSettings | undefined) ?? {};
  const table = { ...DEFAULT_PENALTIES, ...(user.penalties ?? {}) };
  if (settings.preset === 'legal-safe' && user.penalties?.['no-liability-hedge'] === undefined) table['no-liability-hedge'] = 0;
  const maxPenalty = typeof user.maxPenalty === 'number' ? user.maxPenalty : DEFAULT_MAX_PENALTY;

  const credit: Record<ComponentName, number> = { ...a.credit };
  const fired = new Set(input.messages.map((m) => m.ruleId));
  // A conditional or sorry-you-feel apology earns no apology credit (§6.2).
  if (input.undermined && (fired.has('no-conditional-apology') || fired.has('no-sorry-you-feel'))) credit.apology = 0;
  // Blame shifted with no ownership elsewhere: responsibility at most 0.3.
  if (fired.has('no-blame-shift') && !a.present.responsibility) credit.responsibility = Math.min(credit.responsibility, 0.3);

  const required = new Set<ComponentName>(a.channel === 'email' ? COMPONENTS : REQUIRED[a.channel]);
  let earned = 0;
  let possible = 0;
  const components: Record<string, number> = {};
  for (const c of COMPONENTS) {
    const counted = required.has(c) || credit[c] > 0;
    if (!counted) continue;
    components[c] = Math.round(credit[c] * 100) / 100;
    earned += weights[c] * credit[c];
    possible += weights[c];
  }
  const base = possible > 0 ? (100 * earned) / possible : 0;

  const penalties: Penalty[] = [];
  let total = 0;
  for (const group of PENALTY_GROUPS) {
    let sum = 0;
    for (const m of input.messages) {
      if (!m.ruleId || !group.rules.includes(m.ruleId)) continue;
      let points = table[m.ruleId] ?? 0;
      if (m.ruleId === 'no-sorry-but' && m.severity === 1) points /= 2; // the warning form (§6.2)
      points = Math.min(points, group.cap - sum);
      if (points <= 0) continue;
      sum += points;
      penalties.push({ ruleId: m.ruleId, points, line: m.line, column: m.column });
    }
    total += sum;
  }
  for (const m of input.messages) {
    if (!m.ruleId || PENALTY_GROUPS.some((g) => g.rules.includes(m.ruleId!))) continue;
    const points = table[m.ruleId];
    if (points) {
      penalties.push({ ruleId: m.ruleId, points, line: m.line, column: m.column });
      total += points;
    }
  }
  const penalty = Math.min(maxPenalty, total);
  const score = Math.max(0, Math.min(100, Math.round(base - penalty)));

  const missing = COMPONENTS.filter((c) => required.has(c) && credit[c] < 1 && weights[c] > 0)
    .map((c) => ({ name: c, weight: Math.round((100 * weights[c] * (1 - credit[c])) / (possible || 1)) }))
    .filter((m) => m.weight > 0)
    .sort((x, y) => y.weight - x.weight);
  return {
    score,
    band: bandOf(score),
    channel: a.channel,
    components,
    missing,
    penalties: penalties.map(({ ruleId, points }) => ({ ruleId, points })),
    penalty,
  };
}

/** `score 72/100 (adequate) — missing: prevention (+8), follow-up (+5)` */
export function scoreLine(s: ApologyScore): string {
  const missing = s.missing.slice(0, 3).map((m) => `${m.name} (+${m.weight})`);
  const penalty = s.penalty ? `; penalties −${s.penalty}` : '';
  return `score ${s.score}/100 (${s.band})${missing.length ? ` — missing: ${missing.join(', ')}` : ''}${penalty}`;
}

/** The run summary: how many apology replies, their mean and bands. */
export function scoreSummary(scores: readonly ApologyScore[]): string {
  if (!scores.length) return '';
  const mean = Math.round(scores.reduce((n, s) => n + s.score, 0) / scores.length);
  const bands = (['strong', 'adequate', 'weak', 'non-apology'] as const).map((b) => `${scores.filter((s) => s.band === b).length} ${b}`);
  return `apology score: ${scores.length} ${scores.length === 1 ? 'reply' : 'replies'}, mean ${mean}/100 (${bands.join(', ')})`;
}
